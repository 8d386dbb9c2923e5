#include "text/segmenter_scan.h"

#include <algorithm>
#include <array>

#include "text/list_markers.h"
#include "text/utf8_chars.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::text {
namespace {

// The multi-byte marks, once decoded.
bool IsMultiByteMark(UChar32 c) {
  return c == kEllipsisChar || IsBang(c) || IsBulletChar(c) || c == kArabicComma;
}

// Bytes where a mark may be: the ASCII marks, the lead byte 0xE2 of … ‼ ⁇ ⁈ ⁉
// and the bullets, and the *second* bytes of the Arabic marks (؟ D8 9F,
// ۔ DB 94, ، D8 8C). Arabic letters mostly lead with 0xD8 too, so looking for the
// rarer second byte keeps Arabic text on the fast path.
constexpr uint8_t kHitBytes[] = {'.', '!', '?', ':', ')', '\n', 0xE2, 0x9F, 0x94, 0x8C};

constexpr std::array<bool, 256> MakeHitTable() {
  std::array<bool, 256> t{};
  for (uint8_t b : kHitBytes) t[b] = true;
  return t;
}
constexpr std::array<bool, 256> kHit = MakeHitTable();

// The first k in [i, end) with kHit[p[k]], or end.
uint32_t NextHit(const uint8_t* p, uint32_t i, uint32_t end) {
#if defined(__SSE2__)
  // Hoisted constants; one compare per byte value of kHitBytes.
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), q = _mm_set1_epi8('?');
  const __m128i colon = _mm_set1_epi8(':'), paren = _mm_set1_epi8(')');
  const __m128i nl = _mm_set1_epi8('\n'), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i x9f = _mm_set1_epi8(static_cast<char>(0x9F));
  const __m128i x94 = _mm_set1_epi8(static_cast<char>(0x94));
  const __m128i x8c = _mm_set1_epi8(static_cast<char>(0x8C));
  for (; i + 16 <= end; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, colon)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, paren), _mm_cmpeq_epi8(v, nl)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, x9f)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, x94), _mm_cmpeq_epi8(v, x8c)));
    if (int mask = _mm_movemask_epi8(m)) return i + static_cast<uint32_t>(__builtin_ctz(mask));
  }
#endif
  while (i < end && !kHit[p[i]]) ++i;
  return i;
}

}  // namespace

uint32_t NextSentenceMark(std::string_view text, uint32_t i, uint32_t end) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  while (i < end) {
    const uint32_t k = NextHit(p, i, end);
    if (k >= end) return end;
    const uint8_t b = p[k];
    if (b < 0x80) return k;
    if (b == 0xE2) {
      const uint8_t second = k + 1 < end ? p[k + 1] : 0;
      // U+2000-207F (… ‼ ⁇ ⁈ ⁉ • ‣ ⁃) and U+2580-25FF (the other bullets).
      if ((second == 0x80 || second == 0x81 || second == 0x96 || second == 0x97) &&
          IsMultiByteMark(DecodeAt(text, k).c)) {
        return k;
      }
    } else if (k > i) {  // a second byte: the mark starts at k - 1
      const uint8_t lead = p[k - 1];
      if ((lead == 0xD8 && (b == 0x9F || b == 0x8C)) || (lead == 0xDB && b == 0x94)) return k - 1;
    }
    i = k + 1;  // the bytes skipped are never a mark's first byte
  }
  return end;
}

uint32_t NextSentenceMarkSlow(std::string_view text, uint32_t i, uint32_t end) {
  while (i < end) {
    const auto b = static_cast<uint8_t>(text[i]);
    if (b == '.' || b == '!' || b == '?' || b == ':' || b == ')' || b == '\n') return i;
    if (b >= 0x80) {
      CodePoint cp = DecodeAt(text, i);
      // The second byte must lie inside the range.
      if (i + 1 < end && cp.len >= 2 && IsMultiByteMark(cp.c)) return i;
    }
    ++i;
  }
  return end;
}

uint32_t FindBlankLine(std::string_view text, uint32_t from) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t i = from;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  for (; i + 17 <= n; i += 16) {  // byte k and byte k + 1 both '\n'
    __m128i here = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), nl);
    __m128i next = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1)), nl);
    if (int mask = _mm_movemask_epi8(_mm_and_si128(here, next))) {
      return i + static_cast<uint32_t>(__builtin_ctz(mask));
    }
  }
#endif
  for (; i + 1 < n; ++i) {
    if (p[i] == '\n' && p[i + 1] == '\n') return i;
  }
  return n;
}

uint32_t FindBlankLineSlow(std::string_view text, uint32_t from) {
  size_t k = text.find("\n\n", from);
  return k == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                     : static_cast<uint32_t>(k);
}

namespace {

// The length of text[a, b) without leading and trailing spaces and tabs.
uint32_t TrimmedLength(std::string_view t, uint32_t a, uint32_t b) {
  while (a < b && (t[a] == ' ' || t[a] == '\t')) ++a;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
  return b - a;
}

}  // namespace

uint32_t LongestLine(std::string_view text, uint32_t begin, uint32_t end) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  uint32_t longest = 0, line = begin;  // line: where the current line starts
  uint32_t i = begin;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  for (; i + 16 <= end; i += 16) {
    auto mask = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), nl)));
    for (; mask != 0; mask &= mask - 1) {  // each line break in the block
      const uint32_t k = i + static_cast<uint32_t>(__builtin_ctz(mask));
      longest = std::max(longest, TrimmedLength(text, line, k));
      line = k + 1;
    }
  }
#endif
  for (; i < end; ++i) {
    if (p[i] == '\n') {
      longest = std::max(longest, TrimmedLength(text, line, i));
      line = i + 1;
    }
  }
  if (line < end) longest = std::max(longest, TrimmedLength(text, line, end));
  return longest;
}

uint32_t LongestLineSlow(std::string_view t, uint32_t begin, uint32_t end) {
  uint32_t longest = 0;
  for (uint32_t p = begin; p < end;) {
    size_t nl = t.find('\n', p);
    uint32_t line_end = nl == std::string_view::npos || nl > end ? end : static_cast<uint32_t>(nl);
    longest = std::max(longest, TrimmedLength(t, p, line_end));
    p = line_end + 1;
  }
  return longest;
}

}  // namespace newsgraph::text
