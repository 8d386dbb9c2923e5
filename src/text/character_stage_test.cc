// Stage 3 (stages.h): which characters change. The stage skips 64-byte
// blocks by lead byte, so every code point is checked at several places in
// a block against the stage's definition.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

#include "text/stages.h"
#include "text/utf8_chars.h"

namespace newsgraph::text {
namespace {

// The kind of edit the stage makes for `c` inside a text, or "".
std::string ExpectedKind(UChar32 c) {
  if (c == '\r') return "newline";
  if (c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
      c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x1680) {
    return "whitespace";
  }
  if ((c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return "control";
  if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0xAD) return "invisible";
  return "";
}

TEST(CharacterStageTest, EveryCodePointAnywhereInABlock) {
  for (UChar32 c = 1; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const std::string want = ExpectedKind(c);
    // One offset per code point, in turn (every offset for the few that
    // change): lanes 1, 14 and 15 of a block, the end of one, the next.
    for (size_t pad : {1, 14, 15, 63, 64}) {
      if (want.empty() &&
          pad != std::array<size_t, 5>{1, 14, 15, 63, 64}[static_cast<size_t>(c) % 5]) {
        continue;
      }
      const std::string s = std::string(pad, 'a') + Utf8(c) + "b";
      const auto edits = FindCharacterEdits(s);
      if (want.empty()) {
        ASSERT_TRUE(edits.empty()) << std::hex << c << " at " << pad;
      } else {
        ASSERT_EQ(edits.size(), 1u) << std::hex << c << " at " << pad;
        EXPECT_EQ(edits[0].kind, want) << std::hex << c;
        EXPECT_EQ(edits[0].begin, pad);
        EXPECT_EQ(edits[0].end, pad + Utf8(c).size());
      }
    }
  }
}

TEST(CharacterStageTest, BomOnlyAtTheStartAndCrLf) {
  auto edits = FindCharacterEdits("\xEF\xBB\xBFx\r\ny\rz");
  ASSERT_EQ(edits.size(), 3u);
  EXPECT_STREQ(edits[0].kind, "bom");
  EXPECT_STREQ(edits[1].kind, "newline");
  EXPECT_EQ(edits[1].end - edits[1].begin, 2u);  // CR LF -> LF
  EXPECT_EQ(edits[1].replacement, "\n");
  EXPECT_STREQ(edits[2].kind, "newline");
  EXPECT_EQ(edits[2].end - edits[2].begin, 1u);
}

}  // namespace
}  // namespace newsgraph::text
