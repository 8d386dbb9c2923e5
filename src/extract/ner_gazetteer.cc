#include "extract/ner_gazetteer.h"

#include <string>
#include <utility>

#include "lexicon/name_key.h"

namespace newsgraph::extract::ner {
namespace {

bool CapitalOrNonAscii(std::string_view w) {
  const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool Letter(std::string_view w) {
  const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The place of word j in a match [begin, end) of kind `kind` (>= 1), as
// LexiconTag packs it.
uint8_t Pack(uint8_t kind, size_t j, size_t begin, size_t end) {
  return static_cast<uint8_t>(kind * 4 + (j == begin ? 1 : 0) + (j + 1 == end ? 2 : 0));
}

}  // namespace

Result<std::shared_ptr<const Lexicons>> SharedLexicons() {
  static const Result<std::shared_ptr<const Lexicons>> loaded =
      []() -> Result<std::shared_ptr<const Lexicons>> {
    auto g = lexicon::Gazetteer::LoadDefault();
    if (!g.ok()) return g.status();
    auto roles = lexicon::RoleTable::LoadDefault();
    if (!roles.ok()) return roles.status();
    auto rules = lexicon::NameKeyRules::LoadDefault();
    if (!rules.ok()) return rules.status();
    auto actors = lexicon::ActorTable::LoadDefault(*rules);
    if (!actors.ok()) return actors.status();
    return std::make_shared<const Lexicons>(
        Lexicons{std::move(g).value(), std::move(roles).value(), std::move(actors).value()});
  }();
  return loaded;
}

void TagLexicons(const Lexicons& lexicons, std::span<const std::string_view> words,
                 std::vector<LexiconTag>* out) {
  out->assign(words.size(), LexiconTag{});
  // The tables match over text and tokens: the words joined by spaces.
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
    if (!CapitalOrNonAscii(words[i])) {
      ++i;
      continue;
    }
    auto match = lexicons.gazetteer.LongestMatch(text, tokens, i);
    if (!match || match->end <= i) {
      ++i;
      continue;
    }
    const auto kind = static_cast<uint8_t>(static_cast<int>(match->entry->kind) + 1);
    for (size_t j = i; j < match->end; ++j) (*out)[j].gaz = Pack(kind, j, i, match->end);
    i = match->end;
  }
  for (size_t i = 0; i < words.size();) {
    if (!Letter(words[i])) {
      ++i;
      continue;
    }
    auto match = lexicons.roles.LongestMatch(text, tokens, i);
    if (!match || match->end <= i) {
      ++i;
      continue;
    }
    const uint8_t kind = match->role->kind == lexicon::RoleEntry::Kind::kTitle ? 1 : 2;
    for (size_t j = i; j < match->end; ++j) (*out)[j].role = Pack(kind, j, i, match->end);
    i = match->end;
  }
  for (size_t i = 0; i < words.size();) {
    if (!CapitalOrNonAscii(words[i])) {
      ++i;
      continue;
    }
    auto match = lexicons.actors.LongestMatch(text, tokens, i);
    if (!match || match->end <= i) {
      ++i;
      continue;
    }
    const uint8_t kind = match->actor->type == "PERSON" ? 1 : 2;
    for (size_t j = i; j < match->end; ++j) (*out)[j].actor = Pack(kind, j, i, match->end);
    i = match->end;
  }
}

}  // namespace newsgraph::extract::ner
