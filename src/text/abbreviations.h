// Words whose period does not (always) end a sentence, and the capitalised
// words that do start one after an initialism: the segmenter's lexicon.
// Loaded from data/text/abbreviations.tsv and data/text/sentence_starters.tsv
// (both curated by us; their headers describe the columns and docs/
// segmentation.md the rules each kind triggers).
//
// Thread-safety: immutable after Load/Parse; lookups may run concurrently.
#ifndef NEWSGRAPH_TEXT_ABBREVIATIONS_H_
#define NEWSGRAPH_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "newsgraph/status.h"

namespace newsgraph::text {

// What the period after an abbreviation does before a capitalised word (see
// the header of data/text/abbreviations.tsv).
enum class AbbreviationKind { kTitle, kInner, kNumber, kMonth, kInitialism, kOther };

class Abbreviations {
 public:
  // The tables compiled into the library.
  static Result<Abbreviations> LoadDefault();
  // `*_name` prefix errors ("text/abbreviations.tsv:12: unknown kind ...").
  // Malformed lines and duplicate forms are kCorruption.
  static Result<Abbreviations> Parse(std::string_view abbreviations_name,
                                     std::string_view abbreviations_tsv,
                                     std::string_view starters_name,
                                     std::string_view starters_tsv);

  // `word` is the word before the period, without it, inner periods kept
  // ("U.S", "Gen", "N°"). Case-insensitive forms match any ASCII case.
  std::optional<AbbreviationKind> Find(std::string_view word) const;

  // Whether `word` (as written) is in the sentence-starter list ("The", "He").
  bool IsSentenceStarter(std::string_view word) const;

  size_t size() const { return exact_.size() + folded_.size(); }

 private:
  // Heterogeneous lookup: Find() probes with a string_view, no allocation.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, AbbreviationKind, Hash, std::equal_to<>>;

  Map exact_;   // forms matched as written
  Map folded_;  // forms matched after ASCII lower-casing, stored lower-cased
  std::unordered_set<std::string, Hash, std::equal_to<>> starters_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_ABBREVIATIONS_H_
