#include "text/text_traits.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsgraph::text {
namespace {

// The vectorised scan must agree with a plain reading of the definitions.
TextTraits Reference(const std::string& s) {
  TextTraits t;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    t.has_ampersand |= c == '&';
    t.has_non_ascii |= c >= 0x80;
    t.has_odd_control |= (c < 0x20 && c != '\n') || c == 0x7F;
    t.may_need_nfc |= c >= 0xCC;
    if (i > 0) {
      char a = s[i - 1], b = s[i];
      t.has_layout_issue |= (a == ' ' && b == ' ') || (a == '\n' && b == ' ') || (a == ' ' && b == '\n');
      t.has_paragraph_break |= a == '\n' && b == '\n';
    }
    if (i > 1) t.has_layout_issue |= s[i - 2] == '\n' && s[i - 1] == '\n' && s[i] == '\n';
  }
  if (!s.empty()) {
    auto ws = [](char c) { return c == ' ' || c == '\n'; };
    t.has_layout_issue |= ws(s.front()) || ws(s.back());
  }
  return t;
}

void ExpectSame(const std::string& s) {
  TextTraits got = ScanTraits(s), want = Reference(s);
  EXPECT_EQ(got.has_ampersand, want.has_ampersand) << s;
  EXPECT_EQ(got.has_non_ascii, want.has_non_ascii) << s;
  EXPECT_EQ(got.has_odd_control, want.has_odd_control) << s;
  EXPECT_EQ(got.has_layout_issue, want.has_layout_issue) << s;
  EXPECT_EQ(got.has_paragraph_break, want.has_paragraph_break) << s;
  EXPECT_EQ(got.may_need_nfc, want.may_need_nfc) << s;
}

TEST(TextTraitsTest, Examples) {
  TextTraits clean = ScanTraits("Iraq agreed.\n\nThe US left.");
  EXPECT_FALSE(clean.has_layout_issue);
  EXPECT_TRUE(clean.has_paragraph_break);
  EXPECT_FALSE(clean.has_non_ascii);
  for (const char* s : {"", "a", " a", "a ", "a  b", "a\n b", "a \nb", "a\n\n\nb", "x&y", "caf\xc3\xa9",
                        "e\xcc\x81", "a\tb", "a\x7f", "0123456789abcde  f", "0123456789abcdef\n\nx",
                        "0123456789abcde\n\n\nx", "0123456789abcdefghijklmnopqrstu\n\n"}) {
    ExpectSame(s);
  }
}

TEST(TextTraitsTest, AgreesWithReferenceOnRandomText) {
  std::mt19937 rng(7);
  const char alphabet[] = {'a', 'b', ' ', ' ', '\n', '&', '\t', '\x7f', '\xc3', '\xa9', '\xcc', '.'};
  for (int round = 0; round < 3000; ++round) {
    std::string s(rng() % 70, 'x');
    for (char& c : s) c = alphabet[rng() % sizeof(alphabet)];
    ExpectSame(s);
  }
}

TEST(TextTraitsTest, AddBytesSetsByteFlagsOnly) {
  TextTraits t;
  AddBytes("a&b", &t);
  EXPECT_TRUE(t.has_ampersand);
  EXPECT_FALSE(t.has_non_ascii);
  AddBytes("\xcc\x81\t  \n\n", &t);
  EXPECT_TRUE(t.has_non_ascii);
  EXPECT_TRUE(t.may_need_nfc);
  EXPECT_TRUE(t.has_odd_control);
  EXPECT_FALSE(t.has_layout_issue);
  EXPECT_FALSE(t.has_paragraph_break);
}

}  // namespace
}  // namespace newsgraph::text
