#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

const Gazetteer& Default() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::LoadDefault();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new Gazetteer(loaded.ok() ? std::move(loaded).value() : Gazetteer());
  }();
  return *g;
}

std::vector<text::Token> Tokens(std::string_view s) {
  auto tokenizer = text::Tokenizer::Create();
  EXPECT_TRUE(tokenizer.ok());
  auto tokens = (*tokenizer)->Tokenize(s, 0, static_cast<uint32_t>(s.size()));
  EXPECT_TRUE(tokens.ok());
  return tokens.ok() ? std::move(tokens).value() : std::vector<text::Token>{};
}

TEST(GazetteerTest, DefaultLoads) {
  EXPECT_GT(Default().size(), 600u);
  EXPECT_EQ(Default().DisplayName("USA"), "United States");
  EXPECT_EQ(Default().DisplayName("RUS"), "Russia");
  EXPECT_EQ(Default().DisplayName("IRN"), "Iran");
  EXPECT_EQ(Default().DisplayName("KOR"), "South Korea");
  EXPECT_EQ(Default().DisplayName("IRQ"), "Iraq");
  EXPECT_EQ(Default().DisplayName("XXX"), "");
}

struct MatchCase {
  std::string text;     // the match is tried at token 0
  std::string matched;  // expected matched text; empty = no match
  std::string alpha3;
  PlaceKind kind = PlaceKind::kCountry;
};

TEST(GazetteerTest, LongestMatchAtTokenZero) {
  const std::vector<MatchCase> cases = {
      {"Iraq agreed", "Iraq", "IRQ", PlaceKind::kCountry},
      {"United States officials", "United States", "USA", PlaceKind::kCountry},
      {"United States of America said", "United States of America", "USA", PlaceKind::kCountry},
      {"U.S. officials", "U.S.", "USA", PlaceKind::kCountry},
      {"US troops", "US", "USA", PlaceKind::kCountry},
      {"us and them", "", "", PlaceKind::kCountry},
      {"Us and them", "", "", PlaceKind::kCountry},
      {"UNITED STATES", "UNITED STATES", "USA", PlaceKind::kCountry},
      {"Iraqi forces", "Iraqi", "IRQ", PlaceKind::kDemonym},
      {"Americans said", "Americans", "USA", PlaceKind::kDemonym},
      {"Baghdad said", "Baghdad", "IRQ", PlaceKind::kCapital},
      {"Washington said", "Washington", "USA", PlaceKind::kCapital},
      {"turkey dinner", "", "", PlaceKind::kCountry},
      {"Turkey said", "Turkey", "TUR", PlaceKind::kCountry},
      {"South Korea and", "South Korea", "KOR", PlaceKind::kCountry},
      {"South Korean troops", "South Korean", "KOR", PlaceKind::kDemonym},
      {"North  Korea said", "North  Korea", "PRK", PlaceKind::kCountry},
      {"Korea, Republic of", "Korea, Republic of", "KOR", PlaceKind::kCountry},
      {"C\xC3\xB4te d\xE2\x80\x99Ivoire", "C\xC3\xB4te d\xE2\x80\x99Ivoire", "CIV",
       PlaceKind::kCountry},
      {"Guinea-Bissau voted", "Guinea-Bissau", "GNB", PlaceKind::kCountry},
      {"Guinea voted", "Guinea", "GIN", PlaceKind::kCountry},
      {"Kuwait City", "Kuwait City", "KWT", PlaceKind::kCapital},
      {"New Mexico", "New Mexico", "", PlaceKind::kBlock},
      {"Washington Post", "Washington Post", "", PlaceKind::kBlock},
      {"Iraqis", "Iraqis", "IRQ", PlaceKind::kDemonym},
      {"Iraqiya", "", "", PlaceKind::kCountry},
  };
  for (const MatchCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<text::Token> tokens = Tokens(c.text);
    ASSERT_FALSE(tokens.empty());
    auto m = Default().LongestMatch(c.text, tokens, 0);
    if (c.matched.empty()) {
      EXPECT_FALSE(m.has_value()) << m->entry->text;
      continue;
    }
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(c.text.substr(tokens[0].start, tokens[m->end - 1].end - tokens[0].start), c.matched);
    EXPECT_EQ(m->entry->alpha3, c.alpha3);
    EXPECT_EQ(m->entry->kind, c.kind);
  }
}

