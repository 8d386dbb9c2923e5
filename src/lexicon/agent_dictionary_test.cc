#include "lexicon/agent_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

std::vector<text::Token> Tokens(std::string_view s) { return testing::TokensOf(s); }

constexpr std::string_view kSample =
    "<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->\n"
    "# ======== SUBSTITUTION SETS ========\n"
    "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
    "!MINIST! = MINISTER , MINISTERS,MINISTRY, MINISTRIES\n"
    "PARLIAMENTARY_OPPOSITION_ {} [~OPP] #jap 11 Oct 2002\n"
    "AMBASSADOR [~GOV] # LRP 02 Jun 2004\n"
    "ATTORNEY_GENERAL_ {ATTORNEYS_GENERAL_} [~GOVATG] # whole words: no stem\n"
    "HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001\n"
    "CONGRESS!PERSON! [~LEG}\n"
    "FOREIGN_!MINIST! [~GOVFRM]\n"
    "!MINIST! FOR_AGRICULTURE,_FISHERIES_AND_FOOD [~GOVAGR]\n"
    "POLICE {} [~COP]\n"
    "ENVOY_ [~GOV]\n"
    "SECRETARY [~GOV]\n"
    "THIEF {THIEVES} [~CRM]\n"
    "EMBASSY_STAFF [~GOV] ; TABARI comment\n"
    "~FINISH\n"
    "NEVER [~XXX]\n";

std::unique_ptr<AgentDictionary> MustParse(std::string_view contents) {
  auto d = AgentDictionary::Parse("t.agents", contents);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d).value() : nullptr;
}

TEST(AgentDictionaryTest, AffixesAndCodes) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  const AgentEntry* amb = d->Find("AMBASSADOR");
  ASSERT_NE(amb, nullptr);
  EXPECT_EQ(amb->code, "GOV");
  EXPECT_EQ(amb->affix, AgentEntry::Affix::kSuffix);
  EXPECT_EQ(amb->origin, "t.agents:6");
  const AgentEntry* hr = d->Find("human rights body");
  ASSERT_NE(hr, nullptr);
  EXPECT_EQ(hr->code, "NGO");
  EXPECT_EQ(hr->affix, AgentEntry::Affix::kPrefix);
  EXPECT_EQ(hr->name, "HUMAN RIGHTS BODY");
  EXPECT_EQ(d->Find("NEVER"), nullptr);  // after ~FINISH
}

TEST(AgentDictionaryTest, MacrosExpandToEveryValue) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  for (std::string_view p :
       {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON"}) {
    const AgentEntry* e = d->Find(p);
    ASSERT_NE(e, nullptr) << p;
    EXPECT_EQ(e->code, "LEG") << p;  // closed by '}' as in the manual
    EXPECT_EQ(e->name, p);
  }
  for (std::string_view p :
       {"FOREIGN_MINISTER", "FOREIGN_MINISTERS", "FOREIGN_MINISTRY", "FOREIGN_MINISTRIES"}) {
    ASSERT_NE(d->Find(p), nullptr) << p;
    EXPECT_EQ(d->Find(p)->code, "GOVFRM") << p;
  }
  const AgentEntry* agr = d->Find("MINISTRY FOR AGRICULTURE, FISHERIES AND FOOD");
  ASSERT_NE(agr, nullptr);
  EXPECT_EQ(agr->code, "GOVAGR");
  // No automatic plural for a macro phrase: CONGRESSMENS is no form.
  EXPECT_EQ(d->Find("CONGRESSMAN_S_"), nullptr);
}

TEST(AgentDictionaryTest, Plurals) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  struct Case {
    std::string_view phrase;
    bool found;
  };
  const Case cases[] = {
      {"AMBASSADORS_", true},  // regular: +S
      {"SECRETARIES_", true},  // consonant + Y -> IES
      {"ENVOYS_", true},       // vowel + Y -> +S
      {"ENVOYIES_", false},
      {"ATTORNEYS_GENERAL_", true},   // {irregular}
      {"ATTORNEY_GENERALS_", false},  // ... instead of the regular one
      {"THIEVES_", true},
      {"POLICE_", true},
      {"PARLIAMENTARY_OPPOSITIONS_", false},  // {}: none
      {"EMBASSY_STAFFS_", true},
  };
  for (const Case& c : cases) EXPECT_EQ(d->Find(c.phrase) != nullptr, c.found) << c.phrase;
  EXPECT_EQ(d->Find("THIEVES")->name, "THIEF");  // a plural shares its singular's entry

  struct PluralCase {
    std::string_view in, out;
  };
  const PluralCase plurals[] = {
      {"MINISTER", "MINISTERS"},
      {"SECRETARY", "SECRETARIES"},
      {"ENVOY", "ENVOYS"},
      {"BOSS_", "BOSSES_"},
      {"CHURCH", "CHURCHES"},
      {"TAX", "TAXES"},
      {"bus", "buses"},
      {"Army", "Armies"},
      {"F/A-18", ""},
      {"LT.", ""},
  };
  for (const PluralCase& c : plurals) EXPECT_EQ(RegularPlural(c.in), c.out) << c.in;
}

TEST(AgentDictionaryTest, StemVersusWholeWord) {
  auto d = MustParse(kSample);
  ASSERT_TRUE(d);
  struct Case {
    std::string_view text;
    std::string_view code;  // "" for no match at token 0
    size_t end;
  };
  const Case cases[] = {
      {"ambassadorial staff", "GOV", 1},  // AMBASSADOR is a stem
      {"envoys met", "GOV", 1},           // ENVOY_ plural
      {"envoyship", "", 0},               // ENVOY_ is whole-word
      {"Foreign Minister Zebari", "GOVFRM", 2},
      {"foreign-ministry officials", "GOVFRM", 3},
      {"Ministry for Agriculture, Fisheries and Food said", "GOVAGR", 7},
      {"congresswomen", "LEG", 1},
  };
  for (const Case& c : cases) {
    auto tokens = Tokens(c.text);
    auto m = d->LongestMatch(c.text, tokens, 0);
    if (c.code.empty()) {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->entry->code, c.code) << c.text;
    EXPECT_EQ(m->end, c.end) << c.text;
  }
}

