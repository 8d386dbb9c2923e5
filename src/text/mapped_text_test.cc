#include "text/mapped_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::text {
namespace {

TEST(MappedTextTest, IdentityMapsEveryByteToItself) {
  MappedText m = MappedText::Identity("abc");
  Span s = m.MakeSpan(1, 3);
  EXPECT_EQ(s.raw_start, 1u);
  EXPECT_EQ(s.raw_end, 3u);
}

TEST(MappedTextTest, ReplacementMapsToWholeReplacedRange) {
  MappedText raw = MappedText::Identity("a\r\nb");
  MappedTextBuilder b(raw);
  b.Copy(0, 1);
  b.Replace(1, 3, "\n");
  b.Copy(3, 4);
  MappedText out = std::move(b).Finish();
  ASSERT_EQ(out.text(), "a\nb");
  Span nl = out.MakeSpan(1, 2);
  EXPECT_EQ(nl.raw_start, 1u);
  EXPECT_EQ(nl.raw_end, 3u);
  Span last = out.MakeSpan(2, 3);
  EXPECT_EQ(last.raw_start, 3u);
  EXPECT_EQ(last.raw_end, 4u);
}

TEST(MappedTextTest, StagesCompose) {
  MappedText raw = MappedText::Identity("xx  yy");
  MappedTextBuilder b1(raw);  // delete the first x
  b1.Replace(0, 1, "");
  b1.Copy(1, 6);
  MappedText one = std::move(b1).Finish();  // "x  yy"
  MappedTextBuilder b2(one);                // collapse the two spaces
  b2.Copy(0, 1);
  b2.Replace(1, 3, " ");
  b2.Copy(3, 5);
  MappedText two = std::move(b2).Finish();
  ASSERT_EQ(two.text(), "x yy");
  Span yy = two.MakeSpan(2, 4);
  EXPECT_EQ(yy.raw_start, 4u);
  EXPECT_EQ(yy.raw_end, 6u);
  Span space = two.MakeSpan(1, 2);
  EXPECT_EQ(space.raw_start, 2u);
  EXPECT_EQ(space.raw_end, 4u);
}

TEST(MappedTextTest, EmptySpanAtEndMapsToRawEnd) {
  MappedText m = MappedText::Identity("ab");
  Span s = m.MakeSpan(2, 2);
  EXPECT_EQ(s.raw_start, 2u);
  EXPECT_EQ(s.raw_end, 2u);
}

TEST(MappedTextTest, TextRangeForRawInvertsMakeSpan) {
  MappedText raw = MappedText::Identity("a\r\nb");
  MappedTextBuilder b(raw);
  b.Copy(0, 1);
  b.Replace(1, 3, "\n");
  b.Copy(3, 4);
  MappedText out = std::move(b).Finish();
  uint32_t start = 0, end = 0;
  out.TextRangeForRaw(1, 3, &start, &end);
  EXPECT_EQ(start, 1u);
  EXPECT_EQ(end, 2u);
}

}  // namespace
}  // namespace newsgraph::text

namespace newsgraph::text {
namespace {

TEST(MappedTextTest, UntouchedTextIsOnePiece) {
  MappedText raw = MappedText::Identity("some clean text");
  MappedTextBuilder b(raw);
  b.Copy(0, 4);
  b.Copy(4, 15);
  MappedText out = std::move(b).Finish();
  EXPECT_EQ(out.piece_count(), 1u);
  EXPECT_EQ(out.MakeSpan(5, 10).raw_start, 5u);
}

TEST(MappedTextTest, CopyAcrossReplacementPiecesKeepsTheirRanges) {
  MappedText raw = MappedText::Identity("ab\r\ncd\r\nef");
  MappedTextBuilder b1(raw);
  b1.Copy(0, 2);
  b1.Replace(2, 4, "\n");
  b1.Copy(4, 6);
  b1.Replace(6, 8, "\n");
  b1.Copy(8, 10);
  MappedText one = std::move(b1).Finish();  // "ab\ncd\nef"
  MappedTextBuilder b2(one);
  b2.Replace(0, 1, "");  // drop 'a'
  b2.Copy(1, 8);
  MappedText two = std::move(b2).Finish();  // "b\ncd\nef"
  ASSERT_EQ(two.text(), "b\ncd\nef");
  Span nl = two.MakeSpan(1, 2);
  EXPECT_EQ(nl.raw_start, 2u);
  EXPECT_EQ(nl.raw_end, 4u);
  Span cd_nl_e = two.MakeSpan(2, 6);
  EXPECT_EQ(cd_nl_e.raw_start, 4u);
  EXPECT_EQ(cd_nl_e.raw_end, 9u);
  uint32_t start = 0, end = 0;
  two.TextRangeForRaw(6, 8, &start, &end);
  EXPECT_EQ(start, 4u);
  EXPECT_EQ(end, 5u);
  two.TextRangeForRaw(0, 1, &start, &end);  // the deleted 'a'
  EXPECT_EQ(start, 0u);
  EXPECT_EQ(end, 0u);
}

}  // namespace
}  // namespace newsgraph::text

namespace newsgraph::text {
namespace {

// The cursor form of TextRangeForRaw (ranges in raw order) gives what the
// one-off form gives, over maps of many pieces built by several stages.
TEST(MappedTextTest, TextRangeForRawWithCursorMatchesOneOff) {
  std::mt19937 rng(9);
  for (int round = 0; round < 300; ++round) {
    std::string raw(1 + rng() % 120, 'a');
    MappedText text = MappedText::Identity(raw);
    for (int stage = 0; stage < 3; ++stage) {
      MappedTextBuilder b(text);
      uint32_t at = 0;
      const uint32_t n = static_cast<uint32_t>(text.text().size());
      while (at < n) {
        uint32_t copy = std::min<uint32_t>(n - at, rng() % 8);
        b.Copy(at, at + copy);
        at += copy;
        uint32_t cut = std::min<uint32_t>(n - at, rng() % 3);
        b.Replace(at, at + cut, std::string(rng() % 3, 'r'));
        at += cut;
      }
      text = std::move(b).Finish();
    }
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    for (int k = 0; k < 40; ++k) {
      uint32_t s = rng() % (raw.size() + 1), e = rng() % (raw.size() + 1);
      ranges.push_back({std::min(s, e), std::max(s, e)});
    }
    std::sort(ranges.begin(), ranges.end());
    size_t cursor = 0;
    for (auto [s, e] : ranges) {
      uint32_t a = 0, b = 0, c = 0, d = 0;
      text.TextRangeForRaw(s, e, &a, &b);
      text.TextRangeForRaw(s, e, &c, &d, &cursor);
      EXPECT_EQ(a, c);
      EXPECT_EQ(b, d);
    }
  }
}

}  // namespace
}  // namespace newsgraph::text
