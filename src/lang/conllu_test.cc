// CoNLL-U reading and writing: round trips of the EWT treebank, and every
// malformed line reported with its line number.
#include "lang/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::lang {
namespace {

constexpr char kTwoSentences[] =
    "# sent_id = a\n"
    "# text = Iraq's PM spoke.\n"
    "1-2\tIraq's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIraq\tIraq\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t3:nmod:poss\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t1:case\t_\n"
    "3\tPM\tPM\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t4:nsubj\t_\n"
    "4\tspoke\tspeak\tVERB\tVBD\tMood=Ind|Tense=Past\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = b\n"
    "1\tYes\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n";

TEST(ConlluTest, ParsesWordsCommentsAndExtraLines) {
  auto r = ParseConllu(kTwoSentences, "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  const ConlluSentence& s = (*r)[0];
  EXPECT_EQ(s.Comment("sent_id"), "a");
  EXPECT_EQ(s.Comment("text"), "Iraq's PM spoke.");
  EXPECT_EQ(s.Comment("missing"), "");
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[3].form, "spoke");
  EXPECT_EQ(s.words[3].lemma, "speak");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[0].head, 3);
  EXPECT_EQ(s.words[2].deprel, "nsubj");
  ASSERT_EQ(s.extra.size(), 1u);
  EXPECT_EQ(s.extra[0].before, 0u);
  EXPECT_EQ((*r)[1].words[0].head, -1);  // "_"
  EXPECT_EQ((*r)[1].line, 10u);
}

TEST(ConlluTest, WritesBackWhatItRead) {
  auto r = ParseConllu(kTwoSentences, "t.conllu");
  ASSERT_TRUE(r.ok());
  std::string out;
  for (const ConlluSentence& s : *r) AppendConllu(s, &out);
  EXPECT_EQ(out, kTwoSentences);
}

TEST(ConlluTest, MalformedInputNamesTheLine) {
  struct Case {
    const char* name;
    std::string text;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"too few columns", "1\tword\t_\n", "t.conllu:1: expected 10 tab-separated columns, found 3"},
      {"too many columns", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\textra\n",
       "t.conllu:1: expected 10 tab-separated columns, found 11"},
      {"id out of sequence", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n",
       "t.conllu:2: ID \"3\" out of sequence (expected 2)"},
      {"id not a number", "x\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: ID \"x\" out of sequence"},
      {"head not a number", "1\ta\t_\t_\t_\t_\tzero\troot\t_\t_\n",
       "t.conllu:1: HEAD \"zero\" is not an integer"},
      {"head beyond sentence", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t7\tdep\t_\t_\n",
       "t.conllu:2: HEAD 7 is beyond the sentence's 2 words"},
      {"negative head", "1\ta\t_\t_\t_\t_\t-2\troot\t_\t_\n", "t.conllu:1: HEAD \"-2\" is negative"},
      {"empty form", "1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: empty FORM"},
      {"comment inside", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n",
       "t.conllu:2: comment line inside a sentence"},
      {"no words", "# only a comment\n\n", "t.conllu:1: sentence without words"},
      {"invalid utf-8", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\t\xff\t_\t_\t_\t_\t1\tdep\t_\t_\n",
       "t.conllu:2: invalid UTF-8"},
  };
  for (const Case& c : cases) {
    auto r = ParseConllu(c.text, "t.conllu");
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << c.name;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << c.name << ": " << r.status().message();
  }
}

TEST(ConlluTest, EmptyTextAndCrlf) {
  auto empty = ParseConllu("", "t.conllu");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  auto crlf = ParseConllu("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\r\n\r\n", "t.conllu");
  ASSERT_TRUE(crlf.ok()) << crlf.status().ToString();
  EXPECT_EQ((*crlf)[0].words[0].misc, "_");
}

// Regression (found by conllu_fuzz): a line ending in "\r\r\n" kept one CR,
// so writing and re-reading changed the sentence.
TEST(ConlluTest, TrailingCarriageReturnsAreNotPartOfTheLine) {
  auto r = ParseConllu("# a = b\r\r\n1\tx\t_\t_\t_\t_\t0\troot\t_\tM\r\r\n\n", "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ((*r)[0].comments[0], "# a = b");
  EXPECT_EQ((*r)[0].words[0].misc, "M");
}

TEST(ConlluTest, MissingFileIsNotFound) {
  auto r = ReadConlluFile("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("x.conllu"), std::string::npos);
}

// Every sentence of UD English EWT reads and writes back byte for byte.
TEST(ConlluTest, EwtRoundTrips) {
  for (const char* split : {"train", "dev", "test"}) {
    const std::string path = ::newsgraph::testing::SharedDir() +
                             "/treebanks/ud-english-ewt/en_ewt-ud-" + split + ".conllu";
    NEWSGRAPH_REQUIRE_SHARED(path);
    auto raw = ::newsgraph::testing::ReadFile(path);
    ASSERT_TRUE(raw.has_value());
    auto r = ParseConllu(*raw, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_GT(r->size(), 2000u);
    std::string out;
    for (const ConlluSentence& s : *r) AppendConllu(s, &out);
    EXPECT_EQ(out, *raw) << split;
  }
}

}  // namespace
}  // namespace newsgraph::lang
