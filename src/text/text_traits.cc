#include "text/text_traits.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// 16 bytes at a time: byte masks for each class, and the adjacent-pair tests
// on the masks (bit i = byte i). `carry_*` hold the previous block's last byte.
size_t ScanSse2(const uint8_t* p, size_t n, uint8_t* seen, bool* layout, bool* paragraph) {
  const __m128i amp = _mm_set1_epi8('&'), space = _mm_set1_epi8(' '), nl = _mm_set1_epi8('\n');
  const __m128i del = _mm_set1_epi8(0x7F), below_space = _mm_set1_epi8(0x20);
  const __m128i high = _mm_set1_epi8(static_cast<char>(0xCC - 0x80));
  uint32_t carry_space = 0, carry_nl = 0, carry_nl2 = 0;
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    uint32_t non_ascii = static_cast<uint32_t>(_mm_movemask_epi8(v));
    uint32_t m_amp = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, amp)));
    uint32_t m_space = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
    uint32_t m_nl = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)));
    // Signed compare: ASCII bytes < 0x20 are controls (non-ASCII bytes are
    // negative and also "less", so mask them out).
    uint32_t m_ctl = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, below_space))) &
                     ~non_ascii & ~m_nl;
    m_ctl |= static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, del)));
    if (non_ascii) {
      *seen |= kNonAscii;
      // bytes >= 0xCC: (v - 0x80) as signed >= 0x4C
      __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(0x80)));
      uint32_t m_high = static_cast<uint32_t>(
          _mm_movemask_epi8(_mm_cmpgt_epi8(shifted, _mm_sub_epi8(high, _mm_set1_epi8(1)))));
      if (m_high & non_ascii) *seen |= kHigh;
    }
    if (m_amp) *seen |= kAmp;
    if (m_ctl) *seen |= kControl;
    // Shifted-in previous byte: bit 0 of (m << 1 | carry) is the byte before.
    uint32_t before_space = (m_space << 1) | carry_space;
    uint32_t before_nl = (m_nl << 1) | carry_nl;
    uint32_t before_nl2 = (m_nl << 2) | (carry_nl << 1) | carry_nl2;  // two bytes back
    if ((m_space & (before_space | before_nl)) || (m_nl & before_space)) *layout = true;
    if (m_nl & before_nl) {
      *paragraph = true;
      if (m_nl & before_nl & before_nl2) *layout = true;
    }
    carry_space = (m_space >> 15) & 1;
    carry_nl = (m_nl >> 15) & 1;
    carry_nl2 = (m_nl >> 14) & 1;
  }
  return i;
}
#endif

}  // namespace

TextTraits ScanTraits(std::string_view text) {
  TextTraits t;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  if (n == 0) return t;
  uint8_t seen = 0;
  bool layout = kClass.c[p[0]] & (kSpace | kNewline) || kClass.c[p[n - 1]] & (kSpace | kNewline);
  bool paragraph = false;
  size_t done = 0;
#if defined(__SSE2__)
  done = ScanSse2(p, n, &seen, &layout, &paragraph);
#endif
  // The tail, with the state the vector loop left (recomputed from the bytes
  // just before `done`).
  uint8_t prev = done > 0 ? kClass.c[p[done - 1]] : uint8_t{kPlain};
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

}  // namespace newsgraph::text
