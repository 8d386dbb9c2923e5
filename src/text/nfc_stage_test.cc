// Stage 6 (stages.h) and the quick check it runs first (nfc_check.h).
#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "text/nfc_check.h"
#include "text/stages.h"
#include "text/utf8_chars.h"

namespace newsgraph::text {
namespace {

bool Suspect(const std::string& s) {
  auto ranges = NfcSuspectRanges(s);
  EXPECT_TRUE(ranges.ok());
  return !ranges->empty();
}

// The scan skips blocks by lead byte (and Arabic letters by their second
// byte): every character the quick check fails on must still be seen,
// wherever it sits in a block.
TEST(NfcCheckTest, FailsExactlyOnQuickCheckNoOrMaybe) {
  for (UChar32 c = 1; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const bool yes = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
    // One offset per code point, in turn: lanes 1, 14 and 15 of a block,
    // the last byte of one and the first of the next.
    const size_t pad = std::array<size_t, 5>{1, 14, 15, 63, 64}[static_cast<size_t>(c) % 5];
    ASSERT_EQ(Suspect(std::string(pad, 'a') + Utf8(c) + "b"), !yes) << std::hex << c;
  }
}

// ... and every combining mark, whose order the check compares.
TEST(NfcCheckTest, SeesTheOrderOfEveryCombiningMark) {
  const UChar32 low = 0x0334, high = 0x0345;  // combining classes 1 and 240
  ASSERT_EQ(u_getCombiningClass(low), 1);
  ASSERT_EQ(u_getCombiningClass(high), 240);
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    const uint8_t ccc = U_IS_SURROGATE(c) ? 0 : u_getCombiningClass(c);
    if (ccc == 0) continue;
    if (ccc > 1) {
      EXPECT_TRUE(Suspect(std::string(63, 'a') + Utf8(c) + Utf8(low))) << std::hex << c;
    }
    if (ccc < 240) {
      std::string s(1, 'a');
      s += Utf8(high);
      s += Utf8(c);
      EXPECT_TRUE(Suspect(s)) << std::hex << c;
    }
  }
}

TEST(NfcCheckTest, RangesRunBetweenQuickYesStarters) {
  // "xe" + U+0301 + "y": the range holds the e the accent composes with.
  auto ranges = NfcSuspectRanges("xe\xCC\x81y");
  ASSERT_TRUE(ranges.ok());
  ASSERT_EQ(ranges->size(), 1u);
  EXPECT_EQ((*ranges)[0].begin, 1u);
  EXPECT_EQ((*ranges)[0].end, 4u);
  // Shadda then fatha (combining classes 33, 30) must be reordered.
  EXPECT_TRUE(Suspect("\u0628\u0651\u064e"));
  EXPECT_FALSE(Suspect("\u0628\u064e\u0651"));
  EXPECT_FALSE(Suspect("plain text, caf\u00e9, \u0642\u0627\u0644, \u4e2d\u6587"));
}

// The stage as it was before the quick check: ICU over the whole text.
std::vector<TextEdit> WholeTextEdits(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits changes;
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                     &changes, err);
  std::vector<TextEdit> edits;
  icu::Edits::Iterator it = changes.getFineChangesIterator();
  while (it.next(err)) {
    edits.push_back({static_cast<uint32_t>(it.sourceIndex()),
                     static_cast<uint32_t>(it.sourceIndex() + it.oldLength()),
                     normalized.substr(static_cast<size_t>(it.destinationIndex()),
                                       static_cast<size_t>(it.newLength())),
                     "nfc", ""});
  }
  EXPECT_TRUE(U_SUCCESS(err));
  return edits;
}

// Normalising each suspect range alone gives ICU's edits for the whole text.
TEST(NfcStageTest, RangesGiveTheEditsOfTheWholeText) {
  const UChar32 alphabet[] = {
      'a',   'e',    'A',    ' ',    0xE9,   0x301,  0x327,  0x308,   0x334,   0x345,  0x651,
      0x64E, 0x64B,  0x627,  0x653,  0x654,  0x648,  0x1100, 0x1161,  0x11A8,  0xAC00, 0x212B,
      0x958, 0x2000, 0x0F73, 0x0B3E, 0x0B47, 0x1E0B, 0x323,  0x1F600, 0x1D15E, 0x5D9,  0x5B4};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t k = rng() % 24; k > 0; --k) s += Utf8(alphabet[rng() % std::size(alphabet)]);
    auto got = FindNfcEdits(s);
    ASSERT_TRUE(got.ok());
    const auto want = WholeTextEdits(s);
    ASSERT_EQ(got->size(), want.size()) << s;
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ((*got)[k].begin, want[k].begin) << s;
      EXPECT_EQ((*got)[k].end, want[k].end) << s;
      EXPECT_EQ((*got)[k].replacement, want[k].replacement) << s;
    }
  }
}

}  // namespace
}  // namespace newsgraph::text
