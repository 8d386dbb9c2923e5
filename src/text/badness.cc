#include "text/badness.h"

#include <array>
#include <string_view>

namespace newsgraph::text {
namespace {

// Classes of U+0000-U+07FF and U+2000-U+25FF (where every classed
// character lives, apart from the few in Extra()), built once.
struct Tables {
  std::array<uint16_t, 0x800> low{};
  std::array<uint16_t, 0x600> punct{};  // U+2000-U+25FF
  std::array<bool, 256> lead{};          // see LeadMayHaveClass()

  void Add(UChar32 c, uint16_t cls) {
    if (c < 0x800) {
      low[c] |= cls;
    } else if (c >= 0x2000 && c < 0x2600) {
      punct[c - 0x2000] |= cls;
    }
  }
  void Add(std::u32string_view chars, uint16_t cls) {
    for (char32_t c : chars) Add(static_cast<UChar32>(c), cls);
  }
  void AddRange(UChar32 lo, UChar32 hi, uint16_t cls) {
    for (UChar32 c = lo; c <= hi; ++c) Add(c, cls);
  }

  Tables() {
    AddRange(0x80, 0x9F, kC1);
    Add(U"\u00A6\u00A4\u00A8\u00AC\u00AF\u00B8\u0192\u02C6\u02C7\u02D8\u02DB\u02DC"
        U"\u2020\u2021\u2030\u2310\u25CA\u00AA\u00BA\u00B6",
        kBad);
    Add(U"\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019", kCommon);
    Add(U"\u00A2\u00A3\u00A5\u20A7\u20AC", kCurrency);
    Add(U"\u00A1\u00AB\u00BF\u00A9\u0384\u0385\u2018\u201A\u201C\u201E\u2022\u2039",
        kStartPunct);
    Add(U"\u00AE\u00BB\u02DD\u201D\u203A\u2122", kEndPunct);
    Add(U"\u00B2\u00B3\u00B9\u00B1\u00BC\u00BD\u00BE\u00D7\u00B5\u00F7\u2044\u2202\u2206"
        U"\u220F\u2211\u221A\u221E\u2229\u222B\u2248\u2260\u2261\u2264\u2265\u2116",
        kNumeric);
    AddRange(0xD2, 0xD6, kKaomoji);
    AddRange(0xD9, 0xDC, kKaomoji);
    AddRange(0xF2, 0xF6, kKaomoji);
    AddRange(0xF8, 0xFC, kKaomoji);
    Add(U"\u0150\u014C\u016A\u0172\u00B0", kKaomoji);
    AddRange(0xC0, 0xD1, kUpperAccented);
    Add(U"\u00D8\u00DC\u00DD\u0102\u0100\u0104\u0106\u010C\u010E\u0110\u0118\u011A\u011E"
        U"\u0130\u0139\u013D\u0141\u0143\u0147\u0152\u0158\u015A\u015E\u0160\u0162\u0164"
        U"\u016E\u0170\u0178\u0179\u017B\u017D\u0490",
        kUpperAccented);
    Add(U"\u00DF", kLowerAccented);
    AddRange(0xE0, 0xF1, kLowerAccented);
    Add(U"\u0103\u0105\u0101\u0107\u010D\u010F\u0111\u0119\u011B\u011F\u013A\u013E\u0142"
        U"\u0153\u0155\u015B\u015F\u0161\u0165\u00FC\u017A\u017C\u017E\u0491",
        kLowerAccented);
    Add(U"\u00DE\u0386\u0388\u0389\u038A\u038C\u038E\u038F", kUpperCommon);
    AddRange(0x0391, 0x03A9, kUpperCommon);
    AddRange(0x0401, 0x042F, kUpperCommon);
    AddRange(0x03B1, 0x03C9, kLowerCommon);
    Add(U"\u03AC\u03AD\u03AE\u03AF\u03B0\u03CC\u03CD\u03CE\u0390", kLowerCommon);
    AddRange(0x0430, 0x045F, kLowerCommon);
    Add(U"\u2502\u250C\u2510\u2518\u251C\u2524\u252C\u253C", kBox);
    AddRange(0x2550, 0x256C, kBox);
    Add(U"\u2580\u2584\u2588\u258C\u2590\u2591\u2592\u2593", kBox);
    Add(U"\u2500\u2514\u2534\u2320\u2321\u2219\u25A0", kBox2);
    Add(U"\u00C2\u00C3\u00CE\u00D0\u00D8\u00D9\u00E0\u221A\u2248\u201A\u00C4\u0432\u0402"
        U"\u0412\u0413\u0420\u0421\u03B2\u0392\u0393\u039E\u039F\u0101\u0152\u0153\u00D7",
        kLiteral);
    for (UChar32 c = 0x80; c < 0x800; ++c) {
      if (low[c] != 0) lead[0xC0 | (c >> 6)] = true;
    }
    lead[0xE2] = true;  // U+2000-U+2FFF
    lead[0xEF] = true;  // U+F8FF, U+FB01, U+FB02, U+FFFD
  }
};

const Tables& T() {
  static const Tables tables;
  return tables;
}

}  // namespace

const bool* LeadClassTable() { return T().lead.data(); }

uint16_t BadClasses(UChar32 c) {
  if (c < 0x80) return 0;
  if (c < 0x800) return T().low[c];
  if (c >= 0x2000 && c < 0x2600) return T().punct[c - 0x2000];
  if (c == 0xF8FF) return kStartPunct;
  if (c == 0xFFFD) return kBad;
  if (c == 0xFB01 || c == 0xFB02) return kLowerAccented;
  return 0;
}

}  // namespace newsgraph::text
