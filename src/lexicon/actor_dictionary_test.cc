#include "lexicon/actor_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

std::vector<text::Token> Tokens(std::string_view s) { return testing::TokensOf(s); }

std::unique_ptr<ActorDictionary> MustParse(std::string_view contents) {
  auto d = ActorDictionary::Parse("t.actors", contents);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d).value() : nullptr;
}

// The code in force for `phrase` on `date`, "" for none / no entry.
std::string CodeFor(const ActorDictionary& d, std::string_view phrase, int32_t date) {
  const ActorEntry* e = d.Find(phrase);
  if (e == nullptr) return "";
  const DatedCode* c = CodeOn(*e, date);
  return c == nullptr ? "" : c->code;
}

constexpr std::string_view kSample =
    "# header comment\n"
    "/ TABARI comment line\n"
    "AFGHANISTAN_  [AFG]  # trailing comment\n"
    "+AFGHAN_ \n"
    "+MAZAR-I-SHARIF_\n"
    "+KUNAR # a stem\n"
    "\n"
    "IRAQ_\n"
    "+AL_'IRAQ_ \n"
    "\t[IRQ <20030320]\n"
    "\t[IRQOCC 20030320-20060520]\n"
    "\t[IRQ >20060520]\n"
    "SADDAM_HUSSEIN_  ; TABARI comment\n"
    "\t[IRQELI 550101-790716]\n"
    "\t[IRQGOV 790716-030409]\n"
    "\t#[IRQXXX >030409] commented out\n"
    "\t[IRQELI 030409-061230]\n"
    "BOUTROS-GHALI [EGY < 911231] [UNO > 920101]\n"
    "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n"
    "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# indented primary line\n"
    "EAST_AND_WEST_GERMANY [GME/GMW]\n"
    "INDIAN_OCEAN  [---]\n"
    "GOLLUM ; pas 27 Apr 03\n"
    "+SMEAGOL\n"
    "  [HOB <950601]\n"
    "  [HOBGOV 950601-990815]\n"
    "  [HOBREB >990816]\n"
    "<NOUN>\n"
    "HEADQUARTERS\n"
    "</NOUN>\n"
    "USAGOV_OFFICIAL_ [USAGOV 19820101]\n"
    "~FINISH\n"
    "NEVER_READ_ [XXX]\n";

TEST(ActorDictionaryTest, SynonymsShareTheBlockEntry) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  const ActorEntry* afg = d->Find("AFGHANISTAN_");
  ASSERT_NE(afg, nullptr);
  EXPECT_EQ(afg->name, "AFGHANISTAN");
  EXPECT_EQ(afg->origin, "t.actors:3");
  ASSERT_EQ(afg->codes.size(), 1u);
  EXPECT_EQ(afg->codes[0].code, "AFG");
  EXPECT_EQ(d->Find("Afghan"), afg);
  EXPECT_EQ(d->Find("Mazar-i-Sharif"), afg);
  EXPECT_EQ(d->Find("Kunar"), afg);
  EXPECT_EQ(d->Find("smeagol"), d->Find("GOLLUM"));
  EXPECT_EQ(d->Find("GOLLUM")->name, "GOLLUM");
  EXPECT_EQ(d->entries().size(), 10u);
  EXPECT_EQ(d->Find("HEADQUARTERS"), nullptr);  // <NOUN> section: no codes
  EXPECT_EQ(d->Find("NEVER_READ"), nullptr);    // after ~FINISH
  EXPECT_EQ(d->Find("XXX"), nullptr);           // commented-out code is no phrase
}

