#include "extract/entity_finder.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/actor_coder.h"
#include "extract/test_document.h"
#include "test_support.h"

namespace newsgraph::extract {
namespace {

using newsgraph::testing::MakeDocument;

const EntityFinder& Finder() { return testing::DefaultEntityFinder(); }

// "text/TYPE/CODE" for every mention, in text order.
std::vector<std::string> MentionSummary(const std::vector<Entity>& entities) {
  std::vector<std::pair<uint32_t, std::string>> all;
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      all.emplace_back(m.span.start,
                       fmt::format("{}/{}/{}", m.text, e.type, e.actor.code.value_or("-")));
    }
  }
  std::sort(all.begin(), all.end());
  std::vector<std::string> out;
  for (auto& [start, s] : all) out.push_back(std::move(s));
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> mentions;
};

TEST(EntityFinderTest, FindsPlacesAndNames) {
  const std::vector<Case> cases = {
      {"Iraq agreed with the United States.", {"Iraq/GPE/IRQ", "United States/GPE/USA"}},
      {"The U.S. and the US met.", {"U.S./GPE/USA", "US/GPE/USA"}},
      {"Officials told us nothing.", {}},
      {"Iraq's prime minister spoke.", {"Iraq/GPE/IRQ"}},
      {"Iraq\xE2\x80\x99s leaders spoke.", {"Iraq/GPE/IRQ"}},
      {"He met Fuad Hussein in Baghdad.", {"Fuad Hussein/PERSON/IRQGOV", "Baghdad/GPE/IRQ"}},
      {"In Washington, officials met.", {"Washington/GPE/USA"}},
      {"Premier Mustafa al-Kadhimi spoke.", {"Mustafa al-Kadhimi/PERSON/IRQGOV"}},
      {"It is an Iraqi-American deal.", {"Iraqi/NORP/IRQ", "American/NORP/USA"}},
      {"He joined the Ministry of Foreign Affairs.", {"Ministry of Foreign Affairs/ORG/-"}},
      {"The Commander-in-Chief spoke on Monday.", {}},  // a title with no one holding it
      {"The turkey was eaten in Turkey.", {"Turkey/GPE/TUR"}},
      {"Commenting on this, Russia said no.", {"Russia/GPE/RUS"}},
      // "Isis" is not the acronym; the model does not take it for a name.
      {"ISIS fighters and Isis fans.", {"ISIS/ORG/IMGMUSISI"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = MakeDocument(c.text);
    EXPECT_EQ(MentionSummary(Finder().Find(doc)), c.mentions);
  }
}

// A longer name that contains a country's is not that country; its type is
// the named-entity model's, so only text and code are checked here.
TEST(EntityFinderTest, BlockedNamesAreNotTheCountryInside) {
  const std::vector<Case> cases = {
      {"They visited New Mexico.", {"New Mexico/-"}},
      {"He read the Washington Post today.", {"Washington Post/-"}},
      {"He thanked the Bank of Iraq.", {"Bank/-", "Iraq/IRQ"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<std::string> got;
    for (const Entity& e : Finder().Find(MakeDocument(c.text))) {
      for (const Mention& m : e.mentions) got.push_back(m.text + "/" + e.actor.code.value_or("-"));
    }
    EXPECT_EQ(got, c.mentions);
  }
}

TEST(EntityFinderTest, CapitalsStandForGovernmentsUnlessTheyArePlaces) {
  const std::vector<Case> cases = {
      {"Talks between Baghdad and Washington ended.",
       {"Baghdad/GPE/IRQGOV", "Washington/GPE/USAGOV"}},
      {"Iraq seeks partnership with Washington.", {"Iraq/GPE/IRQ", "Washington/GPE/USAGOV"}},
      {"Washington said no.", {"Washington/GPE/USAGOV"}},
      {"They met in Baghdad and Washington.", {"Baghdad/GPE/IRQ", "Washington/GPE/USA"}},
      {"He visited Baghdad.", {"Baghdad/GPE/IRQ"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(MentionSummary(Finder().Find(MakeDocument(c.text))), c.mentions);
  }
}

TEST(EntityFinderTest, CollectiveActorsTakeTheirCountry) {
  const std::vector<Case> cases = {
      {"The Iraqi government objected.", {"Iraqi government/ORG/IRQGOV"}},
      {"Iraqi political parties protested.", {"Iraqi political parties/ORG/IRQPTY"}},
      {"US forces and American soldiers left.",
       {"US forces/ORG/USAMIL", "American soldiers/ORG/USAMIL"}},
      {"The coalition forces left.", {"coalition forces/ORG/IGOMIL"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(MentionSummary(Finder().Find(MakeDocument(c.text))), c.mentions);
  }
}

// "name|type|code|title/country/sector,..." for each entity with roles.
std::vector<std::string> RoleSummary(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    if (e.roles.empty()) continue;
    std::string roles;
    for (const Role& r : e.roles) {
      if (!roles.empty()) roles += ",";
      roles += fmt::format("{}/{}/{}", r.title, r.country.value_or("-"), r.sector);
    }
    out.push_back(fmt::format("{}|{}|{}|{}", e.name, e.type, e.actor.code.value_or("-"), roles));
  }
  return out;
}

TEST(EntityFinderTest, TitlesAttachToTheNamesTheyDescribe) {
  const std::vector<Case> cases = {
      {"In his speech, the Iraqi Foreign Minister, Fuad Hussein, spoke.",
       {"Fuad Hussein|PERSON|IRQGOV|Foreign Minister/IRQ/GOV"}},
      {"Mustafa Al-Kazemi, Iraqi Prime Minister and Commander in Chief of the Armed Forces, said "
       "it.",
       {"Mustafa al-Kadhimi|PERSON|IRQGOV|Prime Minister/IRQ/GOV,"
        "Commander in Chief of the Armed Forces/IRQ/MIL"}},
      {"The US Secretary of State, Anthony Blinken, agreed.",
       {"Antony Blinken|PERSON|USAGOV|Secretary of State/USA/GOV"}},
      {"Ahmed Salem, the Defense Minister of Iraq, said so.",
       {"Ahmed Salem|PERSON|IRQGOV|Defense Minister/IRQ/GOV"}},
      {"Deputy Prime Minister and Foreign Minister Ahmed Salem of Iraq spoke.",
       {"Ahmed Salem|PERSON|-|Deputy Prime Minister/-/GOV,Foreign Minister/-/GOV"}},
      {"Iraqi Foreign Minister Ahmed Salem spoke.",
       {"Ahmed Salem|PERSON|IRQGOV|Foreign Minister/IRQ/GOV"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(RoleSummary(Finder().Find(MakeDocument(c.text))), c.mentions);
  }
}

// Names of entities with their mention texts: "name: m1 | m2".
std::vector<std::string> Clusters(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    std::string line = e.name + ":";
    for (const Mention& m : e.mentions) line += (line.back() == ':' ? " " : " | ") + m.text;
    out.push_back(line);
  }
  return out;
}

TEST(EntityFinderTest, CorefersNamesAcrossTheArticle) {
  const std::vector<Case> cases = {
      // A surname before and after the full name, one opening a sentence.
      {"Hussein spoke. Officials met Fuad Hussein. They said Hussein left.",
       {"Fuad Hussein: Hussein | Fuad Hussein | Hussein"}},
      // Transliteration variants and the al- article.
      {"Mustafa Al-Kazemi spoke. Al-Kazemi's office and al-Kadhimi agreed.",
       {"Mustafa al-Kadhimi: Mustafa Al-Kazemi | Al-Kazemi | al-Kadhimi"}},
      {"Anthony Blinken met Antony Blinken.", {"Antony Blinken: Anthony Blinken | Antony Blinken"}},
      // Acronym and expansion.
      {"The Kurdistan Democratic Party won. The KDP said so.",
       {"Kurdistan Democratic Party: Kurdistan Democratic Party | KDP"}},
      // A title alone refers to its only holder.
      {"Ahmed Salem, the Iraqi Defense Minister, spoke. The Defense Minister left.",
       {"Ahmed Salem: Ahmed Salem | Defense Minister"}},
      // Two people share the surname: the surname alone stays apart.
      {"Fuad Hussein met Saddam Hussein. They said Hussein left.",
       {"Fuad Hussein: Fuad Hussein", "Saddam Hussein: Saddam Hussein", "Hussein: Hussein"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Clusters(Finder().Find(MakeDocument(c.text))), c.mentions);
  }
}

TEST(EntityFinderTest, DatedRolesSwitchOnTheArticleDate) {
  struct DatedCase {
    std::optional<int32_t> date;
    std::string blinken, biden;
  };
  const std::vector<DatedCase> cases = {
      {20160101, "USAGOV", "USAGOV"},  // Deputy Secretary of State; Vice President
      {20210407, "USAGOV", "USAGOV"},  // Secretary of State; President
      {20250301, "USAELI", "USAELI"},  // both former officials
      {20050101, "-", "USALEG"},       // Blinken held no listed role then; Senator Biden
  };
  for (const DatedCase& c : cases) {
    SCOPED_TRACE(c.date.value_or(0));
    Document doc = MakeDocument("Antony Blinken met Joe Biden.");
    doc.date = c.date;
    std::vector<Entity> entities = Finder().Find(doc);
    ASSERT_EQ(entities.size(), 2u);
    EXPECT_EQ(entities[0].actor.code.value_or("-"), c.blinken);
    EXPECT_EQ(entities[1].actor.code.value_or("-"), c.biden);
    EXPECT_NE(entities[1].actor.reason.find("actors/people.tsv:"), std::string::npos);
  }
}

TEST(EntityFinderTest, GroupsMentionsByNormalisedName) {
  Document doc = MakeDocument("Iraq met the US. The United States and Iraq left. IRAQ won.");
  std::vector<Entity> entities = Finder().Find(doc);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].id, "E1");
  EXPECT_EQ(entities[0].name, "Iraq");
  EXPECT_EQ(entities[0].rule, "gazetteer:countries.tsv:Iraq");
  ASSERT_EQ(entities[0].mentions.size(), 3u);
  EXPECT_EQ(entities[0].mentions[1].sentence, 1u);
  EXPECT_EQ(entities[0].mentions[2].text, "IRAQ");
  EXPECT_EQ(entities[1].id, "E2");
  EXPECT_EQ(entities[1].name, "United States");  // "US" takes the display name
  EXPECT_EQ(entities[1].rule, "gazetteer:aliases.tsv:US");
  EXPECT_EQ(entities[1].actor.country, "USA");
  EXPECT_EQ(entities[1].mentions.size(), 2u);
  ASSERT_TRUE(entities[1].place.has_value());
  EXPECT_EQ(entities[1].place->country, "USA");
}

TEST(EntityFinderTest, SentenceInitialWordNeedsSupport) {
  Document doc = MakeDocument("Hussein spoke. Officials met Fuad Hussein. Reuters said so.");
  std::vector<Entity> entities = Finder().Find(doc);
  std::vector<std::string> names;
  for (const Entity& e : entities) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Fuad Hussein"}));
  EXPECT_EQ(entities[0].rule, "ner+capitalized-span");
  EXPECT_EQ(entities[0].type, "PERSON");
  EXPECT_EQ(entities[0].mentions.size(), 2u);
}

TEST(EntityFinderTest, EmptyDocument) { EXPECT_TRUE(Finder().Find(Document{}).empty()); }

TEST(EntityFinderTest, SampleArticle) {
  auto raw = newsgraph::testing::ReadFile(
      newsgraph::testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  Document doc = MakeDocument(*raw);
  std::vector<Entity> entities = Finder().Find(doc);

  struct Want {
    std::string name, type, code;
  };
  for (const Want& w : std::vector<Want>{{"Iraq", "GPE", "IRQ"},
                                         {"United States", "GPE", "USA"},
                                         {"Washington", "GPE", "USAGOV"},
                                         {"Baghdad", "GPE", "IRQGOV"},
                                         {"Iraqi", "NORP", "IRQ"},
                                         {"Fuad Hussein", "PERSON", "IRQGOV"},
                                         {"Antony Blinken", "PERSON", "USAGOV"},
                                         {"Mustafa al-Kadhimi", "PERSON", "IRQGOV"},
                                         {"Islamic State", "ORG", "IMGMUSISI"},
                                         {"Global Coalition against Daesh", "ORG", "IGOMIL"},
                                         {"Iraqi government", "ORG", "IRQGOV"},
                                         {"Iraqi political parties", "ORG", "IRQPTY"}}) {
    auto it = std::find_if(entities.begin(), entities.end(),
                           [&](const Entity& e) { return e.name == w.name; });
    ASSERT_NE(it, entities.end()) << w.name;
    EXPECT_EQ(it->type, w.type) << w.name;
    EXPECT_EQ(it->actor.code.value_or(""), w.code) << w.name;
    EXPECT_FALSE(it->actor.reason.empty()) << w.name;
  }
  // Every "Hussein" and "Al-Kazemi" is the right person.
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      if (m.text.find("Hussein") != std::string::npos) {
        EXPECT_EQ(e.name, "Fuad Hussein");
      }
      if (m.text.find("Kazemi") != std::string::npos) {
        EXPECT_EQ(e.name, "Mustafa al-Kadhimi");
      }
    }
  }
  auto kadhimi = std::find_if(entities.begin(), entities.end(),
                              [](const Entity& e) { return e.name == "Mustafa al-Kadhimi"; });
  ASSERT_NE(kadhimi, entities.end());
  // MakeDocument keeps the duplicated paragraph and the tweet credit (the
  // analyzer excludes both), so their title-only mentions are there too.
  std::vector<std::string> texts;
  for (const Mention& m : kadhimi->mentions) texts.push_back(m.text);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"Al-Kazemi", "Mustafa Al-Kazemi", "Al-Kazemi", "Al-Kazemi",
                                      "Commander-in-Chief of the Armed Forces", "Prime Minister"}));
  EXPECT_EQ(RoleSummary({*kadhimi}),
            (std::vector<std::string>{"Mustafa al-Kadhimi|PERSON|IRQGOV|Prime Minister/IRQ/GOV,"
                                      "Commander in Chief of the Armed Forces/IRQ/MIL"}));
  EXPECT_EQ(kadhimi->actor.other_sectors, (std::vector<std::string>{"MIL"}));
  EXPECT_EQ(FocusCountry(entities), "IRQ");

  uint32_t last_first_start = 0;
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    EXPECT_EQ(e.id, fmt::format("E{}", i + 1));
    ASSERT_FALSE(e.mentions.empty());
    EXPECT_GE(e.mentions[0].span.start, last_first_start) << e.id;  // first-mention order
    last_first_start = e.mentions[0].span.start;
    for (const Mention& m : e.mentions) {
      SCOPED_TRACE(fmt::format("{} {}", e.id, m.text));
      newsgraph::testing::ExpectSpanOk(doc, m.span, m.sentence, &m.text);
      EXPECT_EQ(raw->substr(m.span.raw_start, m.span.raw_end - m.span.raw_start), m.text);
    }
  }
}

}  // namespace
}  // namespace newsgraph::extract
