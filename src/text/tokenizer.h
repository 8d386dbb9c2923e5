// Tokenization with byte offsets, following the conventions of UD English
// EWT closely enough that a tagger trained on EWT sees familiar tokens
// (docs/tokenization.md has the full list and the measured agreement):
//   - clitics split off: "Iraq's" -> "Iraq" "'s", "didn't" -> "did" "n't",
//     "can't" -> "ca" "n't", "won't" -> "wo" "n't", "cannot" -> "can" "not"
//     (curly apostrophes too);
//   - hyphenated words split ("long" "-" "term") except after prefixes EWT
//     keeps ("e-mail", "non-profit", "mid-July") and in phone numbers;
//   - numbers whole ("2,500", "3.5", "10:30", "9/11", "1990s", "20th"); units
//     and magnitudes split ("5" "pm", "1.13" "bn"); "%" and currency symbols
//     split ("$" "1.13" "bn", "£" "600" "m"), except "US$"-style prefixes;
//   - URLs, e-mail addresses, @handles, #hashtags and emoji (flag pairs, ZWJ
//     sequences, skin tones) are one token each;
//   - abbreviations keep their period ("U.S.", "Dr.", "a.m.", initials "W."),
//     except at the very end of the range, where EWT splits it off as the
//     sentence's final punctuation ("in the U.S" ".");
//   - quotes and brackets split off; runs like "...", "--", "?!" are one token.
//
// One left-to-right pass over the bytes: an ASCII table for the common case,
// ICU character properties for the rest, no regular expressions and no
// allocation besides the output vector.
//
// Thread-safety: Tokenizer is immutable after Create(); Tokenize() may be
// called concurrently.
#ifndef NEWSGRAPH_TEXT_TOKENIZER_H_
#define NEWSGRAPH_TEXT_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/status.h"
#include "text/abbreviations.h"

namespace newsgraph::text {

// A coarse hint of what a token is; a tagger decides the real category.
enum class TokenKind {
  kWord,      // letters, possibly with digits, inner hyphens, periods, apostrophes
  kNumber,    // starts with a digit: "2,500", "3.5", "9/11", "1990s", "20th"
  kPunct,     // punctuation: , . ... -- " ( ) ...
  kSymbol,    // other symbols: % + = & © ...
  kClitic,    // split off the word before it with no space between: 's n't 'll not na
  kUrl,       // http://..., www.example.com/..., bbc.co.uk
  kEmail,     // name@example.com
  kHandle,    // @IraqiPMO
  kHashtag,   // #Iraq
  kEmoji,     // 😀 🇮🇶 👩‍👩‍👧 👍🏽
  kCurrency,  // $ £ € US$
};

// The stable lower-case name of a kind ("word", "clitic", ...).
std::string_view TokenKindName(TokenKind kind);

struct Token {
  uint32_t start = 0;  // byte offsets into the text given to Tokenize
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

class Tokenizer {
 public:
  // With the abbreviation list shared with the sentence segmenter
  // (data/text/abbreviations.tsv, one instance: Abbreviations::Default()).
  static Result<std::shared_ptr<const Tokenizer>> Create();

  // Tokens of text[begin, end), offsets relative to `text`. Tokens are sorted,
  // non-empty, non-overlapping, lie on code point boundaries inside the range
  // and never contain white space or control characters.
  // REQUIRES: `text` is valid UTF-8 (not checked: an invalid byte becomes a
  // one-byte symbol token, never a read out of bounds).
  // Returns kInvalidArgument unless begin <= end <= text.size() < 2^32.
  Result<std::vector<Token>> Tokenize(std::string_view text, uint32_t begin, uint32_t end) const;

 private:
  explicit Tokenizer(std::shared_ptr<const Abbreviations> abbreviations)
      : abbreviations_(std::move(abbreviations)) {}
  std::shared_ptr<const Abbreviations> abbreviations_;  // never null
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKENIZER_H_
