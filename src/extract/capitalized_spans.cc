#include "extract/capitalized_spans.h"

#include "extract/name_tokens.h"

namespace newsgraph::extract {
namespace {

// Bridges longer than this ("of the al-") are not names.
constexpr size_t kMaxBridge = 3;

std::string_view TokenText(std::string_view text, const text::Token& t) {
  return text.substr(t.start, t.end - t.start);
}

bool IsHyphen(std::string_view s) {
  return s == "-" || s == "\xE2\x80\x90" /* U+2010 */ || s == "\xE2\x80\x91" /* U+2011 */;
}

bool ContinuesName(std::string_view text, const text::Token& t) {
  std::string_view s = TokenText(text, t);
  return t.kind == text::TokenKind::kWord && IsCapitalized(s) && !IsFunctionWord(s);
}

// Token k may sit in a bridge between two capitalised words.
bool IsBridge(std::string_view text, std::span<const text::Token> tokens, size_t k) {
  std::string_view s = TokenText(text, tokens[k]);
  bool glued_left = tokens[k].start == tokens[k - 1].end;
  if (IsHyphen(s)) {
    return glued_left && k + 1 < tokens.size() && tokens[k + 1].start == tokens[k].end;
  }
  if (tokens[k].kind != text::TokenKind::kWord || IsCapitalized(s)) return false;
  if (IsNameConnector(s)) return true;
  // A lower-case word inside a hyphenated compound: "-in-".
  return glued_left && IsHyphen(TokenText(text, tokens[k - 1]));
}

}  // namespace

bool StartsName(std::string_view text, std::span<const text::Token> tokens, size_t i) {
  return ContinuesName(text, tokens[i]);
}

size_t CapitalizedRunEnd(std::string_view text, std::span<const text::Token> tokens, size_t begin,
                         const std::function<bool(size_t)>& place_starts_at) {
  size_t end = begin + 1;
  while (end < tokens.size()) {
    if (ContinuesName(text, tokens[end])) {
      ++end;
      continue;
    }
    size_t k = end;
    while (k < tokens.size() && k - end < kMaxBridge && IsBridge(text, tokens, k)) ++k;
    if (k == end || k >= tokens.size() || !ContinuesName(text, tokens[k])) break;
    if (place_starts_at(k)) break;
    end = k + 1;
  }
  return end;
}

}  // namespace newsgraph::extract