TEST(ActorDictionaryTest, DateRestrictionForms) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  const ActorEntry* bg = d->Find("Boutros Ghali");  // single-line restrictions
  ASSERT_NE(bg, nullptr);
  ASSERT_EQ(bg->codes.size(), 2u);
  EXPECT_EQ(bg->codes[0].to, 19920101);  // `< 911231` holds through that day
  EXPECT_EQ(bg->codes[1].from, 19920101);
  const ActorEntry* cuellar = d->Find("JAVIER_DE_CUELLAR");
  ASSERT_NE(cuellar, nullptr);
  ASSERT_EQ(cuellar->codes.size(), 2u);
  EXPECT_EQ(cuellar->codes[1].code, "ELI");
  EXPECT_FALSE(cuellar->codes[1].restricted());
  const ActorEntry* mccloy = d->Find("John McCloy");
  ASSERT_NE(mccloy, nullptr);
  EXPECT_EQ(mccloy->codes[0].from, 19470301);
  EXPECT_EQ(d->Find("EAST_AND_WEST_GERMANY")->codes[0].code, "GME/GMW");
  EXPECT_EQ(d->Find("INDIAN_OCEAN")->codes[0].code, "---");
  const ActorEntry* usa = d->Find("USAGOV_OFFICIAL");
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->codes[0].from, 19820101);  // bare date reads as ">date"
  EXPECT_EQ(usa->codes[0].to, kNoEnd);
}

TEST(ActorDictionaryTest, DatedRolesSwitchOnTheArticleDate) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  struct Case {
    std::string_view phrase;
    int32_t date;
    std::string_view code;
  };
  const Case cases[] = {
      {"Saddam Hussein", 19540101, ""},  // before any role: the null code
      {"Saddam Hussein", 19550101, "IRQELI"},
      {"Saddam Hussein", 19790715, "IRQELI"},
      {"Saddam Hussein", 19790716, "IRQELI"},  // limits are inclusive: the first listed wins
      {"Saddam Hussein", 19790717, "IRQGOV"},
      {"Saddam Hussein", 20030408, "IRQGOV"},
      {"Saddam Hussein", 20030409, "IRQGOV"},
      {"Saddam Hussein", 20030410, "IRQELI"},
      {"Saddam Hussein", 20061230, "IRQELI"},  // the last day of the range
      {"Saddam Hussein", 20061231, ""},        // no default after his death
      {"Iraq", 20030319, "IRQ"},
      {"Iraq", 20040101, "IRQOCC"},
      {"Iraq", 20100101, "IRQ"},
      {"Gollum", 19950531, "HOB"},
      {"Smeagol", 19950601, "HOB"},  // `<950601` includes the day, listed first
      {"Smeagol", 19950602, "HOBGOV"},
      {"Gollum", 19990816, "HOBREB"},
      {"Gollum", 19990815, "HOBGOV"},  // the range's last day
      {"Javier de Cuellar", 19850101, "IGOUNO"},
      {"Javier de Cuellar", 19950101, "ELI"},  // the default once no range holds
      {"Boutros-Ghali", 19911230, "EGY"},
      {"Boutros-Ghali", 19911231, "EGY"},  // "prior to and including" (TABARI 6.5.2)
      {"Boutros-Ghali", 19920101, "UNO"},  // "after and including"
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CodeFor(*d, c.phrase, c.date), c.code) << c.phrase << " " << c.date;
  }
}

TEST(ActorDictionaryTest, LongestMatchOverTokens) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  struct Case {
    std::string_view text;
    size_t begin;
    std::string_view name;  // "" for no match
    size_t end;
  };
  const Case cases[] = {
      {"Fighting in Mazar-i-Sharif on Monday", 2, "AFGHANISTAN", 7},
      {"forces in al-'Iraq", 2, "IRAQ", 0},
      {"the Afghan army", 1, "AFGHANISTAN", 2},
      {"the Afghans", 1, "AFGHANISTAN", 2},  // plural S on a whole word
      {"the Afghani", 1, "", 0},             // AFGHAN_ is whole-word
      {"Saddam Hussein's regime", 0, "SADDAM HUSSEIN", 2},
      {"Saddam alone", 0, "", 0},
      {"Javier de Cuellar", 0, "JAVIER DE CUELLAR", 3},
  };
  for (const Case& c : cases) {
    auto tokens = Tokens(c.text);
    auto m = d->LongestMatch(c.text, tokens, c.begin);
    if (c.name.empty()) {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->entry->name, c.name) << c.text;
    EXPECT_EQ(m->end, c.end == 0 ? tokens.size() : c.end) << c.text;
  }
  // KUNAR has no trailing '_': a stem.
  auto tokens = Tokens("Kunari villagers");
  auto m = d->LongestMatch("Kunari villagers", tokens, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry->name, "AFGHANISTAN");
  EXPECT_EQ(m->end, 1u);
}

