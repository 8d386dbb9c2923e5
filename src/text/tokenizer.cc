#include "text/tokenizer.h"

#include <fmt/core.h>

#include <limits>

#include "text/token_scanner.h"

namespace newsgraph::text {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kClitic:
      return "clitic";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kCurrency:
      return "currency";
  }
  return "word";
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::Create() {
  auto abbreviations = Abbreviations::Default();
  if (!abbreviations.ok()) return abbreviations.status();
  return std::shared_ptr<const Tokenizer>(new Tokenizer(std::move(abbreviations).value()));
}

Result<std::vector<Token>> Tokenizer::Tokenize(std::string_view text, uint32_t begin,
                                               uint32_t end) const {
  if (text.size() > std::numeric_limits<uint32_t>::max() || begin > end || end > text.size()) {
    return Status::InvalidArgument(fmt::format(
        "tokenize: range [{}, {}) outside a text of {} bytes", begin, end, text.size()));
  }
  std::vector<Token> out;
  // News English averages about 5.5 bytes per token; one reservation keeps
  // the output vector from regrowing on typical sentences.
  out.reserve((end - begin) / 5 + 4);
  TokenScanner(text, end, *abbreviations_, &out).Scan(begin);
  return out;
}

}  // namespace newsgraph::text
