#include "text/cleaner.h"

#include <gtest/gtest.h>

#include <ostream>

#include <string>

namespace newsgraph::text {
namespace {

struct CleanCase {
  const char* name;
  std::string raw;
  std::string want;
  const char* repair_kind;  // a kind that must be reported, or "" for none
};

// Names the case in gtest output instead of dumping its bytes.
void PrintTo(const CleanCase& c, std::ostream* os) { *os << c.name; }

class CleanerTest : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanerTest, Repairs) {
  const CleanCase& c = GetParam();
  auto r = Clean(c.raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->mapped.text(), c.want);
  if (std::string(c.repair_kind).empty()) {
    EXPECT_TRUE(r->repairs.empty());
  } else {
    bool found = false;
    for (const Repair& rep : r->repairs) found |= rep.kind == c.repair_kind;
    EXPECT_TRUE(found) << "no repair of kind " << c.repair_kind;
  }
  for (const Repair& rep : r->repairs) {
    EXPECT_LE(rep.span.start, rep.span.end);
    EXPECT_LE(rep.span.end, r->mapped.text().size());
    EXPECT_EQ(c.raw.substr(rep.span.raw_start, rep.span.raw_end - rep.span.raw_start), rep.before);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CleanerTest,
    ::testing::Values(
        CleanCase{"clean_text_untouched", "Iraq agreed.\n\nThe US left.", "Iraq agreed.\n\nThe US left.", ""},
        CleanCase{"bom", "\xef\xbb\xbfHello", "Hello", "bom"},
        CleanCase{"crlf", "a\r\nb", "a\nb", "newline"},
        CleanCase{"lone_cr", "a\rb", "a\nb", "newline"},
        CleanCase{"control", "a\x07" "b", "ab", "control"},
        CleanCase{"c1_control", "a\xc2\x85" "b", "ab", "control"},
        CleanCase{"zero_width_space", "a\xe2\x80\x8b" "b", "ab", "invisible"},
        CleanCase{"nbsp", "a\xc2\xa0" "b", "a b", "whitespace"},
        CleanCase{"space_run", "a   b", "a b", "whitespace"},
        CleanCase{"tab", "a\tb", "a b", "whitespace"},
        CleanCase{"trailing_space", "a  \nb", "a\nb", "whitespace"},
        CleanCase{"blank_lines", "a\n\n\n\nb", "a\n\nb", "whitespace"},
        CleanCase{"blank_line_with_spaces", "a\n  \nb", "a\n\nb", "whitespace"},
        CleanCase{"leading_trailing", "\n\n  a  \n\n", "a", "whitespace"},
        CleanCase{"nfc", "e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9", "nfc"},
        CleanCase{"arabic_kept", "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf",
                  "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf", ""},
        CleanCase{"zwj_emoji_kept", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
                  "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", ""}),
    [](const ::testing::TestParamInfo<CleanCase>& info) { return info.param.name; });

TEST(CleanerTest, SpansMapBackToRaw) {
  std::string raw = "\xef\xbb\xbf  Iraq\r\n\r\n\r\nagreed  with\tthe US.";
  auto r = Clean(raw);
  ASSERT_TRUE(r.ok());
  const std::string& text = r->mapped.text();
  ASSERT_EQ(text, "Iraq\n\nagreed with the US.");
  size_t pos = text.find("agreed");
  Span s = r->mapped.MakeSpan(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 6));
  EXPECT_EQ(raw.substr(s.raw_start, s.raw_end - s.raw_start), "agreed");
  pos = text.find("the US.");
  s = r->mapped.MakeSpan(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 7));
  EXPECT_EQ(raw.substr(s.raw_start, s.raw_end - s.raw_start), "the US.");
}

TEST(CleanerTest, NfcSpanCoversDecomposedRawBytes) {
  std::string raw = "Cafe\xcc\x81 open";
  auto r = Clean(raw);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->mapped.text(), "Caf\xc3\xa9 open");
  Span s = r->mapped.MakeSpan(0, 5);  // "Café"
  EXPECT_EQ(raw.substr(s.raw_start, s.raw_end - s.raw_start), "Cafe\xcc\x81");
}

}  // namespace
}  // namespace newsgraph::text
