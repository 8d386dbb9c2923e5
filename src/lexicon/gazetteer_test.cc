#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "test_support.h"
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

std::vector<text::Token> Tokens(std::string_view s) { return testing::TokensOf(s); }

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

// --- places: cities, coordinates, stoplist (cities.tsv and friends) ---

struct PlaceCase {
  std::string text;     // the match is tried at token 0
  std::string matched;  // expected matched text; empty = no match
  std::string alpha3;
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0, lon = 0;  // expected point within 0.05 degrees; both 0 = no check
};

TEST(GazetteerTest, DefaultCitiesWithCoordinates) {
  const std::vector<PlaceCase> cases = {
      {"Baghdad said", "Baghdad", "IRQ", PlaceKind::kCapital, 33.34, 44.40},
      {"Mosul fell", "Mosul", "IRQ", PlaceKind::kCity, 36.34, 43.12},
      {"Basra port", "Basra", "IRQ", PlaceKind::kCity, 30.51, 47.78},
      {"Basrah port", "Basrah", "IRQ", PlaceKind::kCity, 30.51, 47.78},
      {"Erbil airport", "Erbil", "IRQ", PlaceKind::kCity, 36.18, 44.01},
      {"New York police", "New York", "USA", PlaceKind::kCity, 40.71, -74.01},
      {"New York City", "New York City", "USA", PlaceKind::kCity, 40.71, -74.01},
      {"Kiev said", "Kiev", "UKR", PlaceKind::kCapital, 50.45, 30.52},
      {"Kyiv said", "Kyiv", "UKR", PlaceKind::kCapital, 50.45, 30.52},
      {"Hague court", "Hague", "NLD", PlaceKind::kCapital, 52.08, 4.30},
      {"Washington said", "Washington", "USA", PlaceKind::kCapital, 38.90, -77.04},
      {"Luanda said", "Luanda", "AGO", PlaceKind::kCapital, -8.84, 13.23},
      {"Birmingham council", "Birmingham", "GBR", PlaceKind::kCity, 52.48, -1.90},
      {"Tripoli clashes", "Tripoli", "LBY", PlaceKind::kCapital, 32.89, 13.19},
      {"S\xC3\xA3o Paulo", "S\xC3\xA3o Paulo", "BRA", PlaceKind::kCity, -23.55, -46.64},
      {"Sao Paulo", "Sao Paulo", "BRA", PlaceKind::kCity, -23.55, -46.64},
      {"Iraq agreed", "Iraq", "IRQ", PlaceKind::kCountry, 0, 0},  // centroid checked below
      // Stoplist and word rule: no match.
      {"Reading is", "", "", PlaceKind::kCity},
      {"Nice to", "", "", PlaceKind::kCity},
      {"Mobile phones", "", "", PlaceKind::kCity},
      {"Split decision", "", "", PlaceKind::kCity},
      {"Bath time", "", "", PlaceKind::kCity},
      {"Man arrested", "", "", PlaceKind::kCity},
      {"Of course", "", "", PlaceKind::kCity},
      {"Police said", "", "", PlaceKind::kCity},
      {"Nancy Pelosi", "", "", PlaceKind::kCity},
      {"Jackson said", "", "", PlaceKind::kCity},
      {"Virginia voters", "", "", PlaceKind::kCity},
      {"mosul", "", "", PlaceKind::kCity},  // lower case: never a name
      // A city never shadows a country name.
      {"Jamaica and", "Jamaica", "JAM", PlaceKind::kCountry},
      {"Georgia and", "Georgia", "GEO", PlaceKind::kCountry},
  };
  for (const PlaceCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<text::Token> tokens = Tokens(c.text);
    ASSERT_FALSE(tokens.empty());
    auto m = Default().LongestMatch(c.text, tokens, 0);
    if (c.matched.empty()) {
      EXPECT_FALSE(m.has_value()) << m->entry->text << " " << m->entry->alpha3;
      continue;
    }
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(c.text.substr(tokens[0].start, tokens[m->end - 1].end - tokens[0].start), c.matched);
    EXPECT_EQ(m->entry->alpha3, c.alpha3);
    EXPECT_EQ(m->entry->kind, c.kind);
    ASSERT_TRUE(m->entry->point.has_value());
    if (c.lat != 0 || c.lon != 0) {
      EXPECT_NEAR(m->entry->point->lat, c.lat, 0.05);
      EXPECT_NEAR(m->entry->point->lon, c.lon, 0.05);
    }
  }
}

