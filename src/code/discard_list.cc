#include "code/discard_list.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "lexicon/dictionary_syntax.h"
#include "text/decode.h"

namespace newsgraph::code {
namespace {

namespace dict = lexicon::dict;

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// `word` upper-cased equals `upper`.
bool EqualUpper(std::string_view word, std::string_view upper) {
  return word.size() == upper.size() && std::equal(word.begin(), word.end(), upper.begin(),
                                                   [](char a, char b) { return Upper(a) == b; });
}

bool IsSeparator(char c) { return c == '_' || c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

// Whether `a` is a better match than `b` within one level.
bool Better(const DiscardMatch& a, const DiscardMatch& b) {
  if (a.begin != b.begin) return a.begin < b.begin;
  if (a.end != b.end) return a.end > b.end;
  return a.discard->line < b.discard->line;
}

}  // namespace

Result<DiscardList> DiscardList::Parse(std::string_view text, std::string_view origin) {
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckUtf8File(text, origin));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // BOM

  DiscardList list;
  dict::LineReader reader(text);
  std::string_view raw;
  size_t number = 0;
  while (reader.Next(&raw, &number)) {
    std::string_view line = dict::StripComment(raw);
    if (line.empty()) continue;
    bool story = line.front() == '+';
    if (story) line = dict::Trim(line.substr(1));
    Phrase phrase;
    std::string_view rest = line;
    while (!rest.empty()) {
      size_t start = 0;
      while (start < rest.size() && IsSeparator(rest[start])) ++start;
      size_t end = start;
      while (end < rest.size() && !IsSeparator(rest[end])) ++end;
      if (end > start) {
        std::string word(rest.substr(start, end - start));
        std::transform(word.begin(), word.end(), word.begin(), Upper);
        phrase.words.push_back(std::move(word));
      }
      rest.remove_prefix(end);
    }
    if (phrase.words.empty()) {
      return Status::InvalidInput(fmt::format("{}:{}: empty {} discard", origin, number,
                                              story ? "story-level" : "sentence-level"));
    }
    phrase.whole_last = line.back() == '_';
    size_t index = list.discards_.size();
    list.longest_first_ = std::max(list.longest_first_, phrase.words[0].size());
    list.by_first_[phrase.words[0]].push_back(index);
    list.discards_.push_back({std::string(line), story, static_cast<int>(number)});
    list.phrases_.push_back(std::move(phrase));
  }
  return list;
}

Result<DiscardList> DiscardList::LoadFile(const std::string& path) {
  std::string contents;
  NEWSGRAPH_RETURN_IF_ERROR(dict::ReadWholeFile(path, &contents));
  return Parse(contents, std::filesystem::path(path).filename().string());
}

std::optional<size_t> DiscardList::MatchAt(const Phrase& phrase,
                                           const std::vector<std::string_view>& words,
                                           size_t begin) {
  size_t w = begin;
  for (size_t j = 0; j < phrase.words.size(); ++j) {
    std::string_view want = phrase.words[j];
    bool stem = j + 1 == phrase.words.size() && !phrase.whole_last;
    // Input words whose concatenation is `want` (or, for a stem, starts with it).
    size_t matched = 0;
    while (matched < want.size()) {
      if (w >= words.size() || words[w].empty()) return std::nullopt;
      std::string_view word = words[w];
      size_t left = want.size() - matched;
      if (word.size() > left) {
        if (!stem || !EqualUpper(word.substr(0, left), want.substr(matched))) return std::nullopt;
        matched = want.size();
      } else {
        if (!EqualUpper(word, want.substr(matched, word.size()))) return std::nullopt;
        matched += word.size();
      }
      ++w;
    }
  }
  return w;
}

std::optional<DiscardMatch> DiscardList::Match(
    const std::vector<std::string_view>& upper_words) const {
  std::optional<DiscardMatch> best[2];  // [0] sentence-level, [1] story-level
  std::string prefix;
  for (size_t i = 0; i < upper_words.size(); ++i) {
    if (best[1]) break;  // a story-level match at an earlier start cannot be beaten
    // The first phrase word may be a prefix of words[i] (a stem) or span
    // several words: try every prefix of their concatenation.
    prefix.clear();
    for (size_t k = i; k < upper_words.size() && prefix.size() < longest_first_; ++k) {
      for (char c : upper_words[k]) prefix.push_back(Upper(c));
    }
    if (prefix.size() > longest_first_) prefix.resize(longest_first_);
    for (size_t n = 1; n <= prefix.size(); ++n) {
      auto it = by_first_.find(prefix.substr(0, n));
      if (it == by_first_.end()) continue;
      for (size_t index : it->second) {
        auto end = MatchAt(phrases_[index], upper_words, i);
        if (!end) continue;
        const Discard& d = discards_[index];
        DiscardMatch m{&d, i, *end};
        auto& slot = best[d.story_level ? 1 : 0];
        if (!slot || Better(m, *slot)) slot = m;
      }
    }
  }
  if (best[1]) return best[1];
  return best[0];
}

std::optional<Discard> DiscardList::Find(const std::vector<std::string_view>& upper_words) const {
  auto m = Match(upper_words);
  if (!m) return std::nullopt;
  return *m->discard;
}

}  // namespace newsgraph::code
