#include "extract/ner_gazetteer.h"

#include <string>
#include <utility>

namespace newsgraph::extract::ner {

Result<std::shared_ptr<const lexicon::Gazetteer>> SharedGazetteer() {
  static const Result<std::shared_ptr<const lexicon::Gazetteer>> loaded =
      []() -> Result<std::shared_ptr<const lexicon::Gazetteer>> {
    auto g = lexicon::Gazetteer::LoadDefault();
    if (!g.ok()) return g.status();
    return std::make_shared<const lexicon::Gazetteer>(std::move(g).value());
  }();
  return loaded;
}

void TagGazetteer(const lexicon::Gazetteer& gazetteer, std::span<const std::string_view> words,
                  std::vector<GazetteerTag>* out) {
  out->assign(words.size(), GazetteerTag{});
  bool any = false;
  for (std::string_view w : words) {
    const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    any |= (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  if (!any) return;
  // The gazetteer matches over text and tokens: the words joined by spaces.
  thread_local std::string text;
  thread_local std::vector<text::Token> tokens;
  text.clear();
  tokens.clear();
  for (std::string_view w : words) {
    if (!text.empty()) text.push_back(' ');
    const auto start = static_cast<uint32_t>(text.size());
    text.append(w);
    tokens.push_back({start, static_cast<uint32_t>(text.size()), text::TokenKind::kWord});
  }
  for (size_t i = 0; i < words.size();) {
    const auto c = static_cast<unsigned char>(words[i].empty() ? 0 : words[i][0]);
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) {
      ++i;
      continue;
    }
    auto match = gazetteer.LongestMatch(text, tokens, i);
    if (!match || match->end <= i) {
      ++i;
      continue;
    }
    const auto kind = static_cast<uint8_t>(static_cast<int>(match->entry->kind) + 1);
    for (size_t j = i; j < match->end; ++j) (*out)[j] = {kind, j == i};
    i = match->end;
  }
}

}  // namespace newsgraph::extract::ner
