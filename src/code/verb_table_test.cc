#include "code/verb_table.h"

#include <gtest/gtest.h>

#include <string>

#include "core/embedded_data.h"

namespace newsgraph::code {
namespace {

constexpr std::string_view kHeader = "code\tverbs\tpattern\tnote\n";

Result<VerbDictionary> Read(std::string_view rows) {
  return ReadVerbTable(std::string(kHeader) + std::string(rows), "t.tsv");
}

TEST(VerbTableTest, VerbsGetTheirCodeAndRegularForms) {
  auto d = Read("# comment\n\n010\tsay, state\t\tMake statement\n");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->blocks().size(), 2u);
  const VerbBlock& say = d->blocks()[0];
  EXPECT_EQ(say.label, "SAY");
  ASSERT_EQ(say.verbs.size(), 1u);
  ASSERT_TRUE(say.verbs[0].code.has_value());
  EXPECT_EQ(say.verbs[0].code->code, "010");
  EXPECT_EQ(say.verbs[0].line, 4);  // header, comment and blank line before it
  ASSERT_NE(d->FindForm("SAYS"), nullptr);  // generated; "said" comes through the lemma
  ASSERT_NE(d->FindForm("STATED"), nullptr);
  EXPECT_EQ(d->FindForm("SAID"), nullptr);
  EXPECT_EQ(d->origin(), "t.tsv");
}

TEST(VerbTableTest, PatternsAttachToEveryVerbOfTheRow) {
  auto d = Read(
      "&FORCES\tforces, troops, armed forces\n"
      "0874\twithdraw\t\tRetreat\n"
      "0874\twithdraw, pull\t* &FORCES\tWithdraw forces\n"
      "087\tpull\t* out\n");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->synsets().size(), 1u);
  EXPECT_EQ(d->synsets()[0].phrases.size(), 3u);
  EXPECT_EQ(d->synsets()[0].phrases[2], (std::vector<std::string>{"ARMED", "FORCES"}));
  const VerbBlock& withdraw = d->blocks()[0];
  EXPECT_EQ(withdraw.patterns.size(), 1u);
  const VerbBlock& pull = d->blocks()[1];
  EXPECT_EQ(pull.label, "PULL");
  EXPECT_FALSE(pull.verbs[0].code.has_value());  // only patterns: the null code alone
  ASSERT_EQ(pull.patterns.size(), 2u);
  EXPECT_EQ(pull.patterns[0].code.code, "0874");
  EXPECT_EQ(pull.patterns[1].code.code, "087");
  EXPECT_EQ(pull.patterns[1].note, "");
  EXPECT_EQ(pull.patterns[1].line, 5);
}

TEST(VerbTableTest, NullAndPairedCodes) {
  auto d = Read("---\tsay\t* goodbye\n042:043\tvisit\t\n");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_TRUE(d->blocks()[0].patterns[0].code.null());
  EXPECT_EQ(d->blocks()[1].verbs[0].code->paired, "043");
}

TEST(VerbTableTest, MalformedRowsNameTheLine) {
  struct Case {
    std::string rows;
    std::string error;
  };
  const Case cases[] = {
      {"010\n", "t.tsv:2: want 2 to 4"},
      {"010\tsay\n", "t.tsv:2: a verb row needs"},
      {"010\tsay\tx\ty\tz\n", "t.tsv:2: want 2 to 4"},
      {"0 10\tsay\t\n", "t.tsv:2:"},
      {"010\tSay\t\n", "t.tsv:2: verb 'Say' is not one lower-case word"},
      {"010\tcall for\t\n", "t.tsv:2: verb 'call for' is not one lower-case word"},
      {"010\t\t\n", "t.tsv:2: verb '' is not"},
      {"010\tsay\t\n020\tsay\t\n", "t.tsv:3: verb 'say' already has code 010 (line 2)"},
      {"010\tsay\t* &NOWHERE\n", "t.tsv:2: pattern '* &NOWHERE': undefined synset &NOWHERE"},
      {"010\tsay\tno verb mark\n", "t.tsv:2: pattern 'no verb mark'"},
      {"&X\tone\n&X\ttwo\n", "t.tsv:3: synset &X defined again"},
      {"&X\t , \n", "t.tsv:2: synset &X has no phrases"},
      {"&bad name\tone\n", "t.tsv:2: bad synset name"},
  };
  for (const Case& c : cases) {
    auto d = Read(c.rows);
    ASSERT_FALSE(d.ok()) << c.rows;
    EXPECT_NE(d.status().message().find(c.error), std::string::npos)
        << c.rows << " -> " << d.status().ToString();
  }
}

TEST(VerbTableTest, RejectsBinaryInput) {
  auto d = ReadVerbTable(std::string("code\tverbs\tpattern\n010\tsa\xff\t\n"), "t.tsv");
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("t.tsv"), std::string::npos) << d.status().ToString();
}

// Our shipped dictionary loads, and its patterns only use its own synsets.
TEST(VerbTableTest, ShippedDictionaryLoads) {
  auto bytes = EmbeddedData("cameo/verbs.tsv");
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto d = ReadVerbTable(*bytes, "verbs.tsv");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GT(d->blocks().size(), 250u);
  EXPECT_NE(d->FindForm("WITHDRAW"), nullptr);
  EXPECT_NE(d->FindSynset("FORCES"), nullptr);
}

}  // namespace
}  // namespace newsgraph::code
