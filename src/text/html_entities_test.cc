#include "text/html_entities.h"

#include <gtest/gtest.h>

namespace newsgraph::text {
namespace {

TEST(HtmlEntitiesTest, DefaultTableHasTheWhatwgNames) {
  auto t = HtmlEntityTable::LoadDefault();
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_GT(t->size(), 2000u);
  ASSERT_NE(t->Find("eacute"), nullptr);
  EXPECT_EQ(*t->Find("eacute"), "\xc3\xa9");
  EXPECT_EQ(t->Find("nonsense"), nullptr);
}

TEST(HtmlEntitiesTest, DecodesReferences) {
  auto t = HtmlEntityTable::LoadDefault();
  ASSERT_TRUE(t.ok());
  struct Case {
    const char* in;
    const char* want;  // nullptr: not decoded
    size_t length;
  } cases[] = {
      {"&amp; rest", "&", 5},      {"&#65;", "A", 5},          {"&#x41;", "A", 6},
      {"&#X1F1EE;", "\xf0\x9f\x87\xae", 9}, {"&amp", nullptr, 0}, {"&#;", nullptr, 0},
      {"&#x110000;", nullptr, 0},  {"&#xDC00;", nullptr, 0},   {"&a b;", nullptr, 0},
      {"&#9999999999999;", nullptr, 0},
  };
  for (const Case& c : cases) {
    size_t length = 0;
    auto v = DecodeReference(c.in, *t, &length);
    if (c.want == nullptr) {
      EXPECT_FALSE(v.has_value()) << c.in;
    } else {
      ASSERT_TRUE(v.has_value()) << c.in;
      EXPECT_EQ(*v, c.want);
      EXPECT_EQ(length, c.length) << c.in;
    }
  }
}

TEST(HtmlEntitiesTest, MalformedTableNamesTheLine) {
  auto t = HtmlEntityTable::Parse("e.tsv", "name\tvalue\namp\tU+0026\nbad\tU+ZZ\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("e.tsv:3"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::text