struct MalformedCase {
  std::string_view contents, message;
};

const MalformedCase kMalformed[] = {
    {"ISLAMIC_EXTREMIST\n", "t.agents:1: missing '[' (no code)"},
    {"MINISTER [GOV]\n", "t.agents:1: agent code 'GOV' needs one '~' before or after it"},
    {"MINISTER [~GOV~]\n", "t.agents:1: agent code '~GOV~' needs one '~' before or after it"},
    {"MINISTER [~]\n", "t.agents:1: agent code '~' needs one '~' before or after it"},
    {"MINISTER [~G-V]\n", "t.agents:1: bad agent code 'G-V'"},
    {"MINISTER [~GOV\n", "t.agents:1: missing ']'"},
    {"MINISTER [~GOV] [~MIL]\n", "t.agents:1: want exactly one [code]"},
    {"MINISTER [~GOV] trailing\n", "t.agents:1: unexpected text 'trailing' outside [...]"},
    {"[~GOV]\n", "t.agents:1: no agent phrase before '['"},
    {"THIEF {THIEVES [~CRM]\n", "t.agents:1: missing '}'"},
    {"THIEF {THIEVES} X [~CRM]\n", "t.agents:1: text between '}' and '['"},
    {"THIEF {__} [~CRM]\n", "t.agents:1: empty plural in {...}"},
    {"!X! = , ,\n", "t.agents:1: !X! has no values"},
    {"CONGRESS!PERSON! [~LEG]\n", "t.agents:1: undefined marker !PERSON!"},
    {"CONGRESS!PERSON [~LEG]\n", "t.agents:1: unclosed '!' marker"},
    {"!A! = 1,2,3,4,5,6,7,8\nX!A!!A!!A!!A!!A! [~X]\n",
     "t.agents:2: markers expand to too many phrases"},
};

TEST(AgentDictionaryTest, MalformedLineIsAnErrorWithFileAndLine) {
  for (const MalformedCase& c : kMalformed) {
    auto d = AgentDictionary::Parse("t.agents", c.contents);
    ASSERT_FALSE(d.ok()) << c.contents;
    EXPECT_EQ(d.status().code(), StatusCode::kCorruption) << c.contents;
    EXPECT_EQ(d.status().message(), c.message) << c.contents;
  }
}

TEST(AgentDictionaryTest, SkipMalformedWarnsAndKeepsTheRest) {
  for (const MalformedCase& c : kMalformed) {
    std::string contents = std::string(c.contents) + "GOOD [~GUD]\n";
    std::vector<std::string> warnings;
    auto d = AgentDictionary::Parse("t.agents", contents, {.skip_malformed = true}, &warnings);
    ASSERT_TRUE(d.ok()) << c.contents;
    EXPECT_EQ(warnings, std::vector<std::string>{std::string(c.message)}) << c.contents;
    EXPECT_NE((*d)->Find("GOOD"), nullptr) << c.contents;
  }
}

TEST(AgentDictionaryTest, MacroRedefinitionReplaces) {
  auto d = MustParse("!P! = MAN\n!P! = WOMAN\nX!P! [~X]\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Find("XMAN_"), nullptr);
  EXPECT_NE(d->Find("XWOMAN_"), nullptr);
}

TEST(AgentDictionaryTest, PhoenixAgentsLoad) {
  const std::string path = testing::SharedDir() + "/dictionaries/phoenix/Phoenix.agents.txt";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto strict = AgentDictionary::LoadFile(path);
  ASSERT_FALSE(strict.ok());  // one line has no code
  EXPECT_EQ(strict.status().message(), "Phoenix.agents.txt:1927: missing '[' (no code)");
  std::vector<std::string> warnings;
  auto d = AgentDictionary::LoadFile(path, {.skip_malformed = true}, &warnings);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(warnings, std::vector<std::string>{"Phoenix.agents.txt:1927: missing '[' (no code)"});
  EXPECT_GT((*d)->entries().size(), 2000u);
  struct Case {
    std::string_view phrase, code;
    AgentEntry::Affix affix;
  };
  const Case cases[] = {
      {"minister", "GOV", AgentEntry::Affix::kSuffix},
      {"ministers", "GOV", AgentEntry::Affix::kSuffix},
      {"president", "GOV", AgentEntry::Affix::kSuffix},
      {"police", "COP", AgentEntry::Affix::kSuffix},
      {"congressman", "LEG", AgentEntry::Affix::kSuffix},
      {"peacekeeping troops", "IGO", AgentEntry::Affix::kPrefix},
      {"attorney general", "JUD", AgentEntry::Affix::kSuffix},  // ATTORNEY-GENERAL, the later line
  };
  for (const Case& c : cases) {
    const AgentEntry* e = (*d)->Find(c.phrase);
    ASSERT_NE(e, nullptr) << c.phrase;
    EXPECT_EQ(e->code, c.code) << c.phrase;
    EXPECT_EQ(e->affix, c.affix) << c.phrase;
  }
  const std::string text = "The Foreign Minister met the defence ministry.";
  auto tokens = Tokens(text);
  auto m = (*d)->LongestMatch(text, tokens, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 3u);
}

}  // namespace
}  // namespace newsgraph::lexicon
