// newsgraph/json.h — the JSON forms of an Analysis (the output contract) and
// of a TextResult (what `newsgraph repair --explain`, `segment --format
// jsonl` and `tokenize --format jsonl` print).
//
// The Analysis format is documented in docs/output.md and fixed by the JSON
// Schema in docs/analysis.schema.json. Every contract field is always
// present: lists not produced yet are empty arrays, unknown scalars are null.
// The text forms reuse its span, repair and exclusion objects (docs/cli.md).
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_JSON_H_
#define NEWSGRAPH_JSON_H_

#include <cstddef>
#include <string>

#include "newsgraph/analysis.h"
#include "newsgraph/text.h"

namespace newsgraph {

// `indent` < 0 gives one line (JSONL-friendly); >= 0 pretty-prints.
std::string AnalysisToJson(const Analysis& analysis, int indent = -1);

// The entities part of an Analysis, as `newsgraph entities` prints it:
// {"id", "date", "focus_country", "entities"} with the same entity objects.
std::string EntitiesToJson(const Analysis& analysis, int indent = -1);

// The events part of an Analysis, as `newsgraph events` prints it:
// {"id", "date", "events"} with the same event objects.
std::string EventsToJson(const Analysis& analysis, int indent = -1);

// {"text", "repairs", "excluded"} of a TextResult.
std::string RepairsToJson(const TextResult& result, int indent = -1);

// One line of JSONL per sentence or token, with its text:
//   {"sentence": i, "paragraph", "start", "end", "raw_start", "raw_end", "text"}
//   {"sentence", "token": i, "kind", "start", "end", "raw_start", "raw_end", "text"}
// REQUIRES: i < result.sentences.size() (resp. result.tokens.size()).
std::string SentenceToJson(const TextResult& result, size_t i);
std::string TokenToJson(const TextResult& result, size_t i);

}  // namespace newsgraph

#endif  // NEWSGRAPH_JSON_H_
