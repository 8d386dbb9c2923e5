// UTF-8 encoding helpers, and the character classes the sentence segmenter
// asks about, read straight from UTF-8 bytes: whitespace, invisible format
// characters, quotes and brackets, and the case of a letter. ASCII takes a fast path; everything else is
// decoded with ICU's U8_NEXT / U8_PREV and classified with u_* properties.
//
// Every function takes a byte offset and never reads outside `s`; on invalid
// UTF-8 it degrades to "one byte, no class" rather than failing.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_UTF8_CHARS_H_
#define NEWSGRAPH_TEXT_UTF8_CHARS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::text {

// Appends the UTF-8 form of `c`; appends nothing for a surrogate or a value
// above U+10FFFF.
inline void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out->append(buf, static_cast<size_t>(n));
}

// The UTF-8 form of `c` ("" when it has none).
inline std::string Utf8(UChar32 c) {
  std::string out;
  AppendUtf8(c, &out);
  return out;
}

inline constexpr UChar32 kEllipsisChar = 0x2026;     // …
inline constexpr UChar32 kArabicComma = 0x060C;      // ،
inline constexpr UChar32 kArabicSemicolon = 0x061B;  // ؛

struct CodePoint {
  UChar32 c = -1;    // -1 when the bytes are not valid UTF-8
  uint32_t len = 1;  // bytes taken, at least 1
};

// The code point starting at byte `i`. REQUIRES: i < s.size().
inline CodePoint DecodeAt(std::string_view s, uint32_t i) {
  auto b = static_cast<uint8_t>(s[i]);
  if (b < 0x80) return {b, 1};
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  return {c, static_cast<uint32_t>(j) - i};
}

// The code point ending just before byte `i`, not looking before `floor`.
// REQUIRES: floor < i <= s.size().
inline CodePoint DecodeBefore(std::string_view s, uint32_t floor, uint32_t i) {
  auto b = static_cast<uint8_t>(s[i - 1]);
  if (b < 0x80) return {b, 1};
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), static_cast<int32_t>(floor), j, c);
  return {c, i - static_cast<uint32_t>(j)};
}

// Horizontal or vertical white space, including no-break and thin spaces.
inline bool IsSpaceChar(UChar32 c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Invisible characters that can sit between a word and its period without
// changing anything: bidi marks and embeddings (U+200E/F, U+202A-E,
// U+2066-9), zero-width joiners and the BOM. Arabic text carries them
// ("د‪.‬" wraps the period in U+202A ... U+202C).
inline bool IsFormatChar(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Characters that may close a sentence after its final punctuation:
// `he said." Next`, `(French).`, `'This is great.' she`.
inline bool IsCloser(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x2019 /* ’ */ ||
         c == 0x201D /* ” */ || c == 0xBB /* » */ || c == 0x203A /* › */;
}

// Characters that may open a sentence before its first word.
inline bool IsOpener(UChar32 c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == 0x2018 /* ‘ */ ||
         c == 0x201C /* “ */ || c == 0xAB /* « */ || c == 0x2039 /* ‹ */ ||
         c == 0x201E /* „ */;
}

// Sentence-final marks other than the period: ! ? ‼ ⁇ ⁈ ⁉ and the Arabic
// question mark ؟ and full stop ۔.
inline bool IsBang(UChar32 c) {
  return c == '!' || c == '?' || c == 0x203C || (c >= 0x2047 && c <= 0x2049) || c == 0x061F ||
         c == 0x06D4;
}

// Arabic-script letters (for the Arabic colon rule).
inline bool IsArabicLetter(UChar32 c) {
  return ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
          (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) ||
          (c >= 0xFE70 && c <= 0xFEFF)) &&
         u_isalpha(c);
}

// How the word after a candidate boundary begins.
enum class Initial { kLower, kUpper, kDigit, kUncased, kOther };

inline Initial ClassifyInitial(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return Initial::kLower;
    if (c >= 'A' && c <= 'Z') return Initial::kUpper;
    if (c >= '0' && c <= '9') return Initial::kDigit;
    return Initial::kOther;
  }
  if (c < 0) return Initial::kOther;
  if (u_islower(c)) return Initial::kLower;
  if (u_isupper(c) || u_istitle(c)) return Initial::kUpper;
  if (u_isdigit(c)) return Initial::kDigit;
  if (u_isalpha(c)) return Initial::kUncased;  // Arabic, CJK, ...
  return Initial::kOther;
}

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UTF8_CHARS_H_
