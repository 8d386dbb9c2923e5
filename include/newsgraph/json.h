// newsgraph/json.h — the JSON form of an Analysis (the output contract).
//
// The format is documented in docs/output.md and fixed by the JSON Schema in
// docs/analysis.schema.json. Every contract field is always present: lists
// not produced yet are empty arrays, unknown scalars are null.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_JSON_H_
#define NEWSGRAPH_JSON_H_

#include <string>

#include "newsgraph/analysis.h"

namespace newsgraph {

// `indent` < 0 gives one line (JSONL-friendly); >= 0 pretty-prints.
std::string AnalysisToJson(const Analysis& analysis, int indent = -1);

}  // namespace newsgraph

#endif  // NEWSGRAPH_JSON_H_
