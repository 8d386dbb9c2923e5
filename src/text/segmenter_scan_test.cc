#include "text/segmenter_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsgraph::text {
namespace {

// Random texts over the bytes the scans care about: every mark byte, the
// leads and second bytes of the multi-byte marks and of the Arabic comma and
// semicolon (which are not marks), stray continuation bytes, letters, spaces
// and line breaks. Long enough for the 16-byte blocks and their tails.
std::string RandomText(std::mt19937& rng, size_t size) {
  static const std::string kAlphabet =
      ".!?:)\n \t\naZ\xD8\xDB\xE2\x80\x81\x96\x97\x8C\x9B\x9F\x94\xA6\xBC\x87\xA2\xAA\xA7";
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1);
  std::string s;
  for (size_t i = 0; i < size; ++i) s.push_back(kAlphabet[pick(rng)]);
  return s;
}

TEST(SegmenterScanTest, FastScansAgreeWithTheReferences) {
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string text = RandomText(rng, 1 + round % 70);
    const auto n = static_cast<uint32_t>(text.size());
    for (uint32_t end = 0; end <= n; end += 1 + end % 5) {
      for (uint32_t i = 0; i <= end; ++i) {
        ASSERT_EQ(NextSentenceMark(text, i, end), NextSentenceMarkSlow(text, i, end))
            << "round " << round << " i " << i << " end " << end;
        ASSERT_EQ(LongestLine(text, i, end), LongestLineSlow(text, i, end))
            << "round " << round << " i " << i << " end " << end;
      }
    }
    for (uint32_t from = 0; from <= n; ++from) {
      ASSERT_EQ(FindBlankLine(text, from), FindBlankLineSlow(text, from)) << round;
    }
  }
}

TEST(SegmenterScanTest, FindsMarks) {
  // Filler longer than a 16-byte block before each mark.
  const std::string pad(37, 'x');
  for (std::string mark : {".", "!", "?", ":", ")", "\n", "\xE2\x80\xA6" /* … */,
                           "\xE2\x80\xBC" /* ‼ */, "\xE2\x81\x89" /* ⁉ */, "\xE2\x80\xA2" /* • */,
                           "\xE2\x97\x8F" /* ● */, "\xD8\x9F" /* ؟ */, "\xDB\x94" /* ۔ */}) {
    std::string text = pad + mark + pad;
    EXPECT_EQ(NextSentenceMark(text, 0, static_cast<uint32_t>(text.size())), pad.size()) << mark;
  }
}

TEST(SegmenterScanTest, SkipsCommasSemicolonsAndOtherPunctuation) {
  for (std::string other :
       {",", ";", "\xD8\x9B" /* ؛ */, "\xE2\x80\x99" /* ’ */,
        "\xE2\x80\x94" /* — */, "\xD9\x8C" /* ٌ */, "\xDB\x8C" /* ی */}) {
    std::string text = std::string(20, 'x') + other + std::string(20, 'x');
    const auto n = static_cast<uint32_t>(text.size());
    EXPECT_EQ(NextSentenceMark(text, 0, n), n) << other;
  }
}

TEST(SegmenterScanTest, StopsAtTheArabicComma) {  // a clause end (sentence_rules.h)
  std::string text = std::string(20, 'x') + "\xD8\x8C" + std::string(20, 'x');
  EXPECT_EQ(NextSentenceMark(text, 0, static_cast<uint32_t>(text.size())), 20u);
}

TEST(SegmenterScanTest, MultiByteMarkNeedsItsSecondByteInRange) {
  std::string text = "ab\xD8\x9F";
  EXPECT_EQ(NextSentenceMark(text, 0, 3), 3u);
  EXPECT_EQ(NextSentenceMark(text, 0, 4), 2u);
}

TEST(SegmenterScanTest, LongestLineTrimsSpacesAndTabs) {
  std::string text = "  one  \nthree three\n\t\n";
  EXPECT_EQ(LongestLine(text, 0, static_cast<uint32_t>(text.size())), 11u);
  EXPECT_EQ(LongestLine(text, 0, 7), 3u);
  EXPECT_EQ(LongestLine(text, 3, 3), 0u);
  EXPECT_EQ(FindBlankLine("a\n\nb", 0), 1u);
  EXPECT_EQ(FindBlankLine("a\n\nb", 2), 4u);
}

}  // namespace
}  // namespace newsgraph::text
