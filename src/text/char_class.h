// Character classes the tokenizer asks about, read straight from UTF-8 bytes.
//
// ASCII is answered from a 128-entry table (the hot path for news English),
// the rest of the Basic Multilingual Plane from a 64 KiB table computed from
// ICU properties on first use (Arabic, Cyrillic, accented Latin, curly
// quotes), and the supplementary planes (emoji) by ICU directly. Invalid
// UTF-8 never reaches here through the public API (the tokenizer requires
// valid UTF-8), but the decoder still degrades to "one byte, class kOther"
// rather than reading out of bounds.
//
// Thread-safety: stateless functions and constant tables; the BMP table is a
// function-local static, built once (thread-safe) and immutable after.
#ifndef NEWSGRAPH_TEXT_CHAR_CLASS_H_
#define NEWSGRAPH_TEXT_CHAR_CLASS_H_

#include <unicode/umachine.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace newsgraph::text {

// What a code point is to the tokenizer.
enum class CharClass : uint8_t {
  kSpace,   // White_Space, and control characters (never part of a token)
  kLetter,  // letters of any script, and the marks that attach to them (Mn, Mc, Me)
  kDigit,   // decimal digits of any script (Nd)
  kEmoji,   // Extended_Pictographic or a regional indicator (flag halves)
  kJoiner,  // format characters glued to what precedes: ZWJ, ZWNJ, VS16, keycap, skin tones
  kOther,   // punctuation and symbols: each is its own token unless a rule glues it
};

struct CodePoint {
  UChar32 c = -1;    // -1 for bytes that are not valid UTF-8
  uint32_t len = 1;  // bytes taken, >= 1
};

// The code point starting at byte `i` of `s`, not reading at or past `end`.
// REQUIRES: i < end <= s.size().
inline CodePoint DecodeAt(std::string_view s, uint32_t i, uint32_t end) {
  auto b = static_cast<uint8_t>(s[i]);
  if (b < 0x80) return {b, 1};
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(end), c);
  return {c, static_cast<uint32_t>(j) - i};
}

// The class of a non-ASCII code point (ICU properties). c < 0 gives kOther.
CharClass ClassifyNonAscii(UChar32 c);

// ClassifyNonAscii() (and the ASCII table) for every code point U+0000 to
// U+FFFF, indexed by code point; built on the first call, then shared.
const CharClass* BmpClassTable();

namespace internal {
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c < 0x20 || c == ' ' || c == 0x7F) {
      t[c] = CharClass::kSpace;  // whitespace and C0 controls
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = CharClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::kDigit;
    } else {
      t[c] = CharClass::kOther;
    }
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();
}  // namespace internal

inline CharClass Classify(UChar32 c) {
  if (c >= 0 && c < 0x80) return internal::kAsciiClass[c];
  if (c >= 0 && c < 0x10000) return BmpClassTable()[c];
  return ClassifyNonAscii(c);
}

// Bit flags of an ASCII letter or digit byte, 0 for every other byte
// (non-ASCII included): the tokenizer's word loop ORs them over a run.
enum : uint8_t { kAsciiLetterBit = 1, kAsciiDigitBit = 2 };
namespace internal {
constexpr std::array<uint8_t, 256> MakeAlnumFlags() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (kAsciiClass[c] == CharClass::kLetter) t[c] = kAsciiLetterBit;
    if (kAsciiClass[c] == CharClass::kDigit) t[c] = kAsciiDigitBit;
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kAsciiAlnumFlags = MakeAlnumFlags();
}  // namespace internal
inline uint8_t AsciiAlnumFlags(char b) {
  return internal::kAsciiAlnumFlags[static_cast<uint8_t>(b)];
}

inline bool IsAlnum(CharClass k) { return k == CharClass::kLetter || k == CharClass::kDigit; }

constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Apostrophes that can open a clitic: ' (U+0027), ’ (U+2019), ` and ´ as
// typed on the web ("it`s").
inline bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == '`' || c == 0xB4; }

// Hyphens that join compound words: - (U+002D), ‐ (U+2010), ‑ (U+2011).
inline bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Currency symbols (Sc): $, £, €, ¥, ₹, ...
bool IsCurrencySymbol(UChar32 c);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CHAR_CLASS_H_
