#include "lexicon/name_key.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::lexicon {
namespace {

const NameKeyRules& Rules() {
  static const NameKeyRules rules = [] {
    auto r = NameKeyRules::LoadDefault();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : NameKeyRules();
  }();
  return rules;
}

TEST(NameKeyTest, SpellingsOfOneNameShareAKey) {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Mustafa Al-Kazemi", "Mustafa al-Kadhimi"},
      {"Mustafa al Kadhimi", "MUSTAFA AL-KAZEMI"},
      {"Anthony Blinken", "Antony Blinken"},
      {"Youssef Qassem", "Yusef Kassem"},
      {"Fuad Hussein", "Fouad Husein"},
  };
  for (const auto& [a, b] : same) {
    EXPECT_EQ(Rules().Key(a), Rules().Key(b)) << a << " / " << b;
  }
  EXPECT_EQ(Rules().Key("Mustafa Al-Kazemi"), "mstf kzm");
  EXPECT_NE(Rules().Key("Fuad Hussein"), Rules().Key("Saddam Hussein"));
}

TEST(NameKeyTest, SurnameKeySkipsArticles) {
  EXPECT_EQ(Rules().SurnameKey("Mustafa Al-Kazemi"), "kzm");
  EXPECT_EQ(Rules().SurnameKey("Al-Kazemi"), "kzm");
  EXPECT_EQ(Rules().SurnameKey("Ali al Sistani"), Rules().SurnameKey("Sistani"));
  EXPECT_EQ(Rules().Key("al"), "");
  EXPECT_EQ(Rules().SurnameKey(""), "");
}

TEST(NameKeyTest, MalformedRulesNameTheLine) {
  const std::string header = "from\tto\tkind\tnote\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"al\tx\tarticle\t\n", "t.tsv:2: an article has no replacement"},
      {"DH\tz\trewrite\t\n", "t.tsv:2: \"DH\" must be lower-case ASCII letters"},
      {"dh\tz\tswap\t\n", "t.tsv:2: kind \"swap\" is neither \"article\" nor \"rewrite\""},
      {"dh\tz\n", "t.tsv:2: expected 4 tab-separated fields, got 2"},
  };
  for (const auto& [row, message] : cases) {
    auto r = NameKeyRules::Parse("t.tsv", header + row);
    ASSERT_FALSE(r.ok()) << row;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    EXPECT_NE(r.status().message().find(message), std::string::npos) << r.status().ToString();
  }
}

}  // namespace
}  // namespace newsgraph::lexicon