TEST(ActorDictionaryTest, SeveralFilesAndLaterDefinitionWins) {
  const ActorDictionary::Source files[] = {
      {"a.actors", "IRAQ_ [IRQ]\nBAGHDAD_ [IRQ]\n"},
      {"b.actors", "BAGHDAD_ [IRQGOV]\n"},
  };
  auto d = ActorDictionary::Parse(files);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ((*d)->Find("Iraq")->origin, "a.actors:1");
  EXPECT_EQ((*d)->Find("Baghdad")->origin, "b.actors:1");
  EXPECT_EQ((*d)->phrase_count(), 3u);
}

struct MalformedCase {
  std::string_view contents;
  std::string_view message;    // the whole error message
  bool swallows_rest = false;  // an unclosed section hides the lines after it
};

const MalformedCase kMalformed[] = {
    {"IRAQ_ [IRQ\n", "t.actors:1: missing ']' (block skipped)"},
    {"IRAQ_ IRQ]\n", "t.actors:1: missing '[' (block skipped)"},
    {"X_ [IRQ]\n[IRQ <9008223]\n",
     "t.actors:2: bad date '9008223' (want a YYMMDD or YYYYMMDD calendar day)"},
    {"X_ [IRQ]\n\t[IRQOCC 1920030320-20060520]\n",
     "t.actors:2: bad date '1920030320' (want a YYMMDD or YYYYMMDD calendar day)"},
    {"X_ [IRQ]\n\t[IRQ 790716-550101]\n",
     "t.actors:2: date range '790716-550101' ends before it starts"},
    {"X_ [IRQ]\n\t[]\n", "t.actors:2: no code in [...]"},
    {"X_ [IRQ]\n\t[IR-Q]\n", "t.actors:2: bad code 'IR-Q'"},
    {"X_ [IRQ] junk\n", "t.actors:1: unexpected text 'junk' outside [...] (block skipped)"},
    {"[IRQ]\n", "t.actors:1: code line outside an actor block"},
    {"+IRAQI_\n", "t.actors:1: synonym outside an actor block"},
    {"X_ [IRQ]\n+Y_ [IRQ]\n", "t.actors:2: code on a synonym line"},
    {"X_ [IRQ]\n+__\n", "t.actors:2: empty synonym"},
    {"X_\n+Y_\nZ_ [ZZZ]\n", "t.actors:1: actor 'X' has no code"},
    {"__ [IRQ]\n", "t.actors:1: no actor phrase before '[' (block skipped)"},
    {"<NOUN>\nHEADQUARTERS\n", "t.actors:1: no </NOUN> before the end", true},
};

TEST(ActorDictionaryTest, MalformedLineIsAnErrorWithFileAndLine) {
  for (const MalformedCase& c : kMalformed) {
    auto d = ActorDictionary::Parse("t.actors", c.contents);
    ASSERT_FALSE(d.ok()) << c.contents;
    EXPECT_EQ(d.status().code(), StatusCode::kCorruption) << c.contents;
    EXPECT_EQ(d.status().message(), c.message) << c.contents;
  }
}

