// The lemmatizer: maps a tagged word to its dictionary form, the way UD
// English EWT writes lemmas ("went"/VERB -> "go", "Cars"/NOUN -> "car",
// "Iraq"/PROPN -> "Iraq", "n't" -> "not").
//
// Three sources, tried in order:
//   1. the lexicon, data/lang/lemma_lexicon.tsv: the most frequent lemma of
//      each (form, UPOS) pair in EWT train, then WordNet's exception lists
//      ("children" -> "child", "better"/ADJ -> "good"); looked up as
//      written, then lower-cased;
//   2. suffix rules chosen by the PTB tag (NNS, VBD, VBG, JJR, ...), in the
//      manner of WordNet's morphy: each rule proposes a stem and the first
//      one found in WordNet's word list (data/lang/lemma_words.tsv) wins;
//   3. a fallback stem when WordNet knows none of them.
// Both files are written by tools/build_lemma_data.py (docs/models.md).
//
// Thread-safety: a Lemmatizer is immutable; Lemmatize() may run concurrently.
#ifndef NEWSGRAPH_LANG_LEMMATIZER_H_
#define NEWSGRAPH_LANG_LEMMATIZER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/string_hash.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

class Lemmatizer {
 public:
  // Parses the two TSV files (see the header comment); errors name the file
  // and line. The views must stay valid while the Lemmatizer lives.
  static Result<std::unique_ptr<const Lemmatizer>> Load(std::string_view lexicon_tsv,
                                                        std::string_view words_tsv);
  // The lemmatizer over the embedded data files, loaded once.
  static Result<const Lemmatizer*> Default();

  // REQUIRES: `form` is valid UTF-8. `upos`/`xpos` may be "_" or unknown
  // tags; the result then falls back to the lower-cased form. Never empty
  // for a non-empty form.
  std::string Lemmatize(std::string_view form, std::string_view upos, std::string_view xpos) const;

 private:
  Lemmatizer() = default;
  std::string FromRules(const std::string& lower, std::string_view upos,
                        std::string_view xpos) const;
  bool IsWord(char pos, std::string_view word) const;
  // The lexicon's lemma for the tags, else for the UPOS with any XPOS.
  const std::string_view* Find(std::string_view form, std::string_view upos,
                               std::string_view xpos) const;

  // Key: form + '\t' + upos + '\t' + xpos ("*" = any).
  std::unordered_map<std::string, std::string_view, StringHash, std::equal_to<>> lexicon_;
  // Key: pos letter (n, v, a, r) + word.
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_LEMMATIZER_H_
