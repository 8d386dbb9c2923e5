#include "text/byte_masks.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsgraph::text {
namespace {

bytes::V IsX(const char* q) { return bytes::Eq(bytes::Load16(q), 'x'); }
bytes::V IsHigh(const char* q) { return bytes::Between(bytes::Load16(q), 0xC0, 0xFF); }

// FindFirst and FindParagraphBreak against std::string_view::find, at every
// start offset, on texts around the block sizes (the end is where the
// padded copy takes over).
TEST(ByteMasksTest, FindAgreesWithStringFind) {
  std::mt19937 rng(5);
  const char alphabet[] = {'a', 'x', '\n', '\n', '\xc3', '\xa9'};
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 160, 'a');
    for (char& c : s) c = rng() % 4 ? 'a' : alphabet[rng() % sizeof(alphabet)];
    const std::string_view v(s);
    for (size_t from = 0; from <= s.size(); from += 1 + rng() % 7) {
      size_t want = v.find('x', from);
      EXPECT_EQ(bytes::FindFirst(v, from, IsX), want == v.npos ? s.size() : want);
      want = v.find_first_of("\xc3", from);
      EXPECT_EQ(bytes::FindFirst(v, from, IsHigh), want == v.npos ? s.size() : want);
      EXPECT_EQ(bytes::FindParagraphBreak(v, from), v.find("\n\n", from));
    }
  }
}

TEST(ByteMasksTest, BlockMaskClearsBitsPastTheEnd) {
  const std::string s(10, 'x');
  EXPECT_EQ(bytes::BlockMask(s, 0, IsX), (uint64_t{1} << 10) - 1);
  EXPECT_EQ(bytes::BlockMask(s, 7, IsX), uint64_t{7});
  const std::string t(200, 'x');
  EXPECT_EQ(bytes::BlockMask(t, 0, IsX), ~uint64_t{0});
  EXPECT_EQ(bytes::BlockMask(t, 150, IsX), (uint64_t{1} << 50) - 1);
}

TEST(ByteMasksTest, BetweenIsUnsigned) {
  std::string s(16, '\0');
  for (int k = 0; k < 16; ++k) s[k] = static_cast<char>(k * 16 + 5);
  EXPECT_EQ(bytes::Bits(bytes::Between(bytes::Load16(s.data()), 0x20, 0x7F)), 0x00FCu);
  EXPECT_EQ(bytes::Bits(bytes::Between(bytes::Load16(s.data()), 0xC0, 0xFF)), 0xF000u);
}

}  // namespace
}  // namespace newsgraph::text
