#include "lexicon/phrase_table.h"

#include <algorithm>

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // U+2019

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Appends `s` to `out` folded: ASCII lower case, U+2019 as "'".
void AppendFolded(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, kRightQuote.size()) == kRightQuote) {
      out->push_back('\'');
      i += kRightQuote.size() - 1;
      continue;
    }
    char c = s[i];
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

}  // namespace

std::string NormalizePhrase(std::string_view phrase) {
  std::string out;
  size_t i = 0;
  while (i < phrase.size()) {
    if (IsSpace(phrase[i])) {
      while (i < phrase.size() && IsSpace(phrase[i])) ++i;
      if (!out.empty() && i < phrase.size()) out.push_back(' ');
      continue;
    }
    size_t j = i;
    while (j < phrase.size() && !IsSpace(phrase[j])) ++j;
    AppendFolded(phrase.substr(i, j - i), &out);
    i = j;
  }
  return out;
}

std::string TokenPhrase(std::string_view text, std::span<const text::Token> tokens, size_t begin,
                        size_t end, bool fold) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && tokens[i].start > tokens[i - 1].end) out.push_back(' ');
    std::string_view piece = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    if (fold) {
      AppendFolded(piece, &out);
    } else {
      out.append(piece);
    }
  }
  return out;
}

void PhraseTable::Add(std::string key, uint32_t value) {
  entries_.emplace_back(std::move(key), value);
}

void PhraseTable::Build() {
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  keys_.clear();
  keys_.reserve(entries_.size());
  for (const auto& e : entries_) keys_.push_back(e.first);
}

std::optional<PhraseTable::Match> PhraseTable::LongestMatch(
    std::string_view text, std::span<const text::Token> tokens, size_t begin,
    const std::function<bool(uint32_t value, size_t end)>& accept) const {
  std::optional<Match> best;
  std::string key;
  for (size_t j = begin; j < tokens.size(); ++j) {
    if (j > begin && tokens[j].start > tokens[j - 1].end) key.push_back(' ');
    AppendFolded(text.substr(tokens[j].start, tokens[j].end - tokens[j].start), &key);
    auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
    if (it == keys_.end() || !std::string_view(*it).starts_with(key)) break;  // no longer phrase
    for (; it != keys_.end() && *it == key; ++it) {
      uint32_t value = entries_[static_cast<size_t>(it - keys_.begin())].second;
      if (accept(value, j + 1)) {
        best = Match{j + 1, value};
        break;
      }
    }
  }
  return best;
}

}  // namespace newsgraph::lexicon
