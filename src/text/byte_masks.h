// Byte scanning 16 and 64 bytes at a time for the cleaner's stages: a test
// on a 16-byte vector gives a bit per byte, four of them a 64-bit mask, and
// FindFirst() walks a text to the first byte a test selects. Clean text is
// mostly bytes no stage cares about; this is how the stages skip it.
//
// SSE2 where the compiler targets it (every x86-64), a plain loop over the
// 16 bytes elsewhere; both give the same bits.
//
// Thread-safety: stateless inline functions.
#ifndef NEWSGRAPH_TEXT_BYTE_MASKS_H_
#define NEWSGRAPH_TEXT_BYTE_MASKS_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::text::bytes {

// Sixteen bytes; a "lane mask" holds 0xFF in selected lanes, 0 elsewhere.
#if defined(__SSE2__)
struct V {
  __m128i v;
};
inline V Load16(const char* p) { return {_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))}; }
inline V operator|(V a, V b) { return {_mm_or_si128(a.v, b.v)}; }
inline V operator&(V a, V b) { return {_mm_and_si128(a.v, b.v)}; }
// a & ~b
inline V AndNot(V a, V b) { return {_mm_andnot_si128(b.v, a.v)}; }
inline V Eq(V a, uint8_t c) { return {_mm_cmpeq_epi8(a.v, _mm_set1_epi8(static_cast<char>(c)))}; }
// Lanes with lo <= byte <= hi (unsigned).
inline V Between(V a, uint8_t lo, uint8_t hi) {
  const __m128i clamped = _mm_min_epu8(_mm_max_epu8(a.v, _mm_set1_epi8(static_cast<char>(lo))),
                                       _mm_set1_epi8(static_cast<char>(hi)));
  return {_mm_cmpeq_epi8(clamped, a.v)};
}
// Bit k = top bit of lane k.
inline uint32_t Bits(V a) { return static_cast<uint32_t>(_mm_movemask_epi8(a.v)); }
#else
struct V {
  uint8_t b[16];
};
inline V Load16(const char* p) {
  V r;
  std::memcpy(r.b, p, 16);
  return r;
}
template <typename F>
inline V Lanes(F f) {
  V r;
  for (int k = 0; k < 16; ++k) r.b[k] = f(k) ? 0xFF : 0;
  return r;
}
inline V operator|(V a, V b) {
  return Lanes([&](int k) { return (a.b[k] | b.b[k]) != 0; });
}
inline V operator&(V a, V b) {
  return Lanes([&](int k) { return (a.b[k] & b.b[k]) != 0; });
}
inline V AndNot(V a, V b) {
  return Lanes([&](int k) { return (a.b[k] & ~b.b[k] & 0xFF) != 0; });
}
inline V Eq(V a, uint8_t c) {
  return Lanes([&](int k) { return a.b[k] == c; });
}
inline V Between(V a, uint8_t lo, uint8_t hi) {
  return Lanes([&](int k) { return a.b[k] >= lo && a.b[k] <= hi; });
}
inline uint32_t Bits(V a) {
  uint32_t m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<uint32_t>(a.b[k] >> 7) << k;
  return m;
}
#endif

// Bytes a test may read past its 16: a test is called with a pointer `q`
// and may load from [q, q + 16 + kPeek).
inline constexpr size_t kPeek = 16;

// Bit k of the result = bit k % 16 of test(p + 16 * (k / 16)).
// REQUIRES: [p, p + 64 + kPeek) is readable.
template <typename Test>
inline uint64_t Mask64(const char* p, Test test) {
  return uint64_t{Bits(test(p))} | uint64_t{Bits(test(p + 16))} << 16 |
         uint64_t{Bits(test(p + 32))} << 32 | uint64_t{Bits(test(p + 48))} << 48;
}

// Mask64 over s[i, i + 64), safe at the end of `s`: bytes past the end read
// as 0 and their bits are cleared. REQUIRES: i < s.size().
template <typename Test>
inline uint64_t BlockMask(std::string_view s, size_t i, Test test) {
  const size_t left = s.size() - i;
  if (left >= 64 + kPeek) return Mask64(s.data() + i, test);
  char buf[64 + kPeek] = {};
  std::memcpy(buf, s.data() + i, std::min(left, sizeof(buf)));
  const uint64_t m = Mask64(buf, test);
  return left >= 64 ? m : m & ((uint64_t{1} << left) - 1);
}

// The first position >= `from` whose byte `test` selects, or s.size().
template <typename Test>
inline size_t FindFirst(std::string_view s, size_t from, Test test) {
  for (size_t i = from; i < s.size(); i += 64) {
    const uint64_t m = BlockMask(s, i, test);
    if (m != 0) return i + static_cast<size_t>(std::countr_zero(m));
  }
  return s.size();
}

// The first "\n\n" at or after `from`, or std::string_view::npos.
inline size_t FindParagraphBreak(std::string_view s, size_t from) {
  const size_t at = FindFirst(
      s, from, [](const char* q) { return Eq(Load16(q), '\n') & Eq(Load16(q + 1), '\n'); });
  return at < s.size() ? at : std::string_view::npos;
}

}  // namespace newsgraph::text::bytes

#endif  // NEWSGRAPH_TEXT_BYTE_MASKS_H_
