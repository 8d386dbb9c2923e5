// Tokenization with byte offsets.
//
// Baseline (issue 2): ICU's word BreakIterator; whitespace segments are
// dropped, everything else is a token. Issue 3 replaces this with
// EWT-style tokenization (clitics, hyphens, URLs, handles, ...).
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
#include "text/break_iterator.h"


namespace newsgraph::text {

enum class TokenKind { kWord, kNumber, kPunct, kSymbol };

struct Token {
  uint32_t start = 0;  // byte offsets into the text given to Tokenize
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

class Tokenizer {
 public:
  static Result<std::shared_ptr<const Tokenizer>> Create();

  // Tokens of text[begin, end), offsets relative to `text`.
  // REQUIRES: valid UTF-8, begin <= end <= text.size().
  Result<std::vector<Token>> Tokenize(std::string_view text, uint32_t begin,
                                      uint32_t end) const;

 private:
  explicit Tokenizer(BreakPrototype words) : words_(std::move(words)) {}
  BreakPrototype words_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKENIZER_H_
