#include "text/list_markers.h"

#include <algorithm>

namespace newsgraph::text {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool IsBulletChar(UChar32 c) {
  return c == 0x2022 /* • */ || c == 0x2023 /* ‣ */ || c == 0x2043 /* ⁃ */ ||
         c == 0x25AA /* ▪ */ || c == 0x25CF /* ● */ || c == 0x25E6 /* ◦ */ ||
         c == 0x25A0 /* ■ */;
}

std::optional<Enumerator> EnumeratorAt(std::string_view t, uint32_t begin, uint32_t end,
                                       uint32_t mark) {
  Enumerator e;
  bool paren = t[mark] == ')';
  bool dot_paren = false;
  uint32_t label_end = mark;
  if (paren && mark > begin && t[mark - 1] == '.') {
    dot_paren = true;
    label_end = mark - 1;
  }
  e.end = mark + 1;
  if (!paren && e.end < end && t[e.end] == ')') {
    return std::nullopt;  // "1.)" is decided at its ')'
  }
  if (e.end < end && !IsSpaceByte(t[e.end])) return std::nullopt;
  uint32_t s = label_end;
  while (s > begin && IsDigit(t[s - 1]) && label_end - s < 3) --s;
  bool digits = s < label_end;
  if (digits) {
    if (label_end - s > 2) return std::nullopt;  // three digits or more: a number
    for (uint32_t k = s; k < label_end; ++k) e.value = e.value * 10 + (t[k] - '0');
  } else if (s > begin && IsLower(t[s - 1])) {
    --s;
    e.value = static_cast<uint32_t>(t[s] - 'a') + 1;
  } else {
    return std::nullopt;
  }
  e.start = s;
  e.style = digits ? (dot_paren ? EnumeratorStyle::kDigitDotParen
                                : paren ? EnumeratorStyle::kDigitParen : EnumeratorStyle::kDigitDot)
                   : (paren ? EnumeratorStyle::kLetterParen : EnumeratorStyle::kLetterDot);
  if (!digits && dot_paren) return std::nullopt;
  // What precedes the label: the paragraph start, white space, or a bullet.
  uint32_t p = s;
  if (p == begin) {
    e.anchored = true;
    return e;
  }
  CodePoint before = DecodeBefore(t, begin, p);
  if (IsBulletChar(before.c)) {
    e.anchored = e.after_bullet = true;
    return e;
  }
  if (!IsSpaceByte(t[p - 1])) return std::nullopt;
  while (p > begin && (t[p - 1] == ' ' || t[p - 1] == '\t')) --p;
  if (p == begin || t[p - 1] == '\n') {
    e.anchored = true;
  } else if (IsBulletChar(DecodeBefore(t, begin, p).c)) {
    e.anchored = e.after_bullet = true;
  }
  return e;
}

bool EnumeratorAhead(std::string_view t, uint32_t from, uint32_t end, EnumeratorStyle style,
                     uint32_t value, uint32_t reach) {
  char buf[4];  // at most two digits and ".)"; no allocation
  size_t len = 0;
  if (style == EnumeratorStyle::kLetterDot || style == EnumeratorStyle::kLetterParen) {
    if (value > 25) return false;
    buf[len++] = static_cast<char>('a' + value - 1);
  } else {
    if (value > 99) return false;
    if (value >= 10) buf[len++] = static_cast<char>('0' + value / 10);
    buf[len++] = static_cast<char>('0' + value % 10);
  }
  if (style == EnumeratorStyle::kDigitDotParen) {
    buf[len++] = '.';
    buf[len++] = ')';
  } else {
    buf[len++] =
        style == EnumeratorStyle::kDigitParen || style == EnumeratorStyle::kLetterParen ? ')' : '.';
  }
  const std::string_view label(buf, len);
  uint32_t limit = std::min(end, from + reach);
  std::string_view window = t.substr(0, limit);
  for (size_t at = window.find(label, from); at != std::string_view::npos;
       at = window.find(label, at + 1)) {
    uint32_t a = static_cast<uint32_t>(at), z = a + static_cast<uint32_t>(label.size());
    bool word_start = a > from && IsSpaceByte(t[a - 1]);
    bool word_end = z >= limit || IsSpaceByte(t[z]);
    if (word_start && word_end) return true;
  }
  return false;
}

}  // namespace newsgraph::text
