#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>


namespace newsgraph::text {
namespace {

// Classifies a non-word segment by its first code point.
TokenKind ClassifyOther(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(b, i, static_cast<int32_t>(s.size()), c);
  if (c < 0) return TokenKind::kSymbol;
  if (u_ispunct(c)) return TokenKind::kPunct;
  if (u_isdigit(c)) return TokenKind::kNumber;
  if (u_isalpha(c)) return TokenKind::kWord;
  return TokenKind::kSymbol;
}

bool IsAllSpace(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

}  // namespace

Result<std::shared_ptr<const Tokenizer>> Tokenizer::Create() {
  auto words = BreakPrototype::Create(BreakKind::kWord);
  if (!words.ok()) return words.status();
  return std::shared_ptr<const Tokenizer>(new Tokenizer(std::move(words).value()));
}

Result<std::vector<Token>> Tokenizer::Tokenize(std::string_view text, uint32_t begin,
                                               uint32_t end) const {
  std::vector<Token> out;
  if (begin >= end) return out;
  std::string_view piece = text.substr(begin, end - begin);
  Status s = words_.ForEachSegment(piece, [&](int32_t start, int32_t stop, int32_t status) {
    std::string_view seg = piece.substr(static_cast<size_t>(start), static_cast<size_t>(stop - start));
    Token tok{begin + static_cast<uint32_t>(start), begin + static_cast<uint32_t>(stop),
              TokenKind::kWord};
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
      tok.kind = TokenKind::kNumber;
    } else if (status >= UBRK_WORD_LETTER) {
      tok.kind = TokenKind::kWord;
    } else if (IsAllSpace(seg)) {
      return;
    } else {
      tok.kind = ClassifyOther(seg);
    }
    out.push_back(tok);
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace newsgraph::text
