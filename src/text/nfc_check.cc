#include "text/nfc_check.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

#include "text/byte_masks.h"

namespace newsgraph::text {
namespace {

// One bit per BMP code point: a starter (combining class 0) with
// NFC_Quick_Check=Yes. Such a character never fails the check and resets
// the combining-class order.
struct QuickYesTable {
  std::vector<uint64_t> bits = std::vector<uint64_t>(0x10000 / 64, 0);
  Status status;

  bool Has(UChar32 c) const {
    return c >= 0 && c < 0x10000 && ((bits[static_cast<size_t>(c) >> 6] >> (c & 63)) & 1) != 0;
  }
};

const QuickYesTable& Table() {
  static const QuickYesTable table = [] {
    QuickYesTable t;
    UErrorCode err = U_ZERO_ERROR;
    icu::UnicodeSet yes, starters;
    yes.applyIntPropertyValue(UCHAR_NFC_QUICK_CHECK, UNORM_YES, err);
    starters.applyIntPropertyValue(UCHAR_CANONICAL_COMBINING_CLASS, 0, err);
    if (U_FAILURE(err)) {
      t.status = Status::Internal(std::string("ICU NFC properties: ") + u_errorName(err));
      return t;
    }
    yes.retainAll(starters);
    for (int32_t r = 0; r < yes.getRangeCount(); ++r) {
      for (UChar32 c = yes.getRangeStart(r); c <= yes.getRangeEnd(r) && c < 0x10000; ++c) {
        t.bits[static_cast<size_t>(c) >> 6] |= uint64_t{1} << (c & 63);
      }
    }
    return t;
  }();
  return table;
}

// Lead bytes of characters that may not be quick-yes starters. Below
// U+0300 (leads < 0xCC) every character is one; so are the Arabic letters,
// which share lead bytes 0xD8-0xDB with the Arabic marks: those leads are
// selected only before a mark's second byte (U+0610-061A, U+064B-065F,
// U+0670, U+06D6-06ED). A test checks this against ICU for every code point.
bytes::V MayNotBeQuickYes(const char* q) {
  const bytes::V v = bytes::Load16(q);
  const bytes::V next = bytes::Load16(q + 1);
  const bytes::V arabic_mark =
      (bytes::Eq(v, 0xD8) & bytes::Between(next, 0x90, 0x9A)) |
      (bytes::Eq(v, 0xD9) & (bytes::Between(next, 0x8B, 0x9F) | bytes::Eq(next, 0xB0))) |
      (bytes::Eq(v, 0xDB) & bytes::Between(next, 0x96, 0xAD));
  return bytes::AndNot(bytes::Between(v, 0xCC, 0xFF), bytes::Between(v, 0xD8, 0xDB)) | arabic_mark;
}

}  // namespace

Result<std::vector<ByteRange>> NfcSuspectRanges(std::string_view text) {
  const QuickYesTable& table = Table();
  if (!table.status.ok()) return table.status;
  std::vector<ByteRange> ranges;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  size_t i = 0, checked_to = 0;  // end of the last character looked at
  size_t last_starter = 0;       // start of the last quick-yes starter (0: none yet)
  bool open = false;             // a range began at ranges.back().begin
  uint8_t last_ccc = 0;
  auto close = [&](size_t at) {
    if (open) ranges.back().end = static_cast<uint32_t>(at);
    open = false;
  };
  for (;;) {
    i = bytes::FindFirst(text, i, MayNotBeQuickYes);
    if (i != checked_to) {  // skipped characters are all quick-yes starters
      close(checked_to);
      last_ccc = 0;
      last_starter = i - 1;
      while ((p[last_starter] & 0xC0) == 0x80) --last_starter;
    }
    if (i >= text.size()) break;
    auto j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, j, n, c);
    if (table.Has(c)) {
      close(i);
      last_starter = i;
      last_ccc = 0;
    } else {
      const uint8_t ccc = c < 0 ? 0 : u_getCombiningClass(c);
      const bool fails = c < 0 || (ccc != 0 && last_ccc > ccc) ||
                         u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
      if (fails && !open) {
        // Starts at or after the end of the previous range, which ended at
        // a quick-yes starter no later than last_starter.
        ranges.push_back({static_cast<uint32_t>(last_starter), 0});
        open = true;
      }
      last_ccc = ccc;
    }
    i = checked_to = static_cast<size_t>(j);
  }
  close(text.size());
  return ranges;
}

}  // namespace newsgraph::text