TEST(ActorDictionaryTest, SkipMalformedWarnsAndKeepsTheRest) {
  for (const MalformedCase& c : kMalformed) {
    std::string contents = std::string(c.contents) + "GOOD_ [GUD]\n";
    std::vector<std::string> warnings;
    auto d = ActorDictionary::Parse("t.actors", contents, {.skip_malformed = true}, &warnings);
    ASSERT_TRUE(d.ok()) << c.contents << d.status().ToString();
    EXPECT_EQ(warnings, std::vector<std::string>{std::string(c.message)}) << c.contents;
    EXPECT_EQ((*d)->Find("GOOD") != nullptr, !c.swallows_rest) << c.contents;
  }
  // A skipped date line drops that code only; a skipped primary line its block.
  std::vector<std::string> warnings;
  auto d = ActorDictionary::Parse("t.actors", "X_\n[XXX <9008223]\n[XXX]\nY_ [Y\n+Z_\n[YYY]\n",
                                  {.skip_malformed = true}, &warnings);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(warnings.size(), 2u);
  ASSERT_NE((*d)->Find("X"), nullptr);
  EXPECT_EQ((*d)->Find("X")->codes.size(), 1u);
  EXPECT_EQ((*d)->Find("Y"), nullptr);
  EXPECT_EQ((*d)->Find("Z"), nullptr);
}

TEST(ActorDictionaryTest, MissingFileIsNotFound) {
  const std::string paths[] = {"/nonexistent/x.actors"};
  auto d = ActorDictionary::LoadFiles(paths);
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
}

TEST(ActorDictionaryTest, PhoenixSetLoads) {
  const std::string dir = testing::SharedDir() + "/dictionaries/phoenix";
  NEWSGRAPH_REQUIRE_SHARED(dir + "/Phoenix.Countries.actors.txt");
  const std::string paths[] = {dir + "/Phoenix.Countries.actors.txt",
                               dir + "/Phoenix.International.actors.txt",
                               dir + "/Phoenix.MilNonState.actors.txt"};
  // Strict: the Phoenix files carry a few dates that are not dates.
  auto strict = ActorDictionary::LoadFiles(paths);
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(strict.status().message(),
            "Phoenix.Countries.actors.txt:2039: bad date '9008223' (want a YYMMDD or YYYYMMDD "
            "calendar day)");

  std::vector<std::string> warnings;
  auto d = ActorDictionary::LoadFiles(paths, {.skip_malformed = true}, &warnings);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  // Bad dates, codeless blocks (names listed without '+' before a shared
  // set of date lines) and stray text: docs/dictionaries.md lists them.
  std::string all;
  for (const std::string& w : warnings) all += w + "\n";
  EXPECT_EQ(warnings.size(), 51u) << all;
  EXPECT_NE(all.find("Phoenix.Countries.actors.txt:22508: bad date '1920030320'"),
            std::string::npos);
  EXPECT_NE(all.find("Phoenix.International.actors.txt:3696: unexpected text"), std::string::npos);
  EXPECT_GT((*d)->entries().size(), 20000u);
  EXPECT_GT((*d)->phrase_count(), 30000u);

  EXPECT_EQ(CodeFor(**d, "Iraq", 20100101), "IRQ");
  EXPECT_EQ(CodeFor(**d, "Baghdad", 20100101), "IRQ");
  EXPECT_EQ(CodeFor(**d, "Afghanistan", 20100101), "AFG");
  EXPECT_EQ(CodeFor(**d, "Saddam Hussein", 19800101), "IRQGOV");
  EXPECT_EQ(CodeFor(**d, "Saddam Hussein", 19700101), "IRQELI");
  EXPECT_EQ(CodeFor(**d, "Saddam Hussein", 20050101), "IRQELI");
  const ActorEntry* saddam = (*d)->Find("SADDAM_HUSSEIN_");
  ASSERT_NE(saddam, nullptr);
  EXPECT_EQ(saddam->origin, "Phoenix.Countries.actors.txt:22540");

  const std::string text = "Troops left Mazar-i-Sharif and al-'Iraq.";
  auto tokens = Tokens(text);
  auto mazar = (*d)->LongestMatch(text, tokens, 2);
  ASSERT_TRUE(mazar.has_value());
  EXPECT_EQ(mazar->entry->name, "AFGHANISTAN");
  auto iraq = (*d)->LongestMatch(text, tokens, mazar->end + 1);
  ASSERT_TRUE(iraq.has_value());
  EXPECT_EQ(iraq->entry->name, "IRAQ");
}

}  // namespace
}  // namespace newsgraph::lexicon
