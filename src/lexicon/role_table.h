// Role words: titles of people ("foreign minister") and collective actors
// ("government", "forces") mapped to a CAMEO/PLOVER sector code. Ours are in
// data/actors/roles.tsv (its header documents the format); a PETRARCH
// .agents dictionary can be added on top (lexicon/agent_dictionary.h).
//
// Matching is case-insensitive over tokens, longest first; a multi-word
// phrase also matches with hyphens for spaces ("Commander-in-Chief").
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_ROLE_TABLE_H_
#define NEWSGRAPH_LEXICON_ROLE_TABLE_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/phrase_table.h"
#include "newsgraph/status.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {

struct RoleEntry {
  enum class Kind { kTitle, kGroup };
  std::string phrase;  // normalised
  std::string sector;  // "GOV"
  Kind kind = Kind::kTitle;
  std::string origin;  // "actors/roles.tsv:31"
};

class RoleTable {
 public:
  static Result<RoleTable> LoadDefault();
  // Malformed rows, a bad sector code or a phrase listed twice are
  // kCorruption errors "name:LINE: ...".
  static Result<RoleTable> Parse(std::string_view name, std::string_view tsv);

  // Adds an entry built elsewhere (an agents dictionary's word).
  void AddEntry(RoleEntry entry);
  // Call after the last AddEntry(); Parse() and LoadDefault() already have.
  void Build();

  // The entry for exactly this phrase (normalised), or null.
  const RoleEntry* Find(std::string_view phrase) const;

  struct Match {
    size_t end = 0;
    const RoleEntry* role = nullptr;
  };
  // REQUIRES: Build() was called; begin < tokens.size().
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;

 private:
  std::vector<RoleEntry> entries_;
  PhraseTable table_;
  std::unordered_map<std::string, size_t> by_phrase_;  // first entry per phrase
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_ROLE_TABLE_H_