TEST(GazetteerTest, MatchesFromAnyTokenPosition) {
  std::string s = "talks between Baghdad and the United States";
  std::vector<text::Token> tokens = Tokens(s);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_FALSE(Default().LongestMatch(s, tokens, 0).has_value());
  auto m = Default().LongestMatch(s, tokens, 2);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 3u);
  m = Default().LongestMatch(s, tokens, 5);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 7u);
  EXPECT_EQ(m->entry->alpha3, "USA");
}

constexpr std::string_view kCountries =
    "# test\n"
    "alpha3\talpha2\tnumeric\tname\tofficial_name\tcommon_name\n"
    "IRQ\tIQ\t368\tIraq\tRepublic of Iraq\t\n"
    "USA\tUS\t840\tUnited States\tUnited States of America\t\n";

TEST(GazetteerTest, ParsesSmallTables) {
  auto g = Gazetteer::Parse(kCountries,
                            "text\talpha3\tkind\tnote\n"
                            "US\tUSA\talias\t\n"
                            "America\tUSA\tname\tpreferred\n"
                            "Iraqi\tIRQ\tdemonym\t\n"
                            "New Iraq\t-\tblock\t\n");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->DisplayName("USA"), "America");
  EXPECT_EQ(g->DisplayName("IRQ"), "Iraq");
  EXPECT_EQ(g->size(), 8u);
}

struct ErrorCase {
  std::string aliases;
  std::string message;  // expected message prefix
};

TEST(GazetteerTest, MalformedAliasesAreCorruption) {
  const std::string header = "# comment\ntext\talpha3\tkind\tnote\n";
  const std::vector<ErrorCase> cases = {
      {header + "US\tUSA\talias\n", "gazetteer/aliases.tsv:3: expected 4 tab-separated fields"},
      {header + "US\tUSA\tnickname\t\n", "gazetteer/aliases.tsv:3: unknown kind"},
      {header + "Utopia\tUTO\talias\t\n", "gazetteer/aliases.tsv:3: alpha3 \"UTO\" is not in"},
      {header + "\n\nIraq\tUSA\talias\t\n", "gazetteer/aliases.tsv:5: \"Iraq\" (USA) clashes"},
      {header + "X\tUSA\tname\t\nY\tUSA\tname\t\n", "gazetteer/aliases.tsv:4: second \"name\""},
      {header + "New Iraq\tIRQ\tblock\t\n", "gazetteer/aliases.tsv:3: a block row"},
      {header + "\tUSA\talias\t\n", "gazetteer/aliases.tsv:3: empty name"},
      {"text\talpha3\tkind\n", "gazetteer/aliases.tsv:1: expected header row"},
      {"# only comments\n", "gazetteer/aliases.tsv:1: no header row"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.aliases);
    auto g = Gazetteer::Parse(kCountries, c.aliases);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.status().code(), StatusCode::kCorruption);
    EXPECT_EQ(g.status().message().substr(0, c.message.size()), c.message);
  }
}

TEST(GazetteerTest, MalformedCountriesAreCorruption) {
  auto g = Gazetteer::Parse(
      "alpha3\talpha2\tnumeric\tname\tofficial_name\tcommon_name\nIRQ\tIQ\t368\tIraq\n",
      "text\talpha3\tkind\tnote\n");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().message().substr(0, 26), "gazetteer/countries.tsv:2:");
  g = Gazetteer::Parse(
      "alpha3\talpha2\tnumeric\tname\tofficial_name\tcommon_name\nirq\tIQ\t368\tIraq\t\t\n",
      "text\talpha3\tkind\tnote\n");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().message(), "gazetteer/countries.tsv:2: bad alpha3 code");
}

}  // namespace
}  // namespace newsgraph::lexicon