TEST(GazetteerTest, DefaultCountryPlaces) {
  auto irq = Default().CountryPlaceOf("IRQ");
  ASSERT_TRUE(irq.has_value());
  EXPECT_EQ(irq->capital, "Baghdad");
  ASSERT_TRUE(irq->capital_point.has_value());
  EXPECT_NEAR(irq->capital_point->lat, 33.34, 0.05);
  ASSERT_TRUE(irq->centroid.has_value());
  // The population centroid lies inside Iraq (29..38 N, 38..49 E).
  EXPECT_GT(irq->centroid->lat, 29);
  EXPECT_LT(irq->centroid->lat, 38);
  EXPECT_GT(irq->centroid->lon, 38);
  EXPECT_LT(irq->centroid->lon, 49);
  auto usa = Default().CountryPlaceOf("USA");
  ASSERT_TRUE(usa.has_value());
  EXPECT_EQ(usa->capital, "Washington, D.C.");
  EXPECT_FALSE(Default().CountryPlaceOf("XXX").has_value());
  // Antarctica has places but no capital.
  auto ata = Default().CountryPlaceOf("ATA");
  ASSERT_TRUE(ata.has_value());
  EXPECT_FALSE(ata->capital_point.has_value());
}

constexpr std::string_view kAliases =
    "text\talpha3\tkind\tnote\n"
    "Baghdad\tIRQ\tcapital\t\n"
    "Iraqi\tIRQ\tdemonym\t\n"
    "Washington\tUSA\tcapital\t\n";
constexpr std::string_view kCitiesHeader =
    "# test\n"
    "name\tascii_name\talpha3\tlatitude\tlongitude\tpopulation\tgeonames_id\tfeature\n";
constexpr std::string_view kCities =
    "Baghdad\t\tIRQ\t33.34058\t44.40088\t7216000\t98182\tPPLC\n"
    "Mosul\t\tIRQ\t36.33500\t43.11889\t1739800\t99072\tPPLA\n"
    "Basrah\t\tIRQ\t30.50852\t47.78040\t2600000\t99532\tPPLA\n"
    "Iraqi\t\tIRQ\t1\t1\t100000\t1\tPPL\n"
    "Reading\t\tGBR\t51.45625\t-0.97113\t318014\t2639577\tPPLA2\n"
    "S\xC3\xA3o Paulo\tSao Paulo\tBRA\t-23.5475\t-46.63611\t10021295\t3448439\tPPLA\n";
constexpr std::string_view kPlacesCountries =
    "alpha3\talpha2\tnumeric\tname\tofficial_name\tcommon_name\n"
    "BRA\tBR\t076\tBrazil\t\t\n"
    "GBR\tGB\t826\tUnited Kingdom\t\t\n"
    "IRQ\tIQ\t368\tIraq\tRepublic of Iraq\t\n"
    "USA\tUS\t840\tUnited States\tUnited States of America\t\n";
constexpr std::string_view kPoints =
    "alpha3\tcapital\tcapital_geonames_id\tcapital_latitude\tcapital_longitude\t"
    "centroid_latitude\tcentroid_longitude\n"
    "IRQ\tBaghdad\t98182\t33.34058\t44.40088\t33.4\t44.8\n"
    "USA\tWashington, D.C.\t4140963\t38.89511\t-77.03637\t38.9\t-92.7\n"
    "GBR\t\t\t\t\t\t\n";

GazetteerSources SmallSources(std::string_view cities, std::string_view aliases,
                              std::string_view points, std::string_view stoplist) {
  GazetteerSources s;
  s.countries = kPlacesCountries;
  s.aliases = kAliases;
  s.cities = cities;
  s.city_aliases = aliases;
  s.country_points = points;
  s.city_stoplist = stoplist;
  return s;
}

TEST(GazetteerTest, ParsesPlaceTables) {
  std::string cities = std::string(kCitiesHeader) + std::string(kCities);
  auto g = Gazetteer::Parse(SmallSources(cities, "text\tgeonames_id\tnote\nBasra\t99532\t\n",
                                         kPoints, "text\tnote\nreading\tword\n"));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto find = [&](std::string_view text) -> const GazetteerEntry* {
    std::vector<text::Token> tokens = Tokens(text);
    auto m = g->LongestMatch(text, tokens, 0);
    return m && m->end == tokens.size() ? m->entry : nullptr;
  };
  const GazetteerEntry* e = find("Baghdad");  // aliases.tsv row, city coordinates
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "aliases.tsv");
  EXPECT_EQ(e->kind, PlaceKind::kCapital);
  EXPECT_EQ(e->geonames_id, 98182u);
  EXPECT_EQ(e->population, 7216000u);
  e = find("Basra");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, PlaceKind::kCity);
  EXPECT_EQ(e->source, "city_aliases.tsv");
  ASSERT_TRUE(e->point.has_value());
  EXPECT_DOUBLE_EQ(e->point->lat, 30.50852);
  e = find("Iraqi");  // the demonym wins over a city of the same name
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, PlaceKind::kDemonym);
  EXPECT_FALSE(e->point.has_value());
  EXPECT_EQ(find("Reading"), nullptr);  // stoplisted
  e = find("Sao Paulo");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text, "Sao Paulo");
  EXPECT_EQ(e->geonames_id, 3448439u);
  e = find("Washington");  // no city of that name: the country's capital point
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->point.has_value());
  EXPECT_DOUBLE_EQ(e->point->lon, -77.03637);
  e = find("Iraq");  // countries get the population centroid
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->point.has_value());
  EXPECT_DOUBLE_EQ(e->point->lat, 33.4);
  e = find("United Kingdom");  // a country_points row with empty fields
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->point.has_value());
  auto gbr = g->CountryPlaceOf("GBR");
  ASSERT_TRUE(gbr.has_value());
  EXPECT_EQ(gbr->capital, "");
  EXPECT_FALSE(gbr->centroid.has_value());
}

