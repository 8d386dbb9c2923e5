#include "code/discard_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::code {
namespace {

using newsgraph::testing::Words;

constexpr std::string_view kList =
    "# Story-level discards are indicated with a '+'.\n"
    "/ TABARI comment line\n"
    "MONTHS LATER\n"
    "+ World Golf Championships   # pas 26-Feb-2014\n"
    "+TYPHOON   # ELH 04 Aug 2009\n"
    "BASEBALL   \n"
    "GROUP A_\n"
    "MICHAEL_JORDAN\n"
    "QUEEN'S ICONIC ANTHEM ; TABARI comment\n"
    "SEMI-FINAL\n"
    "+EURO  QUALIFIER\n"
    "1914\n"
    "CHAMPION\n"
    "CHAMPIONS LEAGUE\n"
    "~FINISH\n"
    "NEVER READ\n";

DiscardList MustParse(std::string_view text) {
  auto list = DiscardList::Parse(text, "t.discards");
  EXPECT_TRUE(list.ok()) << list.status().ToString();
  return list.ok() ? std::move(list).value() : DiscardList{};
}

TEST(DiscardListTest, ReadsPhrasesLevelsAndLines) {
  DiscardList list = MustParse(kList);
  const auto& d = list.discards();
  ASSERT_EQ(d.size(), 12u);
  EXPECT_EQ(d[0].phrase, "MONTHS LATER");
  EXPECT_FALSE(d[0].story_level);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[1].phrase, "World Golf Championships");
  EXPECT_TRUE(d[1].story_level);
  EXPECT_EQ(d[1].line, 4);
  EXPECT_TRUE(d[2].story_level);
  EXPECT_EQ(d[3].phrase, "BASEBALL");
  EXPECT_EQ(d[4].phrase, "GROUP A_");
  EXPECT_EQ(d[6].phrase, "QUEEN'S ICONIC ANTHEM");
}

