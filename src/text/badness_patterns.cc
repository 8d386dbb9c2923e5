// The patterns of Badness(): ftfy's BADNESS_RE (Apache-2.0, see NOTICE)
// re-expressed over character classes, plus three of our own for the code
// pages ftfy does not try (marked "not ftfy").
#include <string_view>

#include "text/badness.h"

namespace newsgraph::text {
namespace {

constexpr uint16_t kAccented = kLowerAccented | kUpperAccented;
constexpr uint16_t kMarks = kStartPunct | kEndPunct | kCurrency | kNumeric;

bool In(UChar32 c, std::u32string_view set) {
  return c >= 0 && set.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}
bool IsLowerAscii(UChar32 c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(UChar32 c) { return IsLowerAscii(c) || (c >= 'A' && c <= 'Z'); }
bool IsSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009;
}
bool IsWordChar(UChar32 c) {  // Python's \w, near enough
  if (c < 0x80) return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  uint16_t k = BadClasses(c);
  return (k & (kAccented | kUpperCommon | kLowerCommon | kKaomoji)) != 0 || c > 0x2FFF;
}

// Does some pattern match starting at text[i]? a, b, d, e are text[i..i+3]
// (-1 past the end).
bool MatchesAt(std::span<const UChar32> t, size_t i, bool at_line_start) {
  auto at = [&](size_t k) -> UChar32 { return i + k < t.size() ? t[i + k] : -1; };
  const UChar32 a = at(0), b = at(1), d = at(2);
  const uint16_t ka = BadClasses(a), kb = b >= 0 ? BadClasses(b) : 0;
  const uint16_t kd = d >= 0 ? BadClasses(d) : 0;
  if (ka & kC1) return true;
  if ((ka & (kBad | kAccented | kBox | kMarks)) && (kb & kBad)) return true;
  if (IsAsciiLetter(a) && (kb & (kLowerCommon | kUpperCommon)) && (kd & kBad)) return true;
  if ((ka & kBad) && (kb & (kAccented | kBox | kMarks))) return true;
  if ((ka & (kLowerAccented | kLowerCommon | kBox | kEndPunct | kCurrency | kNumeric)) &&
      (kb & kUpperAccented)) {
    return true;
  }
  if ((ka & (kBox | kEndPunct | kCurrency | kNumeric)) && (kb & kLowerAccented)) return true;
  if ((ka & (kLowerAccented | kBox | kEndPunct)) && (kb & kCurrency)) return true;
  if (IsSpace(a) && (kb & kUpperAccented) && (kd & kCurrency)) return true;
  if ((ka & (kUpperAccented | kBox)) && (kb & kNumeric)) return true;
  if ((ka & (kAccented | kBox | kCurrency | kEndPunct)) && (kb & kStartPunct) &&
      (kd & kNumeric)) {
    return true;
  }
  if ((ka & (kAccented | kCurrency | kNumeric | kBox)) && (kb & kEndPunct) &&
      (kd & kStartPunct)) {
    return true;
  }
  if ((ka & (kCurrency | kNumeric | kBox)) && (kb & kStartPunct)) return true;
  if (IsLowerAscii(a) && (kb & kUpperAccented) && (kd & (kStartPunct | kCurrency))) return true;
  if ((ka & kBox) && (kb & kKaomoji)) return true;
  if ((ka & (kAccented | kMarks)) && (kb & kBox)) return true;
  if ((ka & kBox) && (kb & kEndPunct)) return true;
  if ((ka & kAccented) && (kb & (kStartPunct | kEndPunct)) && d >= 0 && IsWordChar(d)) {
    return true;
  }
  if ((a == 0x152 || a == 0x153) && b >= 0 && !IsAsciiLetter(b)) return true;
  if ((ka & kUpperAccented) && b == 0xB0) return true;
  if (In(a, U"ÂÃÎÐ") && (In(b, U"€œŠš¢£Ÿž\u00A0\u00AD®©°·»–—´") || (kb & (kStartPunct | kEndPunct)))) {
    return true;
  }
  if (a == 0xD7 && (b == 0xB2 || b == 0xB3)) return true;
  if (In(a, U"ØÙ") && In(d, U"ØÙ")) {
    constexpr uint16_t k = kCommon | kCurrency | kBad | kNumeric | kStartPunct;
    const UChar32 e = at(3);
    auto second = [&](UChar32 c) { return (BadClasses(c) & k) || In(c, U"ŸŠ®°µ»"); };
    if (b >= 0 && e >= 0 && second(b) && second(e)) return true;
  }
  if (a == 0xE0 && In(b, U"²µ¹¼½¾")) return true;
  if (a == 0x221A && In(b, U"±∂†≠®™´≤≥¥µø")) return true;
  if (a == 0x2248 && In(b, U"°¢")) return true;
  if (a == 0x201A && b == 0xC4 && In(d, U"ìîïòôúùû†°¢π")) return true;
  if (a == 0x201A && In(b, U"âó") && In(d, U"àä°ê")) return true;
  if (a == 0x0432 && b == 0x0402) return true;  // вЂ
  if (In(a, U"ВГРС") && ((kb & (kC1 | kBad | kStartPunct | kEndPunct | kCurrency)) || In(b, U"°µ")) &&
      In(d, U"ВГРС")) {
    return true;
  }
  if (a == 0x0413 && at(1) == 0x045E && at(2) == 0x0412 && at(3) == 0x0402 && at(4) == 0x0412 &&
      at(5) >= 0 && (IsAsciiLetter(at(6)) || at(6) == ' ')) {
    return true;
  }
  if (a == 0xC3 && (b == 0xA0 || b == 0xA1)) return true;
  if (IsLowerAscii(a)) {
    size_t k = IsSpace(b) ? 2 : 1;
    if (In(at(k), U"ÃÂ") && at(k + 1) == ' ') return true;
  }
  if (at_line_start && i == 0 && In(a, U"ÃÂ") && b == ' ') return true;
  if ((IsLowerAscii(a) || In(a, U".,?!") || (ka & kEndPunct)) && b == 0xC2 &&
      (d == ' ' || (kd & (kCommon | kEndPunct)))) {
    return true;
  }
  if (a == 0x03B2 && b == 0x20AC && In(d, U"™\u00A0Ά\u00AD®°")) return true;
  if (In(a, U"ΒΓΞΟ") && ((kb & (kC1 | kBad | kStartPunct | kEndPunct | kCurrency)) || b == 0xB0) &&
      In(d, U"ΒΓΞΟ")) {
    return true;
  }
  if (a == 0x0101 && b == 0x20AC) return true;  // ā€
  // Not ftfy: Cyrillic or Greek letters beside box drawing (UTF-8 read as
  // KOI8 or CP866 and the like), and a Latin letter between two of them.
  if ((ka & (kLowerCommon | kUpperCommon)) && (kb & (kBox | kBox2))) return true;
  if ((ka & (kBox | kBox2)) && (kb & (kLowerCommon | kUpperCommon)) && (kd & (kBox | kBox2))) {
    return true;
  }
  // Not ftfy: a Cyrillic or Greek letter followed by a Latin one (what a
  // decoding that guessed the wrong script produces; the other order is
  // left alone, see "SENSЕ" in ftfy's negative cases), "Р" or "С" followed by
  // a Windows-1251 upper-half Cyrillic letter twice in a row (UTF-8 Russian
  // read as Windows-1251), and MacRoman's "‚" + "Ä"/"à" + more.
  constexpr uint16_t kGreekCyrillic = kLowerCommon | kUpperCommon;
  if ((ka & kGreekCyrillic) && IsAsciiLetter(b)) return true;
  auto high_cyrillic = [](UChar32 c) {
    return (c >= 0x0400 && c <= 0x040F) || (c >= 0x0450 && c <= 0x045F) || c == 0x0490 ||
           c == 0x0491;
  };
  if ((a == 0x0420 || a == 0x0421) && high_cyrillic(b) && (d == 0x0420 || d == 0x0421) &&
      high_cyrillic(at(3))) {
    return true;
  }
  if (a == 0x201A && In(b, U"ÄàâÅ") && d >= 0x80) return true;
  return false;
}

}  // namespace

bool BadAt(std::span<const UChar32> text, size_t i, bool at_start) {
  const UChar32 a = text[i];
  // Patterns start with ASCII or with a classed character.
  if (a >= 0x80 && BadClasses(a) == 0 && a != 0x2009) return false;
  // Every pattern holds a non-ASCII character among its first three.
  if (a < 0x80 && (i + 1 >= text.size() || text[i + 1] < 0x80) &&
      (i + 2 >= text.size() || text[i + 2] < 0x80)) {
    return false;
  }
  return MatchesAt(text, i, at_start);
}

int Badness(std::span<const UChar32> text, bool at_start) {
  int n = 0;
  for (size_t i = 0; i < text.size(); ++i) n += BadAt(text, i, at_start) ? 1 : 0;
  return n;
}

}  // namespace newsgraph::text
