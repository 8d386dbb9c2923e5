#include "text/char_class.h"

#include <unicode/uchar.h>

namespace newsgraph::text {

CharClass ClassifyNonAscii(UChar32 c) {
  if (c < 0) return CharClass::kOther;
  // Glue inside emoji sequences and words: ZWNJ, ZWJ, variation selectors,
  // the combining keycap, skin-tone modifiers, emoji tag characters.
  if (c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3 ||
      (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)) {
    return CharClass::kJoiner;
  }
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  int8_t type = u_charType(c);
  switch (type) {
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_FORMAT_CHAR:  // soft hyphen, bidi marks, word joiner, BOM
      return CharClass::kJoiner;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_OTHER_NUMBER:   // ½ ²
    case U_LETTER_NUMBER:  // Ⅻ
      return CharClass::kDigit;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return CharClass::kLetter;
    default:
      break;
  }
  // © and ® are Extended_Pictographic too, but in news they are symbols.
  if (c >= 0x203C && (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
                      u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR))) {
    return CharClass::kEmoji;
  }
  return CharClass::kOther;
}

const CharClass* BmpClassTable() {
  // Filled in place (64 KiB; not built on the stack). About a millisecond,
  // once per process.
  struct Table {
    CharClass of[0x10000];
    Table() {
      for (UChar32 c = 0; c < 0x10000; ++c) {
        of[c] = c < 0x80 ? internal::kAsciiClass[c] : ClassifyNonAscii(c);
      }
    }
  };
  static const Table kTable;
  return kTable.of;
}

bool IsCurrencySymbol(UChar32 c) {
  if (c == '$') return true;
  if (c < 0x80) return false;
  return u_charType(c) == U_CURRENCY_SYMBOL;
}

}  // namespace newsgraph::text
