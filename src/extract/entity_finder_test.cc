#include "extract/entity_finder.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/test_document.h"
#include "test_support.h"

namespace newsgraph::extract {
namespace {

using newsgraph::testing::MakeDocument;

const EntityFinder& Finder() {
  static const std::shared_ptr<const EntityFinder> finder = [] {
    auto f = EntityFinder::CreateDefault();
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? std::move(f).value() : nullptr;
  }();
  return *finder;
}

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
      {"He met Fuad Hussein in Baghdad.", {"Fuad Hussein/UNKNOWN/-", "Baghdad/GPE/IRQ"}},
      {"In Washington, officials met.", {"Washington/GPE/USA"}},
      {"They visited New Mexico.", {"New Mexico/UNKNOWN/-"}},
      {"He read the Washington Post today.", {"Washington Post/UNKNOWN/-"}},
      {"Premier Mustafa al-Kadhimi spoke.", {"Premier Mustafa al-Kadhimi/UNKNOWN/-"}},
      {"Talks between Baghdad and Washington ended.", {"Baghdad/GPE/IRQ", "Washington/GPE/USA"}},
      {"It is an Iraqi-American deal.", {"Iraqi/NORP/IRQ", "American/NORP/USA"}},
      {"He joined the Ministry of Foreign Affairs.", {"Ministry of Foreign Affairs/UNKNOWN/-"}},
      {"He thanked the Bank of Iraq.", {"Bank/UNKNOWN/-", "Iraq/GPE/IRQ"}},
      {"The Commander-in-Chief spoke on Monday.", {"Commander-in-Chief/UNKNOWN/-"}},
      {"The turkey was eaten in Turkey.", {"Turkey/GPE/TUR"}},
      {"Commenting on this, Russia said no.", {"Russia/GPE/RUS"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = MakeDocument(c.text);
    EXPECT_EQ(MentionSummary(Finder().Find(doc)), c.mentions);
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
}

TEST(EntityFinderTest, SentenceInitialWordNeedsSupport) {
  Document doc = MakeDocument("Hussein spoke. Officials met Fuad Hussein. Reuters said so.");
  std::vector<Entity> entities = Finder().Find(doc);
  std::vector<std::string> names;
  for (const Entity& e : entities) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Hussein", "Fuad Hussein"}));
  EXPECT_EQ(entities[0].rule, "baseline:capitalized-span");
  EXPECT_EQ(entities[0].type, "UNKNOWN");
  EXPECT_FALSE(entities[0].actor.code.has_value());
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
                                         {"Washington", "GPE", "USA"},
                                         {"Baghdad", "GPE", "IRQ"},
                                         {"Iraqi", "NORP", "IRQ"},
                                         {"American", "NORP", "USA"},
                                         {"Fuad Hussein", "UNKNOWN", ""},
                                         {"Anthony Blinken", "UNKNOWN", ""}}) {
    auto it = std::find_if(entities.begin(), entities.end(),
                           [&](const Entity& e) { return e.name == w.name; });
    ASSERT_NE(it, entities.end()) << w.name;
    EXPECT_EQ(it->type, w.type) << w.name;
    EXPECT_EQ(it->actor.code.value_or(""), w.code) << w.name;
  }

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
