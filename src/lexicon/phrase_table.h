// Longest-match lookup of multi-word phrases over token sequences, shared by
// the gazetteer and the baseline verb list.
//
// A phrase is keyed by its normalised text: ASCII letters lower-cased, the
// typographic apostrophe U+2019 written as "'", and every whitespace run
// written as one space. A token sequence is keyed the same way from its
// slice of the text, so "U.S." matches whether the tokenizer yields "U.S" "."
// or "U.S."; phrases may only start at a token start and end at a token end.
// Non-ASCII letters are compared as they are (text and data are both NFC).
//
// Thread-safety: immutable after Build(); lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_PHRASE_TABLE_H_
#define NEWSGRAPH_LEXICON_PHRASE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::lexicon {

// The normalised key of a phrase written in a data file.
std::string NormalizePhrase(std::string_view phrase);

// The text of tokens [begin, end) with each inter-token gap written as one
// space; `fold` applies the key normalisation (lower case, apostrophes).
// REQUIRES: begin < end <= tokens.size(); tokens lie inside `text`.
std::string TokenPhrase(std::string_view text, std::span<const text::Token> tokens, size_t begin,
                        size_t end, bool fold);

class PhraseTable {
 public:
  // Maps each key to the values added for it, in insertion order.
  void Add(std::string key, uint32_t value);
  // Call once after the last Add().
  void Build();

  bool empty() const { return keys_.empty(); }

  struct Match {
    size_t end = 0;      // one past the last matched token
    uint32_t value = 0;  // the first value for the key that `accept` took
  };
  // The longest phrase starting at tokens[begin] among those values for
  // which accept(value, end) returns true (a caller's case rule, say).
  // REQUIRES: Build() was called; begin < tokens.size().
  std::optional<Match> LongestMatch(
      std::string_view text, std::span<const text::Token> tokens, size_t begin,
      const std::function<bool(uint32_t value, size_t end)>& accept) const;

 private:
  // Sorted by key; equal keys keep insertion order (stable sort). The sort
  // lets a lookup stop as soon as no key starts with the text seen so far.
  std::vector<std::pair<std::string, uint32_t>> entries_;
  std::vector<std::string> keys_;  // entries_[i].first, for lower_bound
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_PHRASE_TABLE_H_
