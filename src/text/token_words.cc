// Words and numbers: what glues inside them (inner periods, digit groups,
// prefix hyphens, "AT&T", e-mail addresses, "O'Brien"), what splits off them
// (clitics, units after numbers, the parts of "cannot") and whether a
// following period belongs to them (abbreviations).
#include <algorithm>

#include "text/token_rules.h"
#include "text/token_scanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::text {
namespace {

// Three ASCII digits at s[i..i+3) and no digit right after: a thousands group.
bool ThousandsGroupAt(std::string_view s, uint32_t i, uint32_t limit) {
  if (i + 3 > limit) return false;
  for (uint32_t k = i; k < i + 3; ++k) {
    if (!IsAsciiDigit(s[k])) return false;
  }
  return i + 3 == limit || !IsAsciiDigit(s[i + 3]);
}

bool AllAsciiUpper(std::string_view s) {
  for (char b : s) {
    if (!IsAsciiUpper(b)) return false;
  }
  return !s.empty();
}

// "U.S", "a.k.a", "Ph.D", "e.g": every period-separated part is one or two
// ASCII letters.
bool IsInitialism(std::string_view core) {
  size_t part = 0;
  for (char b : core) {
    if (b == '.') {
      if (part == 0) return false;
      part = 0;
    } else if (IsAsciiAlpha(b) && part < 2) {
      ++part;
    } else {
      return false;
    }
  }
  return part > 0;
}

}  // namespace

// Inlined into Word(), its only caller (this file): the call alone cost a
// tenth of the tokenizer's time on English.
[[gnu::always_inline]] inline uint32_t TokenScanner::AsciiAlnumEnd(uint32_t q,
                                                                   uint8_t* seen) const {
#if defined(__SSE2__)
  // 16 bytes at a time; the load may look past end_ (never past the text),
  // the result is cut at end_.
  // Letters: (v | 0x20) - 'a' < 26 unsigned; digits: v - '0' < 10. SSE2 has
  // only signed compares, so both sides are shifted by 0x80.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i to_letter = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i to_digit = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i letter_limit = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i digit_limit = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  while (q < end_ && q + 16 <= text_.size()) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + q));
    __m128i l = _mm_add_epi8(_mm_or_si128(v, case_bit), to_letter);
    __m128i d = _mm_add_epi8(v, to_digit);
    auto letters = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(l, letter_limit)));
    auto digits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(d, digit_limit)));
    const auto run = static_cast<uint32_t>(__builtin_ctz(~(letters | digits)));  // 0..16
    const uint32_t stop = std::min(q + run, end_);
    const uint32_t keep = (1u << (stop - q)) - 1;
    if (letters & keep) *seen |= kAsciiLetterBit;
    if (digits & keep) *seen |= kAsciiDigitBit;
    if (q + run < q + 16 || stop == end_) return stop;
    q += 16;
  }
#endif
  while (q < end_) {
    const uint8_t f = AsciiAlnumFlags(text_[q]);
    if (f == 0) break;
    *seen |= f;
    ++q;
  }
  return q;
}

uint32_t TokenScanner::TwoByteLetterEnd(uint32_t q) const {
  while (q + 1 < end_) {
    const auto lead = static_cast<uint8_t>(text_[q]), trail = static_cast<uint8_t>(text_[q + 1]);
    if (lead < 0xC2 || lead >= 0xE0 || (trail & 0xC0) != 0x80) break;
    if (bmp_[((lead & 0x1F) << 6) | (trail & 0x3F)] != CharClass::kLetter) break;
    q += 2;
  }
  return q;
}

