// Words whose period does not (always) end a sentence, and the capitalised
// words that do start one after an initialism: the segmenter's lexicon.
// Loaded from data/text/abbreviations.tsv and data/text/sentence_starters.tsv
// (both curated by us; their headers describe the columns and docs/
// segmentation.md the rules each kind triggers).
//
// Thread-safety: immutable after Load/Parse; lookups may run concurrently.
// Default() is the one instance the segmenter and the tokenizer share.
#ifndef NEWSGRAPH_TEXT_ABBREVIATIONS_H_
#define NEWSGRAPH_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "newsgraph/status.h"
#include "text/abbreviations_table.h"

namespace newsgraph::text {

// What the period after an abbreviation does before a capitalised word (see
// the header of data/text/abbreviations.tsv).
enum class AbbreviationKind { kTitle, kInner, kNumber, kMonth, kInitialism, kOther };

class Abbreviations {
 public:
  // The tables compiled into the library, parsed on the first call and
  // shared by every later caller (and thread: the initialisation is a
  // function-local static). The data is compiled in, so a failure is the
  // same on every call.
  static Result<std::shared_ptr<const Abbreviations>> Default();
  // A fresh parse of the compiled-in tables (tests; Default() shares one).
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
  using Map = ShortStringTable<AbbreviationKind>;

  Map exact_;   // forms matched as written
  Map folded_;  // forms matched after ASCII lower-casing, stored lower-cased
  ShortStringTable<bool> starters_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_ABBREVIATIONS_H_
