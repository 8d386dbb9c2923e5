#include "text/mojibake_scan.h"

#include <unicode/utf8.h>

#include "text/badness.h"
#include "text/byte_masks.h"

namespace newsgraph::text {
namespace {

// Bytes that may lead a character with a badness class: the lead bytes
// LeadClassTable() marks (C2-C6, CB, CE-D2, E2, EF; MojibakeScanTest checks
// every classed character against it). ASCII and continuation bytes never do.
bytes::V MayLeadClassed(const char* q) {
  const bytes::V v = bytes::Load16(q);
  return bytes::Between(v, 0xC2, 0xC6) | bytes::Eq(v, 0xCB) | bytes::Between(v, 0xCE, 0xD2) |
         bytes::Eq(v, 0xE2) | bytes::Eq(v, 0xEF);
}

}  // namespace

size_t NextSuspect(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (;;) {
    i = bytes::FindFirst(s, i, MayLeadClassed);
    if (i >= s.size()) return s.size();
    UChar32 c;
    int32_t j = static_cast<int32_t>(i);
    U8_NEXT(p, j, n, c);
    if (c >= 0 && BadClasses(c) != 0) return i;
    i = static_cast<size_t>(j);
  }
}

bool BadAround(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  UChar32 window[9];
  UChar32 before[2];
  size_t nb = 0;
  int32_t b = static_cast<int32_t>(pos);
  while (nb < 2 && b > 0 && p[b - 1] != '\n') {
    UChar32 c;
    U8_PREV(p, 0, b, c);
    before[nb++] = c;
  }
  size_t n = 0;
  for (size_t k = nb; k > 0; --k) window[n++] = before[k - 1];
  int32_t i = static_cast<int32_t>(pos);
  while (n < 9 && i < static_cast<int32_t>(s.size()) && p[i] != '\n') {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
    window[n++] = c;
  }
  const bool at_start = b == 0 || p[b - 1] == '\n';
  std::span<const UChar32> w(window, n);
  for (size_t k = 0; k <= nb; ++k) {
    if (BadAt(w, k, at_start && k == 0)) return true;
  }
  return false;
}

}  // namespace newsgraph::text