uint32_t TokenScanner::Word(uint32_t p) {
  // The common cases first: a word of ASCII letters, or of two-byte letters
  // (Arabic, Cyrillic, Greek), up to white space or the end of the range.
  // Nothing glues, no period follows: what the loop and FinishWord() below
  // would do. (FusedSplit() only matches ASCII words.)
  uint8_t seen = 0;
  uint32_t q = p;
  if (static_cast<uint8_t>(text_[p]) < 0x80) {
    q = AsciiAlnumEnd(p, &seen);
    if (seen == kAsciiLetterBit && (q == end_ || AsciiSpaceAt(q))) {
      if (uint32_t split = FusedSplit(text_.substr(p, q - p))) {  // "can" "not"
        Emit(p, p + split, TokenKind::kWord);
        Emit(p + split, q, TokenKind::kClitic);
      } else {
        Emit(p, q, TokenKind::kWord);
      }
      return q;
    }
  } else {
    q = TwoByteLetterEnd(p);
    if (q > p && (q == end_ || AsciiSpaceAt(q))) {
      Emit(p, q, TokenKind::kWord);
      return q;
    }
  }
  // Otherwise on from q with what the run has seen.
  const bool starts_digit = At(p, end_).cls == CharClass::kDigit;
  bool inner_period = false;
  bool has_digit = (seen & kAsciiDigitBit) != 0;
  bool has_letter = (seen & kAsciiLetterBit) != 0 || (seen == 0 && q > p);  // or two-byte ones
  uint32_t seg = p;  // start of the part after the last glue
  while (q < end_) {
    if (static_cast<uint8_t>(text_[q]) < 0x80) {  // a run of ASCII letters and digits
      seen = 0;
      q = AsciiAlnumEnd(q, &seen);
      has_letter |= (seen & kAsciiLetterBit) != 0;
      has_digit |= (seen & kAsciiDigitBit) != 0;
      if (q >= end_) break;
    }
    Char ch = At(q, end_);
    if (ch.cls == CharClass::kSpace) break;
    if (IsAlnum(ch.cls) || ch.cls == CharClass::kJoiner) {
      has_digit |= ch.cls == CharClass::kDigit;
      has_letter |= ch.cls == CharClass::kLetter;
      q += ch.len;
      continue;
    }
    const UChar32 c = ch.c;
    if (c == '.' && text_.substr(q, 4) == "...@" && q + 4 < end_) {
      q += 3;  // a masked address: "franz371...@gmail.com"
      continue;
    }
    const uint32_t n = q + ch.len;
    if (c == '$' && q - p <= 3 && AllAsciiUpper(text_.substr(p, q - p))) {
      Emit(p, n, TokenKind::kCurrency);  // "US$", "A$", "HK$"
      return n;
    }
    const bool next_alnum = AlnumAt(n, end_);
    if (!next_alnum && !IsApostrophe(c)) break;
    const bool number_so_far = starts_digit && !has_letter;
    const char prev = text_[q - 1];
    if (c == '.') {  // "U.S", "3.5", "bbc.co.uk"
      inner_period = true;
      q = seg = n;
    } else if (c == ',' && number_so_far && IsAsciiDigit(prev) &&
               ThousandsGroupAt(text_, n, end_)) {
      q = n;
    } else if ((c == ':' || c == '/') && number_so_far && IsAsciiDigit(prev) &&
               IsAsciiDigit(text_[n])) {  // "10:30", "9/11"
      q = seg = n;
    } else if (c == '/' && q - seg == 1 && IsAsciiAlpha(prev) && IsAsciiAlpha(text_[n]) &&
               !AlnumAt(n + 1, end_)) {  // "l/c", "w/o"
      q = n + 1;
    } else if (IsHyphen(c)) {
      uint32_t phone =
          c == '-' && number_so_far && seg == p ? PhoneNumberLength(text_.substr(p, end_ - p)) : 0;
      if (phone > q - p) {  // consumed whole; seg moves so it is not retried
        q = seg = p + phone;
      } else if (IsHyphenPrefix(text_.substr(seg, q - seg))) {  // "e-mail", "non-profit"
        q = seg = n;
      } else {
        break;
      }
    } else if (c == '&' && q - seg <= 4 && AllAsciiUpper(text_.substr(seg, q - seg)) &&
               IsAsciiUpper(text_[n])) {  // "AT&T", "S&P"
      q = n;
    } else if (c == '_') {
      q = n;
    } else if (c == '@') {  // an e-mail address: the domain is alnum runs joined by . or -
      uint32_t r = n;
      while (r < end_) {
        Char d = At(r, end_);
        if (IsAlnum(d.cls)) {
          r += d.len;
        } else if ((d.c == '.' || d.c == '-') && AlnumAt(r + 1, end_)) {
          r += 1;
        } else {
          break;
        }
      }
      Emit(p, r, TokenKind::kEmail);
      return r;
    } else if (IsApostrophe(c)) {
      uint32_t r = n;
      while (r < end_ && IsAsciiAlpha(text_[r])) ++r;
      if (r > n && !AlnumAt(r, end_)) {
        std::string_view tail = text_.substr(n, r - n);
        if (IsApostropheClitic(tail)) {  // "Iraq's", "I'm", "we'll"
          FinishWord(p, q, inner_period, has_digit);
          Emit(q, r, TokenKind::kClitic);
          return r;
        }
        if ((tail == "t" || tail == "T") && q - p >= 2 && (prev == 'n' || prev == 'N')) {
          FinishWord(p, q - 1, inner_period, has_digit);  // "ca" "n't", "do" "n't"
          Emit(q - 1, r, TokenKind::kClitic);
          return r;
        }
      }
      if (!next_alnum) break;
      q = n;  // "O'Brien", "o'clock"
    } else {
      break;
    }
  }
  return FinishWord(p, q, inner_period, has_digit);
}