TEST(GazetteerTest, PlaceFilesAreOptional) {
  auto g = Gazetteer::Parse(SmallSources("", "", "", ""));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_FALSE(g->CountryPlaceOf("IRQ").has_value());
}

struct PlaceErrorCase {
  std::string cities;        // rows after the header
  std::string city_aliases;  // whole file; empty = none
  std::string points;        // whole file; empty = none
  std::string message;       // expected message prefix
};

TEST(GazetteerTest, MalformedPlaceFilesAreCorruption) {
  const std::string ok_row = "Mosul\t\tIRQ\t36.335\t43.11889\t1739800\t99072\tPPLA\n";
  const std::string points_header =
      "alpha3\tcapital\tcapital_geonames_id\tcapital_latitude\tcapital_longitude\t"
      "centroid_latitude\tcentroid_longitude\n";
  const std::string aliases_header = "text\tgeonames_id\tnote\n";
  const std::vector<PlaceErrorCase> cases = {
      {"Mosul\tIRQ\t36.3\t43.1\t1\t99072\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: expected 8 tab-separated fields"},
      {"Mosul\t\tIRQ\t96.3\t43.1\t1\t99072\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: bad latitude \"96.3\""},
      {"Mosul\t\tIRQ\t36.3\teast\t1\t99072\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: bad longitude \"east\""},
      {"Mosul\t\tIRQ\t36.3\t43.1\t-5\t99072\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: bad population \"-5\""},
      {"Mosul\t\tIRQ\t36.3\t43.1\t5\t0\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: bad geonames_id \"0\""},
      {"Mosul\t\tXXX\t36.3\t43.1\t5\t99072\tPPLA\n", "", "",
       "gazetteer/cities.tsv:3: alpha3 \"XXX\" is not in countries.tsv"},
      {"Mosul\t\tIRQ\t36.3\t43.1\t5\t99072\tADM1\n", "", "",
       "gazetteer/cities.tsv:3: feature \"ADM1\""},
      {ok_row + "Mosul\t\tIRQ\t36.3\t43.1\t5\t99073\tPPL\n", "", "",
       "gazetteer/cities.tsv:4: city name \"Mosul\" repeats line 3"},
      {ok_row + "Al Mawsil\t\tIRQ\t36.3\t43.1\t5\t99072\tPPL\n", "", "",
       "gazetteer/cities.tsv:4: geonames_id 99072 repeats line 3"},
      {"\t\tIRQ\t36.3\t43.1\t5\t99072\tPPLA\n", "", "", "gazetteer/cities.tsv:3: empty name"},
      {ok_row, aliases_header + "Mawsil\t12\t\n", "",
       "gazetteer/city_aliases.tsv:2: geonames_id 12 is not in cities.tsv"},
      {ok_row, aliases_header + "Mawsil\tx\t\n", "",
       "gazetteer/city_aliases.tsv:2: bad geonames_id \"x\""},
      {ok_row, aliases_header + "Iraqi\t99072\t\n", "",
       "gazetteer/city_aliases.tsv:2: \"Iraqi\" (IRQ) clashes with \"Iraqi\" (IRQ) from "
       "aliases.tsv"},
      {ok_row, "", points_header + "IRQ\tBaghdad\t98182\t33.3\t\t\t\n",
       "gazetteer/country_points.tsv:2: bad longitude \"\""},
      {ok_row, "", points_header + "XXX\t\t\t\t\t\t\n",
       "gazetteer/country_points.tsv:2: alpha3 \"XXX\" is not in countries.tsv"},
      {ok_row, "", points_header + "IRQ\t\t\t\t\t\t\nIRQ\t\t\t\t\t\t\n",
       "gazetteer/country_points.tsv:3: duplicate alpha3 IRQ"},
  };
  for (const PlaceErrorCase& c : cases) {
    SCOPED_TRACE(c.cities + c.city_aliases + c.points);
    std::string cities = std::string(kCitiesHeader) + c.cities;
    auto g = Gazetteer::Parse(SmallSources(cities, c.city_aliases, c.points, ""));
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.status().code(), StatusCode::kCorruption);
    EXPECT_EQ(g.status().message().substr(0, c.message.size()), c.message);
  }
  auto g = Gazetteer::Parse(SmallSources(std::string(kCitiesHeader), "", "", "text\tnote\n\t\n"));
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().message(), "gazetteer/city_stoplist.tsv:2: empty name");
}

}  // namespace
}  // namespace newsgraph::lexicon
