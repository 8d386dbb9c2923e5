// BASELINE (issue 2) event trigger list: inflected word forms -> CAMEO code
// (data/cameo/baseline_verbs.tsv, written by hand). No stemming: each form
// is listed. Forms may span several tokens ("called for"); lookup is the
// longest form starting at a token, compared case-insensitively (ASCII).
// Issue 6 replaces this with dictionary patterns over dependency parses.
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_VERB_LIST_H_
#define NEWSGRAPH_LEXICON_VERB_LIST_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/cameo_table.h"
#include "lexicon/phrase_table.h"
#include "newsgraph/status.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {

struct VerbEntry {
  std::string form;  // lower case as written in the file, e.g. "called for"
  std::string code;  // CAMEO code, e.g. "020"
};

class VerbList {
 public:
  // The list compiled into the library.
  static Result<VerbList> LoadDefault();
  // From file contents; `name` prefixes error messages. Empty forms, forms
  // with upper-case letters, malformed codes and repeated forms are
  // kCorruption errors naming the line.
  static Result<VerbList> Parse(std::string_view name, std::string_view tsv);

  // kCorruption naming the first form whose code `table` does not define.
  Status CheckCodes(const CameoTable& table) const;

  struct Match {
    size_t end = 0;  // one past the last matched token
    const VerbEntry* entry = nullptr;
  };
  // REQUIRES: begin < tokens.size(); tokens lie inside `text`.
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;

  size_t size() const { return entries_.size(); }

 private:
  std::string name_;  // data file name, for error messages
  std::vector<VerbEntry> entries_;
  PhraseTable table_;  // normalised form -> index into entries_
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_VERB_LIST_H_
