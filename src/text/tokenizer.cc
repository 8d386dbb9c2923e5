#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

#include "text/utext_util.h"

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

Tokenizer::~Tokenizer() = default;

Result<std::shared_ptr<const Tokenizer>> Tokenizer::Create() {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), err));
  if (U_FAILURE(err) || !it) {
    return Status::Internal(std::string("ICU word iterator: ") + u_errorName(err));
  }
  std::shared_ptr<Tokenizer> t(new Tokenizer());
  t->prototype_ = std::move(it);
  return std::shared_ptr<const Tokenizer>(std::move(t));
}

Result<std::vector<Token>> Tokenizer::Tokenize(std::string_view text, uint32_t begin,
                                               uint32_t end) const {
  std::vector<Token> out;
  if (begin >= end) return out;
  std::string_view piece = text.substr(begin, end - begin);
  std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
  if (!it) return Status::Internal("ICU break iterator clone failed");
  Utf8Text ut(piece);
  if (!ut.ok()) return Status::Internal(std::string("ICU UText: ") + u_errorName(ut.status()));
  UErrorCode err = U_ZERO_ERROR;
  it->setText(ut.get(), err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU setText: ") + u_errorName(err));
  int32_t prev = it->first();
  for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
    std::string_view seg = piece.substr(static_cast<size_t>(prev), static_cast<size_t>(next - prev));
    int32_t status = it->getRuleStatus();
    Token tok{begin + static_cast<uint32_t>(prev), begin + static_cast<uint32_t>(next),
              TokenKind::kWord};
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
      tok.kind = TokenKind::kNumber;
    } else if (status >= UBRK_WORD_LETTER) {
      tok.kind = TokenKind::kWord;
    } else if (IsAllSpace(seg)) {
      prev = next;
      continue;
    } else {
      tok.kind = ClassifyOther(seg);
    }
    out.push_back(tok);
    prev = next;
  }
  return out;
}

}  // namespace newsgraph::text
