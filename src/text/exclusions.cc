#include "text/exclusions.h"

#include <algorithm>

namespace newsgraph::text {
namespace {

bool Inside(const std::vector<Exclusion>& excluded, uint32_t start, uint32_t end) {
  return std::any_of(excluded.begin(), excluded.end(), [&](const Exclusion& x) {
    return x.span.start <= start && end <= x.span.end;
  });
}

}  // namespace

void DropExcludedSentences(const std::vector<Exclusion>& excluded,
                           std::vector<SentenceRange>* sentences) {
  if (excluded.empty()) return;
  std::erase_if(*sentences,
                [&](const SentenceRange& s) { return Inside(excluded, s.range.start, s.range.end); });
}

void DropExcludedTokens(const std::vector<Exclusion>& excluded, std::vector<Token>* tokens) {
  if (excluded.empty()) return;
  std::erase_if(*tokens, [&](const Token& t) { return Inside(excluded, t.start, t.end); });
}

}  // namespace newsgraph::text
