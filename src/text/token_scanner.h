// The single left-to-right pass behind Tokenizer::Tokenize(): at each
// non-space character it picks the rule for what starts there (word or
// number, URL, emoji, punctuation) and consumes one token, by the conventions
// listed in tokenizer.h. Internal to src/text; use Tokenizer.
//
// Invariants of the output (relied on by the tokenizer's contract and checked
// by tests/fuzz/tokenizer_fuzz.cc): tokens are appended in text order, are
// non-empty, do not overlap, start and end on code point boundaries inside the
// range, and never contain a kSpace character.
//
// Thread-safety: a TokenScanner is a short-lived object owned by one call.
#ifndef NEWSGRAPH_TEXT_TOKEN_SCANNER_H_
#define NEWSGRAPH_TEXT_TOKEN_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/tokenizer.h"

namespace newsgraph::text {

class TokenScanner {
 public:
  // REQUIRES: end <= text.size(); `abbreviations` and `out` outlive the scanner.
  TokenScanner(std::string_view text, uint32_t end, const Abbreviations& abbreviations,
               std::vector<Token>* out)
      : text_(text), end_(end), abbreviations_(abbreviations), out_(out) {}

  // Appends the tokens of text[begin, end) to *out.
  void Scan(uint32_t begin);

 private:
  struct Char {
    UChar32 c = -1;
    uint32_t len = 1;
    CharClass cls = CharClass::kOther;
  };
  // The character at byte i. REQUIRES: i < limit <= end_.
  Char At(uint32_t i, uint32_t limit) const {
    const auto b = static_cast<uint8_t>(text_[i]);
    if (b < 0x80) return {b, 1, internal::kAsciiClass[b]};
    // Two-byte sequences (Latin-1 to Arabic) decoded inline; U8_NEXT agrees.
    if (b >= 0xC2 && b < 0xE0 && i + 1 < limit) {
      const auto t = static_cast<uint8_t>(text_[i + 1]);
      if ((t & 0xC0) == 0x80) {
        const UChar32 c = ((b & 0x1F) << 6) | (t & 0x3F);
        return {c, 2, bmp_[c]};
      }
    }
    CodePoint cp = DecodeAt(text_, i, limit);
    return {cp.c, cp.len, cp.c >= 0 && cp.c < 0x10000 ? bmp_[cp.c] : ClassifyNonAscii(cp.c)};
  }
  // The end of the run of ASCII letters and digits starting at q (q itself
  // when there is none), not past end_; ORs their AsciiAlnumFlags into *seen.
  uint32_t AsciiAlnumEnd(uint32_t q, uint8_t* seen) const;
  // The end of the run of two-byte letters (U+0080-07FF: Arabic, Cyrillic,
  // Greek, accented Latin) starting at q, not past end_.
  uint32_t TwoByteLetterEnd(uint32_t q) const;
  bool AsciiSpaceAt(uint32_t i) const {
    const auto b = static_cast<uint8_t>(text_[i]);
    return b < 0x80 && internal::kAsciiClass[b] == CharClass::kSpace;
  }
  bool AlnumAt(uint32_t i, uint32_t limit) const { return i < limit && IsAlnum(At(i, limit).cls); }
  void Emit(uint32_t start, uint32_t end, TokenKind kind) { out_->push_back({start, end, kind}); }

  // Each consumes one token (or a word and its clitic) starting at byte p,
  // emits it and returns the byte just after. Reads never pass end_; every
  // scan stops at white space, which no token contains.
  uint32_t Word(uint32_t p);
  uint32_t Url(uint32_t p, TokenKind kind);
  uint32_t Emoji(uint32_t p);
  uint32_t Punct(uint32_t p);
  // Emits the core word [p, q) (splitting "cannot" and "5pm"-style units) and
  // returns where it ends, taking a following abbreviation period.
  uint32_t FinishWord(uint32_t p, uint32_t q, bool inner_period, bool has_digit);
  // Whether the period at `dot` ends the abbreviation text[p, dot) rather
  // than the sentence.
  bool TakesPeriod(uint32_t p, uint32_t dot, bool inner_period, bool has_digit) const;
  // Nothing but white space (or joiners) from byte i to the end of the range.
  bool OnlySpaceAfter(uint32_t i) const;

  std::string_view text_;
  uint32_t end_;
  const Abbreviations& abbreviations_;
  std::vector<Token>* out_;
  const CharClass* bmp_ = BmpClassTable();
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKEN_SCANNER_H_