TEST(DiscardListTest, FindsPhrasesAsWordsAndStems) {
  DiscardList list = MustParse(kList);
  struct Case {
    std::string_view sentence;
    std::string_view phrase;  // "" for no discard
    size_t begin = 0, end = 0;
  };
  const Case cases[] = {
      {"ARNOR BEAT GONDOR AT BASEBALL", "BASEBALL", 4, 5},
      {"arnor beat gondor at baseball", "BASEBALL", 4, 5},  // case-insensitive
      {"TWO MONTHS LATER THEY MET", "MONTHS LATER", 1, 3},
      {"MONTHS AND YEARS LATER", "", 0, 0},    // words must be consecutive
      {"THE TYPHOONS HIT", "+TYPHOON", 1, 2},  // last word is a stem
      {"A TYPHOON-PROOF SHELTER", "+TYPHOON", 1, 2},
      {"THE GROUP A TEAMS", "GROUP A_", 1, 3},
      {"THE GROUP ARMY", "", 0, 0},                       // trailing '_': whole word
      {"MICHAEL JORDAN SCORED", "MICHAEL_JORDAN", 0, 2},  // '_' is a space
      {"THE MICHAELJORDAN FAN", "", 0, 0},
      {"THE QUEEN 'S ICONIC ANTHEM", "QUEEN'S ICONIC ANTHEM", 1, 5},  // clitic split off
      {"THE QUEEN'S ICONIC ANTHEM", "QUEEN'S ICONIC ANTHEM", 1, 4},
      {"THE SEMI - FINAL", "SEMI-FINAL", 1, 4},  // hyphen split off
      {"IN 1914 WAR BROKE OUT", "1914", 1, 2},
      {"IN 19145", "1914", 1, 2},  // a stem, as TABARI would have it
      {"IN 2914", "", 0, 0},       // phrases start at a word start
      {"THE CHAMPIONSHIP", "CHAMPION", 1, 2},
      {"THE CHAMPIONS LEAGUE FINAL", "CHAMPIONS LEAGUE", 1, 3},  // longer wins at one start
      {"EURO QUALIFIER", "+EURO  QUALIFIER", 0, 2},              // runs of blanks are one separator
      {"NEVER READ", "", 0, 0},                                  // after ~FINISH
      {"", "", 0, 0},
  };
  for (const Case& c : cases) {
    auto words = Words(c.sentence);
    auto m = list.Match(words);
    auto found = list.Find(words);
    if (c.phrase.empty()) {
      EXPECT_FALSE(m.has_value()) << c.sentence << " -> " << m->discard->phrase;
      EXPECT_FALSE(found.has_value()) << c.sentence;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.sentence;
    ASSERT_TRUE(found.has_value()) << c.sentence;
    std::string want(c.phrase);
    bool story = want.front() == '+';
    if (story) want.erase(0, 1);
    EXPECT_EQ(found->phrase, want) << c.sentence;
    EXPECT_EQ(found->story_level, story) << c.sentence;
    EXPECT_EQ(m->begin, c.begin) << c.sentence;
    EXPECT_EQ(m->end, c.end) << c.sentence;
  }
}

TEST(DiscardListTest, StoryLevelBeatsAnEarlierSentenceLevelMatch) {
  DiscardList list = MustParse(kList);
  auto m = list.Match(Words("BASEBALL STADIUM HIT BY A TYPHOON"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->discard->phrase, "TYPHOON");
  EXPECT_EQ(m->begin, 5u);
  // Within a level the earliest start wins.
  m = list.Match(Words("IN 1914 BASEBALL"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->discard->phrase, "1914");
}

TEST(DiscardListTest, ErrorsNameTheLine) {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {"BASEBALL\n+   # nothing\n", "t.discards:2: empty story-level discard"},
      {"BASEBALL\n__\n", "t.discards:2: empty sentence-level discard"},
      {"BASEBALL\nFOOT\xFF\n", "t.discards:2: invalid UTF-8 at byte 13 (column 5)"},
      {std::string("BASE\0BALL\n", 10), "t.discards:1: NUL byte at byte 4 (column 5)"},
  };
  for (const Case& c : cases) {
    auto list = DiscardList::Parse(c.text, "t.discards");
    ASSERT_FALSE(list.ok()) << c.text;
    EXPECT_EQ(list.status().code(), StatusCode::kInvalidInput);
    EXPECT_EQ(list.status().message(), c.message);
  }
  EXPECT_EQ(DiscardList::LoadFile("/nonexistent/x.discards").status().code(),
            StatusCode::kNotFound);
}

TEST(DiscardListTest, EmptyListFindsNothing) {
  DiscardList list = MustParse("# only comments\n\n");
  EXPECT_TRUE(list.discards().empty());
  EXPECT_FALSE(list.Find(Words("ANY SENTENCE")).has_value());
}

TEST(DiscardListTest, PhoenixDiscards) {
  const std::string path = testing::SharedDir() + "/dictionaries/phoenix/Phoenix.discards.txt";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto list = DiscardList::LoadFile(path);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  const auto& d = list->discards();
  EXPECT_EQ(d.size(), 506u);
  EXPECT_EQ(std::count_if(d.begin(), d.end(), [](const Discard& x) { return x.story_level; }), 64);
  auto golf = list->Find(Words("AT THE WORLD GOLF CHAMPIONSHIPS ON SUNDAY"));
  ASSERT_TRUE(golf.has_value());
  EXPECT_EQ(golf->phrase, "World Golf Championships");
  EXPECT_TRUE(golf->story_level);
  EXPECT_EQ(golf->line, 127);
  auto history = list->Find(Words("IN 1914 THE WAR BEGAN"));
  ASSERT_TRUE(history.has_value());
  EXPECT_EQ(history->line, 3);
  EXPECT_FALSE(list->Find(Words("THE GROUP ARMY ATTACKED THE TOWN")).has_value());
  EXPECT_FALSE(list->Find(Words("ARNOR RESTORED DIPLOMATIC TIES WITH GONDOR")).has_value());
}

TEST(DiscardListTest, PetrarchValidateDiscards) {
  const std::string path = testing::SharedDir() + "/suites/petrarch/PETR.Validate.discards.txt";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto list = DiscardList::LoadFile(path);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(list->discards().size(), 9u);
  // The unit-test records DISCARD-01 (story) and DISCARD-03 (sentence).
  auto story = list->Find(Words("FIVE YEARS AFTER A TYPHOON TRASHED ITS EMBASSY ."));
  ASSERT_TRUE(story.has_value());
  EXPECT_TRUE(story->story_level);
  auto sentence = list->Find(Words("ARNOR IS ABOUT TO RESTORE BASEBALL COMPETITION WITH GONDOR"));
  ASSERT_TRUE(sentence.has_value());
  EXPECT_FALSE(sentence->story_level);
  EXPECT_EQ(sentence->phrase, "BASEBALL");
}

}  // namespace
}  // namespace newsgraph::code
