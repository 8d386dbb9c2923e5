// The scanning loop, and the tokens that are not words: URLs, emoji and
// punctuation. Words, numbers, clitics and abbreviation periods are in
// token_words.cc.
#include "text/token_scanner.h"

#include <unicode/uchar.h>

#include "text/token_rules.h"

namespace newsgraph::text {
namespace {

// Whether the two bytes at s[i] begin one of UrlPrefixLength()'s prefixes
// (http, https, ftp, mailto, www; any case): the only words worth asking it
// about. Branch-free, as it runs on every word. REQUIRES: i < s.size().
bool MayStartUrl(std::string_view s, uint32_t i) {
  const auto a = static_cast<uint8_t>(s[i] | 0x20);
  const auto b = i + 1 < s.size() ? static_cast<uint8_t>(s[i + 1] | 0x20) : 0;
  return ((a == 'h') & (b == 't')) | ((a == 'f') & (b == 't')) | ((a == 'm') & (b == 'a')) |
         ((a == 'w') & (b == 'w'));
}

bool IsRegionalIndicator(UChar32 c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

// ASCII characters that are punctuation rather than symbols (for TokenKind).
bool IsAsciiPunct(UChar32 c) {
  switch (c) {
    case '!':
    case '"':
    case '\'':
    case '(':
    case ')':
    case ',':
    case '-':
    case '.':
    case '/':
    case ':':
    case ';':
    case '?':
    case '[':
    case ']':
    case '{':
    case '}':
    case '_':
    case '`':
      return true;
    default:
      return false;
  }
}

// Characters a URL never contains unescaped, so it ends before them.
bool EndsUrl(UChar32 c, CharClass cls) {
  if (c < 0x80) return c == '<' || c == '>' || c == '"' || c == '`' || cls == CharClass::kSpace;
  return cls != CharClass::kLetter && cls != CharClass::kDigit && cls != CharClass::kJoiner;
}

// Trailing characters that belong to the sentence, not the URL.
bool TrailsUrl(char b) {
  switch (b) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '\'':
    case '*':
    case ']':
    case '}':
      return true;
    default:
      return false;
  }
}

}  // namespace

void TokenScanner::Scan(uint32_t begin) {
  uint32_t p = begin;
  while (p < end_) {
    const auto b = static_cast<uint8_t>(text_[p]);
    if (b < 0x80) {  // the common case, one table load
      switch (internal::kAsciiClass[b]) {
        case CharClass::kSpace:
          ++p;
          continue;
        case CharClass::kLetter:
          p = MayStartUrl(text_, p) && UrlPrefixLength(text_.substr(p, end_ - p)) > 0
                  ? Url(p, TokenKind::kUrl)
                  : Word(p);
          continue;
        case CharClass::kDigit:
          p = Word(p);
          continue;
        default:  // no ASCII byte is a joiner or an emoji
          p = Punct(p);
          continue;
      }
    }
    Char ch = At(p, end_);
    switch (ch.cls) {
      case CharClass::kSpace:
        p += ch.len;
        break;
      case CharClass::kJoiner:
        // Glue to the token just before; a joiner with nothing to glue to
        // (after a space or a split) is dropped like white space.
        if (!out_->empty() && out_->back().end == p) out_->back().end = p + ch.len;
        p += ch.len;
        break;
      case CharClass::kEmoji:
        p = Emoji(p);
        break;
      case CharClass::kLetter:
      case CharClass::kDigit:
        p = Word(p);
        break;
      case CharClass::kOther:
        p = Punct(p);
        break;
    }
  }
}

uint32_t TokenScanner::Url(uint32_t p, TokenKind kind) {
  uint32_t q = p;
  int opens = 0, closes = 0;
  while (q < end_) {
    Char ch = At(q, end_);
    if (EndsUrl(ch.c, ch.cls)) break;
    if (ch.c == '(') ++opens;
    if (ch.c == ')') ++closes;
    q += ch.len;
  }
  while (q > p + 1) {
    char b = text_[q - 1];
    if (TrailsUrl(b)) {
      --q;
    } else if (b == ')' && closes > opens) {
      --q;
      --closes;
    } else {
      break;
    }
  }
  Emit(p, q, kind);
  return q;
}

uint32_t TokenScanner::Emoji(uint32_t p) {
  Char ch = At(p, end_);
  uint32_t q = p + ch.len;
  if (IsRegionalIndicator(ch.c) && q < end_) {  // a flag is a pair of indicators
    Char next = At(q, end_);
    if (IsRegionalIndicator(next.c)) q += next.len;
  }
  while (q < end_) {  // skin tones, VS16, tags, and ZWJ + the next pictograph
    Char next = At(q, end_);
    if (next.cls != CharClass::kJoiner) break;
    q += next.len;
    if (next.c == 0x200D && q < end_) {
      Char joined = At(q, end_);
      if (joined.cls == CharClass::kEmoji) q += joined.len;
    }
  }
  Emit(p, q, TokenKind::kEmoji);
  return q;
}

uint32_t TokenScanner::Punct(uint32_t p) {
  Char ch = At(p, end_);
  const UChar32 c = ch.c;
  const uint32_t n = p + ch.len;
  auto run = [&](auto in_run) {  // extends over following ASCII bytes in the run
    uint32_t r = n;
    while (r < end_ && in_run(text_[r])) ++r;
    return r;
  };
  if (c == '@') {  // @handle (an e-mail address is found from its local part)
    uint32_t r = run([](char b) { return IsAsciiAlpha(b) || IsAsciiDigit(b) || b == '_'; });
    if (r > n) {
      Emit(p, r, TokenKind::kHandle);
      return r;
    }
  }
  if (c == '#' && n < end_ && At(n, end_).cls == CharClass::kLetter) {
    uint32_t r = n;
    while (r < end_) {
      Char h = At(r, end_);
      if (!IsAlnum(h.cls) && h.cls != CharClass::kJoiner && h.c != '_') break;
      r += h.len;
    }
    Emit(p, r, TokenKind::kHashtag);
    return r;
  }
  if (c == '.' || c == '!' || c == '?') {  // "...", "?!", "!!!" are one token
    uint32_t r = run([](char b) { return b == '.' || b == '!' || b == '?'; });
    Emit(p, r, TokenKind::kPunct);
    return r;
  }
  if (c == '-' || c == '=' || c == '*' || c == '_' || c == '~' || c == '<' || c == '>' ||
      c == '$') {  // "--", "***", "<<", "$$$"
    uint32_t r = run([c](char b) { return b == c; });
    Emit(p, r,
         c == '$' ? TokenKind::kCurrency
                  : (c == '-' || c == '_' ? TokenKind::kPunct : TokenKind::kSymbol));
    return r;
  }
  if (IsCurrencySymbol(c)) {
    Emit(p, n, TokenKind::kCurrency);
    return n;
  }
  if (c == ':' || c == ';') {  // emoticons ":)", ";-)", ":D"
    uint32_t r = n;
    if (r < end_ && text_[r] == '-') ++r;
    if (r < end_ &&
        (text_[r] == ')' || text_[r] == '(' || text_[r] == 'D' || text_[r] == 'P' ||
         text_[r] == 'p') &&
        !AlnumAt(r + 1, end_)) {
      Emit(p, r + 1, TokenKind::kSymbol);
      return r + 1;
    }
  }
  const bool after_space = out_->empty() || out_->back().end != p;
  if (IsApostrophe(c) && after_space) {  // "'s" written apart, "'90s", "'em"
    uint32_t r = run([](char b) { return IsAsciiAlpha(b); });
    std::string_view tail = text_.substr(n, r - n);
    if (r > n && !AlnumAt(r, end_) && (IsApostropheClitic(tail) || tail == "em")) {
      Emit(p, r, TokenKind::kClitic);
      return r;
    }
    r = run([](char b) { return IsAsciiDigit(b); });
    if (r == n + 2) {
      if (r < end_ && text_[r] == 's') ++r;
      if (!AlnumAt(r, end_)) {
        Emit(p, r, TokenKind::kNumber);
        return r;
      }
    }
  }
  bool punct = c < 0x80 ? IsAsciiPunct(c) : (c >= 0 && u_ispunct(c));
  Emit(p, n, punct ? TokenKind::kPunct : TokenKind::kSymbol);
  return n;
}

}  // namespace newsgraph::text