uint32_t TokenScanner::FinishWord(uint32_t p, uint32_t q, bool inner_period, bool has_digit) {
  std::string_view core = text_.substr(p, q - p);
  if (!has_digit && !inner_period) {
    if (uint32_t split = FusedSplit(core)) {  // "can" "not", "gon" "na"
      Emit(p, p + split, TokenKind::kWord);
      Emit(p + split, q, TokenKind::kClitic);
      return q;
    }
  }
  TokenKind kind = TokenKind::kWord;
  if (At(p, q).cls == CharClass::kDigit) {
    // A number, possibly followed by ASCII letters: keep "1990s", "20th";
    // split units and magnitudes: "5" "pm", "1.13" "bn".
    uint32_t f = p;
    while (f < q && !IsAsciiAlpha(text_[f])) ++f;
    bool letters_tail = f < q;
    for (uint32_t k = f; k < q && letters_tail; ++k) letters_tail = IsAsciiAlpha(text_[k]);
    if (f == q) {
      kind = TokenKind::kNumber;
    } else if (letters_tail && IsAsciiDigit(text_[f - 1])) {
      if (KeepsNumberSuffix(text_.substr(f, q - f))) {
        kind = TokenKind::kNumber;
      } else {
        Emit(p, f, TokenKind::kNumber);
        Emit(f, q, TokenKind::kWord);
        return q;
      }
    }
  } else if (inner_period) {
    size_t dot = core.rfind('.');
    if (dot != std::string_view::npos && IsTopLevelDomain(core.substr(dot + 1))) {
      if (q < end_ && text_[q] == '/') return Url(p, TokenKind::kUrl);  // "bbc.co.uk/news"
      kind = TokenKind::kUrl;
    }
  }
  if (kind == TokenKind::kWord && q < end_ && text_[q] == '.' &&
      TakesPeriod(p, q, inner_period, has_digit)) {
    ++q;
  }
  Emit(p, q, kind);
  return q;
}

bool TokenScanner::TakesPeriod(uint32_t p, uint32_t dot, bool inner_period, bool has_digit) const {
  std::string_view core = text_.substr(p, dot - p);
  // "etc..." is an ellipsis, but "Inc.." is the abbreviation and a period.
  if (dot + 1 < end_ && text_[dot + 1] == '.') {
    if (dot + 2 < end_ && text_[dot + 2] == '.') return false;
    return !has_digit && (inner_period || abbreviations_.Find(core).has_value());
  }
  if (OnlySpaceAfter(dot + 1)) return false;  // the sentence's own final period
  if (has_digit) return false;
  if (inner_period && IsInitialism(core)) return true;
  if (At(p, dot).len == core.size()) {
    return true;  // one letter: an initial, "George W. Bush"
  }
  auto kind = abbreviations_.Find(core);
  if (!kind) return false;
  if (*kind != AbbreviationKind::kNumber) return true;
  uint32_t i = dot + 1;  // "No. 10", "p. 55": only before a number
  while (i < end_ && At(i, end_).cls == CharClass::kSpace) i += At(i, end_).len;
  return i < end_ && IsAsciiDigit(text_[i]);
}

bool TokenScanner::OnlySpaceAfter(uint32_t i) const {
  while (i < end_) {
    Char ch = At(i, end_);
    if (ch.cls != CharClass::kSpace && ch.cls != CharClass::kJoiner) return false;
    i += ch.len;
  }
  return true;
}

}  // namespace newsgraph::text
