#include "text/text_traits.h"

#include <algorithm>
#include <cstdint>

#include "text/byte_masks.h"

namespace newsgraph::text {
namespace {

// Per-byte classes, OR-ed over the text.
enum : uint8_t {
  kPlain = 0,
  kAmp = 1,
  kNonAscii = 2,
  kControl = 4,
  kSpace = 8,
  kNewline = 16,
  kHigh = 32,  // >= 0xCC
};

constexpr auto kClass = [] {
  struct Table {
    uint8_t c[256];
  } t{};
  for (int b = 0; b < 256; ++b) {
    uint8_t v = kPlain;
    if (b == '&') v = kAmp;
    if (b >= 0x80) v = kNonAscii;
    if (b >= 0xCC) v = kNonAscii | kHigh;
    if ((b < 0x20 && b != '\n') || b == 0x7F) v = kControl;
    if (b == ' ') v = kSpace;
    if (b == '\n') v = kNewline;
    t.c[b] = v;
  }
  return t;
}();

// Scalar scan of p[from, n); `prev` is the class of p[from - 1] and
// `newlines` the length of the '\n' run ending there.
void ScanScalar(const uint8_t* p, size_t from, size_t n, uint8_t* seen, bool* layout,
                bool* paragraph, uint8_t prev, size_t newlines) {
  for (size_t i = from; i < n; ++i) {
    uint8_t c = kClass.c[p[i]];
    *seen |= c;
    if (c == kPlain || c == kAmp) {  // the common case: nothing to track
      prev = c;
      newlines = 0;
      continue;
    }
    if (c == kSpace && (prev == kSpace || prev == kNewline)) *layout = true;  // "  ", "\n "
    if (c == kNewline) {
      if (prev == kSpace) *layout = true;  // " \n"
      if (++newlines == 2) *paragraph = true;
      if (newlines >= 3) *layout = true;
    } else {
      newlines = 0;
    }
    prev = c;
  }
}

// 16 bytes at a time over p[from, n), from >= 2, n - from a multiple of
// 16: each test is a lane mask, OR-ed into an accumulator, and the
// adjacent-pair tests read the same bytes shifted by one and two (unaligned
// loads at p - 1 and p - 2), so the loop has no branch but its own.
void ScanBlocks(const char* p, size_t from, size_t n, uint8_t* seen, bool* layout,
                bool* paragraph) {
  using bytes::V;
  V any = {}, amp = {}, control = {}, high = {}, bad_layout = {}, pair = {};
  for (size_t i = from; i < n; i += 16) {
    const V v = bytes::Load16(p + i);
    const V space = bytes::Eq(v, ' '), nl = bytes::Eq(v, '\n');
    const V before = bytes::Load16(p + i - 1);
    const V space_before = bytes::Eq(before, ' '), nl_before = bytes::Eq(before, '\n');
    const V nl_two_before = bytes::Eq(bytes::Load16(p + i - 2), '\n');
    any = any | v;
    amp = amp | bytes::Eq(v, '&');
    control = control | bytes::AndNot(bytes::Between(v, 0x00, 0x1F), nl) | bytes::Eq(v, 0x7F);
    high = high | bytes::Between(v, 0xCC, 0xFF);
    // "  ", "\n ", " \n", "\n\n\n"
    bad_layout = bad_layout | (space & (space_before | nl_before)) | (nl & space_before) |
                 (nl & nl_before & nl_two_before);
    pair = pair | (nl & nl_before);
  }
  if (bytes::Bits(any)) *seen |= kNonAscii;
  if (bytes::Bits(amp)) *seen |= kAmp;
  if (bytes::Bits(control)) *seen |= kControl;
  if (bytes::Bits(high)) *seen |= kHigh;
  if (bytes::Bits(bad_layout)) *layout = true;
  if (bytes::Bits(pair)) *paragraph = true;
}

}  // namespace

TextTraits ScanTraits(std::string_view text) {
  TextTraits t;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  if (n == 0) return t;
  uint8_t seen = 0;
  bool layout = kClass.c[p[0]] & (kSpace | kNewline) || kClass.c[p[n - 1]] & (kSpace | kNewline);
  bool paragraph = false;
  // Bytes [0, 2) one at a time (the blocks read two bytes back), then
  // blocks of 16, then the tail one at a time with the state recomputed
  // from the bytes before it.
  const size_t head = std::min<size_t>(n, 2);
  ScanScalar(p, 0, head, &seen, &layout, &paragraph, kPlain, 0);
  const size_t done = head + (n - head) / 16 * 16;
  ScanBlocks(text.data(), head, done, &seen, &layout, &paragraph);
  uint8_t prev = kClass.c[p[done - 1]];
  size_t newlines = 0;
  while (newlines < done && p[done - 1 - newlines] == '\n') ++newlines;
  ScanScalar(p, done, n, &seen, &layout, &paragraph, prev, newlines);
  t.has_ampersand = seen & kAmp;
  t.has_non_ascii = seen & kNonAscii;
  t.has_odd_control = seen & kControl;
  t.has_layout_issue = layout;
  t.has_paragraph_break = paragraph;
  t.may_need_nfc = seen & kHigh;
  return t;
}

void AddBytes(std::string_view s, TextTraits* traits) {
  uint8_t seen = 0;
  for (char c : s) seen |= kClass.c[static_cast<uint8_t>(c)];
  traits->has_ampersand |= (seen & kAmp) != 0;
  traits->has_non_ascii |= (seen & kNonAscii) != 0;
  traits->has_odd_control |= (seen & kControl) != 0;
  traits->may_need_nfc |= (seen & kHigh) != 0;
}

}  // namespace newsgraph::text
