#include "text/cleaner.h"

#include <gtest/gtest.h>

#include <ostream>

#include <string>

#include "test_support.h"

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
    EXPECT_TRUE(r->repairs.empty()) << r->repairs.front().kind;
  } else {
    bool found = false;
    for (const Repair& rep : r->repairs) found |= rep.kind == c.repair_kind;
    EXPECT_TRUE(found) << "no repair of kind " << c.repair_kind;
  }
  for (const Repair& rep : r->repairs) {
    if (rep.kind == "duplicate_paragraph" || rep.kind == "boilerplate") continue;
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
        // U+0081 has no Windows-1252 meaning: a real control, removed.
        CleanCase{"c1_control", "a\xc2\x81" "b", "ab", "control"},
        // U+0085 is Windows-1252's 0x85 decoded as Latin-1: the ellipsis.
        CleanCase{"c1_as_windows_1252", "a\xc2\x85" "b", "a\xe2\x80\xa6" "b", "mojibake"},
        CleanCase{"zero_width_space", "a\xe2\x80\x8b" "b", "ab", "invisible"},
        CleanCase{"nbsp", "a\xc2\xa0" "b", "a b", "whitespace"},
        CleanCase{"space_run", "a   b", "a b", "whitespace"},
        CleanCase{"tab", "a\tb", "a b", "whitespace"},
        CleanCase{"trailing_space", "a  \nb", "a\nb", "whitespace"},
        CleanCase{"blank_lines", "A.\n\n\n\nB", "A.\n\nB", "whitespace"},
        CleanCase{"blank_line_with_spaces", "A\n  \nB", "A\n\nB", "whitespace"},
        CleanCase{"leading_trailing", "\n\n  a  \n\n", "a", "whitespace"},
        CleanCase{"nfc", "e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9", "nfc"},
        CleanCase{"arabic_kept", "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf",
                  "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf", ""},
        CleanCase{"zwj_emoji_kept", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
                  "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", ""},
        CleanCase{"named_entity", "Tom &amp; Jerry", "Tom & Jerry", "html_entity"},
        CleanCase{"numeric_entity", "caf&#233; &#x263A;", "caf\xc3\xa9 \xe2\x98\xba", "html_entity"},
        CleanCase{"nbsp_entity_becomes_space", "a&nbsp;b", "a b", "html_entity"},
        CleanCase{"unterminated_entity_kept", "AT&T and &copy 2020", "AT&T and &copy 2020", ""},
        CleanCase{"unknown_entity_kept", "&bogus; &#0; &#xD800;", "&bogus; &#0; &#xD800;", ""},
        CleanCase{"double_escaped_decoded_once", "&amp;amp;", "&amp;", "html_entity"},
        CleanCase{"fragment_comma", "to fight ISIS\n\n, and had a role\n\n, will be discussed\n\n.",
                  "to fight ISIS, and had a role, will be discussed.", "paragraph_join"},
        CleanCase{"fragment_lowercase", "the talks were held\n\nin Baghdad.",
                  "the talks were held in Baghdad.", "paragraph_join"},
        CleanCase{"paragraphs_kept_after_full_stop", "It ended.\n\nthe next day, talks resumed.",
                  "It ended.\n\nthe next day, talks resumed.", ""},
        CleanCase{"capitalised_paragraph_kept", "no full stop\n\nNew paragraph.",
                  "no full stop\n\nNew paragraph.", ""}),
    [](const ::testing::TestParamInfo<CleanCase>& info) { return info.param.name; });

TEST(CleanerTest, SpansMapBackToRaw) {
  std::string raw = "\xef\xbb\xbf  Iraq\r\n\r\n\r\nAgreed  with\tthe US.";
  auto r = Clean(raw);
  ASSERT_TRUE(r.ok());
  const std::string& text = r->mapped.text();
  ASSERT_EQ(text, "Iraq\n\nAgreed with the US.");
  size_t pos = text.find("Agreed");
  Span s = r->mapped.MakeSpan(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 6));
  EXPECT_EQ(raw.substr(s.raw_start, s.raw_end - s.raw_start), "Agreed");
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

namespace newsgraph::text {
namespace {

std::string Slice(const std::string& s, const Span& span) {
  return s.substr(span.start, span.end - span.start);
}

TEST(CleanerTest, SampleIsRepaired) {
  auto raw = ::newsgraph::testing::ReadFile(
      ::newsgraph::testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  auto r = Clean(*raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string& text = r->mapped.text();
  // The mojibake flag comes out as the Iraqi flag.
  EXPECT_NE(text.find("Prime Minister \xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 (@IraqiPMO)"),
            std::string::npos);
  // The shattered paragraph is whole again.
  EXPECT_NE(text.find("to fight ISIS, and had an influential role in this field, will be discussed."),
            std::string::npos);
  // The repeated paragraph and the tweet credit are flagged and excluded.
  int duplicates = 0, credits = 0;
  for (const Exclusion& x : r->excluded) {
    std::string excluded = Slice(text, x.span);
    if (x.kind == "duplicate_paragraph") {
      ++duplicates;
      EXPECT_EQ(excluded.rfind("The Commander-in-Chief of the Armed Forces emphasized", 0), 0u);
    } else if (excluded.rfind("- Media Office", 0) == 0) {
      ++credits;
    }
  }
  EXPECT_EQ(duplicates, 1);
  EXPECT_EQ(credits, 1);
  // "(French)" is AFP's credit, machine-translated.
  bool agency = false;
  for (const Exclusion& x : r->excluded) agency |= Slice(text, x.span) == "(French)";
  EXPECT_TRUE(agency);
}

// Regression: a flag's `after` repeated the raw `before`, so the tweet
// credit's flag showed the mojibake the text no longer holds.
TEST(CleanerTest, FlagAfterIsTheRepairedText) {
  auto raw = ::newsgraph::testing::ReadFile(
      ::newsgraph::testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  auto r = Clean(*raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  int flags = 0;
  for (const Repair& x : r->repairs) {
    if (x.kind != "boilerplate" && x.kind != "duplicate_paragraph") continue;
    ++flags;
    EXPECT_EQ(x.after, Slice(r->mapped.text(), x.span)) << x.kind;
    if (x.before.find("@IraqiPMO") != std::string::npos) {
      EXPECT_NE(x.after, x.before);
      EXPECT_NE(x.after.find("\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6"), std::string::npos);
    }
  }
  EXPECT_EQ(flags, 3);
}

}  // namespace
}  // namespace newsgraph::text
