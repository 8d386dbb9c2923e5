#include "lexicon/actor_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

const NameKeyRules& Rules() {
  static const NameKeyRules rules = std::move(NameKeyRules::LoadDefault()).value();
  return rules;
}

const ActorTable& Default() {
  static const ActorTable table = [] {
    auto t = ActorTable::LoadDefault(Rules());
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::move(t).value() : ActorTable();
  }();
  return table;
}

// The actor matched at the start of `text`, and how many tokens, or "-".
std::string MatchAtStart(const ActorTable& table, const std::string& text) {
  auto tokenizer = text::Tokenizer::Create();
  auto tokens = (*tokenizer)->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  if (!tokens.ok() || tokens->empty()) return "-";
  auto m = table.LongestMatch(text, *tokens, 0);
  if (!m) return "-";
  return m->actor->entry.name + "/" + std::to_string(m->end);
}

TEST(ActorTableTest, MatchesListedNamesWithTheCaseRule) {
  struct Case {
    std::string text, want;
  };
  const std::vector<Case> cases = {
      {"Fuad Hussein said", "Fuad Hussein/2"},
      {"fuad hussein said", "-"},  // a capitalised name needs a capital
      {"ISIS fighters", "Islamic State/1"},
      {"Isis fighters", "-"},  // an acronym must keep its case
      {"Daesh fighters", "Islamic State/1"},
      {"coalition forces left", "Global Coalition against Daesh/2"},  // lower case: any case
      {"Coalition forces left", "Global Coalition against Daesh/2"},
      {"U.N. Security Council met", "United Nations Security Council/3"},
      {"Blinken said", "Antony Blinken/1"},
      {"Mustafa Al-Kazemi said", "-"},  // not listed: found by key, not by phrase
  };
  for (const Case& c : cases) EXPECT_EQ(MatchAtStart(Default(), c.text), c.want) << c.text;
}

TEST(ActorTableTest, FindsPeopleByTransliterationKey) {
  const KnownActor* a = Default().FindPerson(Rules().Key("Mustafa Al-Kazemi"));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->entry.name, "Mustafa al-Kadhimi");
  EXPECT_EQ(a->type, "PERSON");
  EXPECT_EQ(a->entry.codes.size(), a->descriptions.size());
  EXPECT_EQ(Default().FindPerson(Rules().Key("Saddam Hussein")), nullptr);
}

TEST(ActorTableTest, DatedCodesComeFromTheFile) {
  const KnownActor* a = Default().FindPerson(Rules().Key("Antony Blinken"));
  ASSERT_NE(a, nullptr);
  // Deputy Secretary, Secretary of State, then former official.
  EXPECT_EQ(CodeOn(a->entry, 20160101)->code, "USAGOV");
  EXPECT_EQ(CodeOn(a->entry, 20210407)->code, "USAGOV");
  EXPECT_EQ(CodeOn(a->entry, 20250301)->code, "USAELI");
  const DatedCode* d = CodeOn(a->entry, 20210407);
  EXPECT_EQ(a->descriptions[static_cast<size_t>(d - a->entry.codes.data())],
            "Secretary of State of the United States");
}

TEST(ActorTableTest, MalformedRowsNameTheLine) {
  const std::string header = "key\tkind\tvalue\tfrom\tto\tnote\n";
  const std::string name_row = "x\tname\tX Y\t\t\t\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"x\tcode\tIRQ\t\t\t\n", "t.tsv:2: key \"x\" has no name row before it"},
      {name_row + "x\tname\tX Z\t\t\t\n", "t.tsv:3: key \"x\" has a second name row"},
      {name_row + "x\tcode\tIRQG\t\t\t\n", "t.tsv:3: \"IRQG\" is not a code of 3-letter parts"},
      {name_row + "x\tcode\tIRQ\t2021-13-01\t\t\n", "t.tsv:3: dates must be yyyy-mm-dd or empty"},
      {name_row + "x\tcode\tIRQ\t2021-01-01\t2020-01-01\t\n", "t.tsv:3: `from` must be before `to`"},
      {name_row + "x\tvariant\tZ\t2021-01-01\t\t\n", "t.tsv:3: only code rows have dates"},
      {name_row + "x\tnick\tZ\t\t\t\n", "t.tsv:3: kind \"nick\" is not name, variant or code"},
      {name_row + "y\tname\tX Y\t\t\t\n", "t.tsv:3: \"X Y\" already names X Y"},
      {name_row, "t.tsv:2: X Y has no code row"},
  };
  for (const auto& [rows, message] : cases) {
    ActorTable table;
    Status s = table.Add("t.tsv", header + rows, "PERSON", Rules());
    if (s.ok()) s = table.Build();
    ASSERT_FALSE(s.ok()) << rows;
    EXPECT_EQ(s.code(), StatusCode::kCorruption);
    EXPECT_NE(s.message().find(message), std::string::npos) << s.ToString();
  }
}

}  // namespace
}  // namespace newsgraph::lexicon
