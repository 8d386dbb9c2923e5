// The badness score: how many places in a piece of text look like mojibake.
// The character classes and the pair/triple patterns follow ftfy's
// `badness.py` (Apache-2.0, see NOTICE), with a few additions for the code
// pages ftfy does not try (KOI8, CP866, ISO-8859-5). A pattern fires on
// sequences that real text in any language almost never has (an accented
// capital followed by a currency sign, a C1 control, "вЂ", ...), so correct
// Arabic, CJK, Cyrillic, Greek or accented Latin text scores 0.
//
// Thread-safety: stateless functions over immutable static tables.
#ifndef NEWSGRAPH_TEXT_BADNESS_H_
#define NEWSGRAPH_TEXT_BADNESS_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <span>

namespace newsgraph::text {

// Character classes (bit flags), named after ftfy's.
enum BadClass : uint16_t {
  kC1 = 1 << 0,           // U+0080-U+009F: only mojibake uses them
  kBad = 1 << 1,          // ¦ ¤ ¨ ¬ ¯ ¸ ƒ ˆ ˇ ˘ ˛ ˜ † ‡ ‰ ⌐ ◊ � ª º
  kCommon = 1 << 2,       // NBSP, soft hyphen, · ´ – — ― … ’
  kCurrency = 1 << 3,     // ¢ £ ¥ ₧ €
  kStartPunct = 1 << 4,   // ¡ « ¿ © ΄ ΅ ‘ ‚ “ „ • ‹ U+F8FF
  kEndPunct = 1 << 5,     // ® » ˝ ” › ™
  kNumeric = 1 << 6,      // ² ³ ¹ ± ¼ ½ ¾ × µ ÷ ⁄ ∂ ∆ ∏ ∑ √ ∞ ∩ ∫ ≈ ≠ ≡ ≤ ≥ №
  kKaomoji = 1 << 7,      // Ò-Ö Ù-Ü ò-ö ø-ü Ő Ō Ū Ų °
  kUpperAccented = 1 << 8,
  kLowerAccented = 1 << 9,
  kUpperCommon = 1 << 10,  // Þ, Greek and Cyrillic capitals
  kLowerCommon = 1 << 11,  // Greek and Cyrillic small letters
  kBox = 1 << 12,          // box drawing and block elements
  kLiteral = 1 << 13,      // named literally by some pattern (Ã, √, в, β, ...)
  kBox2 = 1 << 14,         // other box drawing (─ and the KOI8 set); not ftfy's
};

// The classes of `c` (0 for ASCII and for most of Unicode).
uint16_t BadClasses(UChar32 c);

// For each byte: whether some character whose UTF-8 encoding starts with
// it has a class (lets a scanner skip Arabic, CJK, ... without decoding).
// The table is indexed by the lead byte.
const bool* LeadClassTable();

// Whether a pattern matches starting at text[i]. Every match holds a
// classed character (BadClasses() != 0) at i, i + 1 or i + 2, and reads at
// most seven characters. REQUIRES: i < text.size().
bool BadAt(std::span<const UChar32> text, size_t i, bool at_start);

// Number of pattern matches in `text`. `at_start` says text[0] begins a
// line (ftfy's `^` anchors).
int Badness(std::span<const UChar32> text, bool at_start);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_BADNESS_H_
