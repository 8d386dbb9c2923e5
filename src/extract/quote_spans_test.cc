#include "extract/quote_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::extract {
namespace {

// The quoted words of each span, "…]" marking an unclosed one.
std::vector<std::string> Quoted(std::string_view text) {
  std::vector<std::string> out;
  for (const QuotedSpan& q : FindQuotedSpans(text, 0, static_cast<uint32_t>(text.size()))) {
    EXPECT_LE(q.open, q.start);
    EXPECT_LT(q.start, q.end);
    EXPECT_LE(q.end, q.close);
    out.push_back(std::string(text.substr(q.start, q.end - q.start)) + (q.closed ? "" : "…]"));
  }
  return out;
}

TEST(QuoteSpansTest, Marks) {
  struct Case {
    std::string text;
    std::vector<std::string> quoted;
  };
  const std::vector<Case> cases = {
      {"\"a b,\" he said, \"c.\"", {"a b,", "c."}},
      {"\xE2\x80\x9C"
       "a\xE2\x80\x9D x \xE2\x80\x9C"
       "b\xE2\x80\x9D",
       {"a", "b"}},
      {"\xC2\xAB a \xE2\x80\x9C"
       "b\xE2\x80\x9D c \xC2\xBB",
       {"a \xE2\x80\x9C"
        "b\xE2\x80\x9D c"}},
      {"\xE2\x80\x9EHallo\xE2\x80\x9C, er sagte.", {"Hallo"}},
      {"\xE2\x80\x98It\xE2\x80\x99s fine,\xE2\x80\x99 she said.", {"It\xE2\x80\x99s fine,"}},
      {"\xE2\x80\x9C"
       "a \xE2\x80\x98"
       "b\xE2\x80\x99 c\xE2\x80\x9D",
       {"a \xE2\x80\x98"
        "b\xE2\x80\x99 c"}},
      {"\"mixed\xE2\x80\x9D pair", {"mixed"}},
      {"culture.\" And education. \"", {}},  // a stray closer, then a mark opening nothing
      {"He said \"we will", {"we will…]"}},  // unclosed: runs to the range end
      {"a 15\" screen", {}},                 // an inch sign
      {"\xE2\x80\x9D stray closer \xC2\xBB", {}},
      {"don\xE2\x80\x99t and won\xE2\x80\x99t", {}},
      {"\"\" and \"  \"", {}},  // nothing quoted
      {"", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Quoted(c.text), c.quoted);
  }
}

TEST(QuoteSpansTest, RangeBounds) {
  const std::string text = "x \"a\" \"b c\" y";
  const auto spans = FindQuotedSpans(text, 6, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start), "b c");
  // A range ending inside a quote leaves it unclosed at the range end.
  const auto cut = FindQuotedSpans(text, 0, 9);
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_FALSE(cut[1].closed);
  EXPECT_EQ(cut[1].close, 9u);
}

}  // namespace
}  // namespace newsgraph::extract
