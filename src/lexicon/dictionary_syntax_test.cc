#include "lexicon/dictionary_syntax.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::lexicon::dict {
namespace {

TEST(DictionarySyntaxTest, StripComment) {
  struct Case {
    std::string_view line, want;
  };
  const Case cases[] = {
      {"# a comment line", ""},
      {"  # indented comment", ""},
      {"/ TABARI comment line", ""},
      {"<!-- PETRARCH VALIDATION SUITE -->", ""},
      {"IRAQ_  [IRQ] # trailing comment", "IRAQ_  [IRQ]"},
      {"IRAQ_  [IRQ]# glued comment", "IRAQ_  [IRQ]"},
      {"JAMES_BYRNES_  ; CountryInfo.txt", "JAMES_BYRNES_"},
      {"\t[IRQGOV 790716-030409]\t# note", "[IRQGOV 790716-030409]"},
      {"F/A-18 [~MIL]", "F/A-18 [~MIL]"},  // '/' inside a line is text
      {"   \t  ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(StripComment(c.line), c.want) << c.line;
}

TEST(DictionarySyntaxTest, LineReaderEndingsAndFinish) {
  LineReader reader("a\r\nb\rc\n\n~FINISH\nnot read\n");
  std::vector<std::pair<std::string, size_t>> got;
  std::string_view line;
  size_t number = 0;
  while (reader.Next(&line, &number)) got.emplace_back(std::string(line), number);
  const std::vector<std::pair<std::string, size_t>> want = {{"a", 1}, {"b", 2}, {"c", 3}, {"", 4}};
  EXPECT_EQ(got, want);
}

TEST(DictionarySyntaxTest, KeyOfPhrase) {
  struct Case {
    std::string_view written, key;
    bool whole_word;
  };
  const Case cases[] = {
      {"IRAQ_", "IRAQ", true},
      {"Iraq_", "IRAQ", true},
      {"KUNAR", "KUNAR", false},
      {"SADDAM_HUSSEIN_", "SADDAM HUSSEIN", true},
      {"MAZAR-I-SHARIF_", "MAZAR I SHARIF", true},
      {"AL_'IRAQ_", "AL 'IRAQ", true},
      {"al\xE2\x80\x99Iraq", "AL'IRAQ", false},  // U+2019 is "'"
      {"FOO__", "FOO", true},
      {"CONGRESS  OF_ THE_PEOPLE", "CONGRESS OF THE PEOPLE", false},
      {"U.S._", "U.S.", true},
      {"ERDO\xC4\x9E" "AN", "ERDO\xC4\x9E" "AN", false},  // non-ASCII kept as is
  };
  for (const Case& c : cases) {
    auto k = KeyOfPhrase(c.written);
    ASSERT_TRUE(k.has_value()) << c.written;
    EXPECT_EQ(k->key, c.key) << c.written;
    EXPECT_EQ(k->whole_word, c.whole_word) << c.written;
  }
  EXPECT_FALSE(KeyOfPhrase("___").has_value());
  EXPECT_FALSE(KeyOfPhrase("  ").has_value());
  EXPECT_EQ(DisplayName("Saddam_Hussein_"), "Saddam Hussein");
}

TEST(DictionarySyntaxTest, DatesAndCenturyRule) {
  struct Case {
    std::string_view text;
    std::optional<int32_t> want;
  };
  const Case cases[] = {
      {"790716", 19790716},   {"000101", 20000101},   {"300101", 20300101},  // 00-30: 20yy
      {"310101", 19310101},   {"991231", 19991231},                         // 31-99: 19yy
      {"20120229", 20120229}, {"000229", 20000229},   {"19820101", 19820101},
      {"990229", std::nullopt},       // 1999 is no leap year
      {"20100229", std::nullopt},     {"19000229", std::nullopt},  // 1900 neither
      {"991301", std::nullopt},       {"990100", std::nullopt},   {"990431", std::nullopt},
      {"9008223", std::nullopt},      // 7 digits (Phoenix.Countries.actors.txt:2039)
      {"1920030320", std::nullopt},   // 10 digits (Phoenix.Countries.actors.txt:22508)
      {"201005011", std::nullopt},    {"12a456", std::nullopt},   {"", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseDate(c.text), c.want) << c.text;
}

TEST(DictionarySyntaxTest, DatedCodeForms) {
  struct Case {
    std::string_view body, code;
    int32_t from, to;
  };
  const Case cases[] = {
      {"IRQ", "IRQ", kNoStart, kNoEnd},
      {"IRQ <20030320", "IRQ", kNoStart, 20030321},  // limits inclusive: to = the day after
      {"HOB <950601", "HOB", kNoStart, 19950602},
      {"IRQ >20060520", "IRQ", 20060520, kNoEnd},
      {"EGYGOV > 140608", "EGYGOV", 20140608, kNoEnd},  // blank after '>'
      {"EGY < 911231", "EGY", kNoStart, 19920101},
      {"IRQELI 550101-790716", "IRQELI", 19550101, 19790717},
      {"USAELI 18970101-450703", "USAELI", 18970101, 19450704},  // mixed widths
      {"IGOUNO  >070201", "IGOUNO", 20070201, kNoEnd},
      {"USAGOV 19820101", "USAGOV", 19820101, kNoEnd},  // bare date: PETRARCH's ">date"
      {"GME/GMW", "GME/GMW", kNoStart, kNoEnd},          // compound code
      {"---", "---", kNoStart, kNoEnd},                  // null code
      {"IRQ 040517-040517", "IRQ", 20040517, 20040518},  // one day
      {"IRQ 991231-991231", "IRQ", 19991231, 20000101},
      {"IRQ 20000228-20000228", "IRQ", 20000228, 20000229},
  };
  for (const Case& c : cases) {
    DatedCode got;
    std::string what;
    ASSERT_TRUE(ParseDatedCode(c.body, &got, &what)) << c.body << ": " << what;
    EXPECT_EQ(got.code, c.code) << c.body;
    EXPECT_EQ(got.from, c.from) << c.body;
    EXPECT_EQ(got.to, c.to) << c.body;
  }
  const std::string_view bad[] = {"",          "I-Q",          "IRQ <",         "IRQ >9008223",
                                  "IRQ 790716-550101", "IRQ 1-2", "IRQ 790716-", "IRQ tomorrow"};
  for (std::string_view b : bad) {
    DatedCode got;
    std::string what;
    EXPECT_FALSE(ParseDatedCode(b, &got, &what)) << b;
    EXPECT_FALSE(what.empty()) << b;
  }
}

TEST(DictionarySyntaxTest, SplitBlocks) {
  std::vector<std::string_view> bodies;
  std::string what;
  ASSERT_TRUE(SplitBlocks("[IGOUNO 000101-080801] [---]", &bodies, &what));
  EXPECT_EQ(bodies, (std::vector<std::string_view>{"IGOUNO 000101-080801", "---"}));
  ASSERT_TRUE(SplitBlocks("[~LEG}", &bodies, &what));  // the manual's own closer
  EXPECT_EQ(bodies, (std::vector<std::string_view>{"~LEG"}));
  ASSERT_TRUE(SplitBlocks("", &bodies, &what));
  EXPECT_TRUE(bodies.empty());
  EXPECT_FALSE(SplitBlocks("[IRQ", &bodies, &what));
  EXPECT_EQ(what, "missing ']'");
  EXPECT_FALSE(SplitBlocks("[IRQ] junk", &bodies, &what));
  EXPECT_FALSE(SplitBlocks("junk [IRQ]", &bodies, &what));
}

TEST(DictionarySyntaxTest, ProblemsStrictAndSkipping) {
  std::vector<std::string> warnings;
  Problems strict("x.actors", DictionaryOptions{}, &warnings);
  Status s = strict.Malformed(12, "missing ']'");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "x.actors:12: missing ']'");
  EXPECT_TRUE(warnings.empty());
  Problems lenient("x.actors", DictionaryOptions{.skip_malformed = true}, &warnings);
  EXPECT_TRUE(lenient.Malformed(7, "bad date").ok());
  EXPECT_EQ(warnings, std::vector<std::string>{"x.actors:7: bad date"});
  Problems no_sink("x.actors", DictionaryOptions{.skip_malformed = true}, nullptr);
  EXPECT_TRUE(no_sink.Malformed(7, "bad date").ok());
}

}  // namespace
}  // namespace newsgraph::lexicon::dict
