#include "text/mojibake_scan.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>

#include "text/badness.h"
#include "text/utf8_chars.h"

namespace newsgraph::text {
namespace {

// The scan skips blocks by lead byte: it must still stop at every
// character with a badness class, wherever it sits in a 64-byte block, and
// nowhere else.
TEST(MojibakeScanTest, NextSuspectStopsAtEveryClassedCharacterOnly) {
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const bool classed = BadClasses(c) != 0;
    if (!classed && c % 61 != 0) continue;  // a sample of the rest
    for (size_t pad : {0, 15, 63, 70}) {
      const std::string s = std::string(pad, 'x') + Utf8(c) + "yz";
      EXPECT_EQ(NextSuspect(s, 0), classed ? pad : s.size()) << std::hex << c << " at " << pad;
    }
  }
}

TEST(MojibakeScanTest, NextSuspectSkipsArabicAndStartsMidText) {
  const std::string arabic = "\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 ";  // قال وزير
  std::string s;
  for (int k = 0; k < 20; ++k) s += arabic;
  EXPECT_EQ(NextSuspect(s, 0), s.size());
  const size_t quote = s.size();
  s += "\u00ab";  // « has a class
  s += arabic;
  EXPECT_EQ(NextSuspect(s, 0), quote);
  EXPECT_EQ(NextSuspect(s, quote + 2), s.size());
}

TEST(MojibakeScanTest, BadAroundLooksAtNeighbours) {
  const std::string mojibake = "caf\u00c3\u00a9";  // cafÃ©
  EXPECT_TRUE(BadAround(mojibake, NextSuspect(mojibake, 0)));
  const std::string clean = "caf\u00e9 \u00ab ok \u00bb";
  EXPECT_FALSE(BadAround(clean, NextSuspect(clean, 0)));
}

}  // namespace
}  // namespace newsgraph::text
