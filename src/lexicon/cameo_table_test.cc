#include "lexicon/cameo_table.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::lexicon {
namespace {

const CameoTable& Default() {
  static const CameoTable* t = [] {
    auto loaded = CameoTable::LoadDefault();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new CameoTable(loaded.ok() ? std::move(loaded).value() : CameoTable());
  }();
  return *t;
}

TEST(CameoTableTest, DefaultLoadsEveryRoot) {
  EXPECT_GE(Default().size(), 300u);
  for (int root = 1; root <= 20; ++root) {
    std::string code = fmt::format("{:02d}", root);
    const CameoCode* c = Default().Find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->quad_class, QuadClassOf(code));
  }
  EXPECT_EQ(Default().Find("999"), nullptr);
  EXPECT_EQ(Default().Find(""), nullptr);
}

struct CodeCase {
  std::string code;
  std::string description;
  double goldstein;
  int quad_class;
  std::optional<std::string> plover_type;
  std::optional<std::string> plover_mode;
  std::optional<std::string> plover_context;
};

TEST(CameoTableTest, KnownCodes) {
  const std::vector<CodeCase> cases = {
      {"010", "Make statement, not specified below", 0.0, 1, std::nullopt, std::nullopt,
       std::nullopt},
      {"030", "Express intent to cooperate, not specified below", 4.0, 1, "AGREE", std::nullopt,
       "diplomatic"},
      {"040", "Consult, not specified below", 1.0, 1, "CONSULT", std::nullopt, std::nullopt},
      {"087", "De-escalate military engagement", 9.0, 2, "RETREAT", "disarm", "military"},
      {"112", "Accuse, not specified below", -2.0, 3, "ACCUSE", "disapprove", std::nullopt},
      {"1121", "Accuse of crime, corruption", -2.0, 3, "ACCUSE", "allege", "crime;corruption"},
      {"173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE", "arrest", "legal"},
      {"190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT",
       std::nullopt, "military"},
  };
  for (const CodeCase& c : cases) {
    SCOPED_TRACE(c.code);
    const CameoCode* got = Default().Find(c.code);
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(got->description, c.description);
    EXPECT_DOUBLE_EQ(got->goldstein, c.goldstein);
    EXPECT_EQ(got->quad_class, c.quad_class);
    EXPECT_EQ(got->plover_type, c.plover_type);
    EXPECT_EQ(got->plover_mode, c.plover_mode);
    EXPECT_EQ(got->plover_context, c.plover_context);
  }
}

TEST(CameoTableTest, QuadClassFollowsRoot) {
  const std::vector<std::pair<std::string, int>> cases = {
      {"01", 1}, {"057", 1}, {"0512", 1}, {"06", 2}, {"0874", 2}, {"09", 3}, {"13", 3}, {"1385", 3},
      {"14", 4}, {"204", 4}, {"20", 4},   {"00", 0}, {"21", 0},   {"x1", 0}, {"1", 0},
  };
  for (const auto& [code, quad] : cases) EXPECT_EQ(QuadClassOf(code), quad) << code;
}

constexpr std::string_view kHeader =
    "# test\ncode\tdescription\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n";

TEST(CameoTableTest, MalformedRowsAreCorruption) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"040\tConsult\t1.0\t1\tCONSULT\t\n", "t.tsv:3: expected 7 tab-separated fields"},
      {"40x\tConsult\t1.0\t1\t\t\t\n", "t.tsv:3: bad CAMEO code \"40x\""},
      {"21\tNothing\t1.0\t4\t\t\t\n", "t.tsv:3: bad CAMEO code \"21\""},
      {"040\tConsult\tone\t1\t\t\t\n", "t.tsv:3: bad Goldstein value \"one\""},
      {"040\tConsult\t11\t1\t\t\t\n", "t.tsv:3: bad Goldstein value \"11\""},
      {"040\tConsult\t1.0\t2\t\t\t\n", "t.tsv:3: QuadClass \"2\" does not match code 040"},
      {"040\tConsult\t1.0\t1\t\t\t\n040\tAgain\t1.0\t1\t\t\t\n", "t.tsv:4: code 040 listed twice"},
      {"", "t.tsv: no CAMEO codes"},
  };
  for (const auto& [rows, message] : cases) {
    SCOPED_TRACE(rows);
    auto t = CameoTable::Parse("t.tsv", fmt::format("{}{}", kHeader, rows));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.status().code(), StatusCode::kCorruption);
    EXPECT_EQ(t.status().message().substr(0, message.size()), message);
  }
}

// The committed table agrees with the published lookups it was built from.
TEST(CameoTableTest, MatchesSharedCameoLookups) {
  std::string path = newsgraph::testing::SharedDir() + "/ontology/cameo/CAMEO.goldsteinscale.txt";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto contents = newsgraph::testing::ReadFile(path);
  ASSERT_TRUE(contents.has_value());
  std::istringstream in(*contents);
  std::string line;
  std::getline(in, line);  // header
  size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const CameoCode* c = Default().Find(line.substr(0, tab));
    ASSERT_NE(c, nullptr) << line;
    EXPECT_DOUBLE_EQ(c->goldstein, std::stod(line.substr(tab + 1))) << line;
    ++rows;
  }
  EXPECT_EQ(rows, Default().size());
}

}  // namespace
}  // namespace newsgraph::lexicon

namespace newsgraph::lexicon {
namespace {

TEST(CameoTableTest, PloverRulesFillOnlyUnmappedCodes) {
  auto table = CameoTable::LoadDefault();
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  // 0212 (appeal for military cooperation) takes 1012's fields by our rule.
  const CameoCode* appeal = table->Find("0212");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->plover_type, "REQUEST");
  EXPECT_EQ(appeal->plover_mode, "assist");
  EXPECT_EQ(appeal->plover_context, "military");
  EXPECT_FALSE(table->Find("010")->plover_type.has_value());  // statements stay unmapped

  constexpr std::string_view kHeader = "code\tplover_type\tplover_mode\tplover_context\treason\n";
  struct Case {
    std::string rows;
    std::string error;
  };
  const Case cases[] = {
      {"9999\tREQUEST\t\t\tx\n", "r.tsv:2: unknown CAMEO code"},
      {"0874\tRETREAT\t\t\tx\n", "r.tsv:2: code 0874 is already mapped to RETREAT"},
      {"0212\t\t\t\tx\n", "r.tsv:2: a rule needs a PLOVER type"},
      {"0212\tREQUEST\n", "r.tsv:2:"},
  };
  for (const Case& c : cases) {
    auto fresh = CameoTable::LoadDefault();
    ASSERT_TRUE(fresh.ok());
    // 0212 is mapped by LoadDefault already; use a code the rules leave alone.
    std::string rows = c.rows;
    if (rows.starts_with("0212")) rows.replace(0, 4, "010");
    Status s = fresh->ApplyPloverRules("r.tsv", std::string(kHeader) + rows);
    ASSERT_FALSE(s.ok()) << rows;
    EXPECT_NE(s.message().find(c.error), std::string::npos) << rows << " -> " << s.ToString();
  }
}

}  // namespace
}  // namespace newsgraph::lexicon
