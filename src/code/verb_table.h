// newsgraph's own verb dictionary format (data/cameo/verbs.tsv), read into
// the same VerbDictionary as a PETRARCH verb file so one coder serves both.
//
//   code <TAB> verbs <TAB> pattern <TAB> note
//   0874	withdraw, pull, reduce	* &FORCES	Retreat (withdraw forces)
//   &FORCES	forces, troops, soldiers
//
// `code` is a CAMEO code or "---"; `verbs` are lower-case lemmas separated
// by commas; an empty `pattern` gives the verbs' own code (one per verb),
// else the row adds a PETRARCH pattern (code/verb_pattern_syntax.h
// ParsePattern) to each verb. A row whose code starts with '&' defines a
// synset from comma-separated phrases (words separated by blanks; no
// generated plurals). One block per verb, in order of first appearance;
// the verb's forms are the lemma and its regular forms (irregular ones
// reach it through the analyzer's lemma). The header row ("code ...") and
// '#' lines are skipped.
//
// Errors are kInvalidInput "ORIGIN:LINE: what": a row without 3 or 4
// columns, a bad code, a bad or undefined-synset pattern, a verb that is
// not one lower-case word, a verb given two codes of its own, a synset
// defined twice or empty; invalid UTF-8 or NUL bytes.
//
// Thread-safety: a pure function.
#ifndef NEWSGRAPH_CODE_VERB_TABLE_H_
#define NEWSGRAPH_CODE_VERB_TABLE_H_

#include <string_view>

#include "code/verb_dictionary.h"
#include "newsgraph/status.h"

namespace newsgraph::code {

Result<VerbDictionary> ReadVerbTable(std::string_view text, std::string_view origin);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_VERB_TABLE_H_
