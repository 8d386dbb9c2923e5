// JSON pieces shared by the serialisers of the output contract
// (analysis_json.cc, text_json.cc): spans, repairs, exclusions. Field names
// are fixed by docs/analysis.schema.json.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_CORE_JSON_PARTS_H_
#define NEWSGRAPH_CORE_JSON_PARTS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/analysis.h"

namespace newsgraph::json_parts {

using json = nlohmann::ordered_json;

// Adds start, end, raw_start, raw_end to `j`.
void PutSpan(json& j, const Span& s);
json SpanJson(const Span& s);
json RepairJson(const Repair& r);
json ExclusionJson(const Exclusion& x);
json SentenceJson(const Sentence& s);
json ToneJson(const Tone& t);

// Invalid UTF-8 cannot reach a serialiser (the text stage rejects it);
// "replace" keeps a bug from turning into an exception.
std::string Dump(const json& j, int indent);

}  // namespace newsgraph::json_parts

#endif  // NEWSGRAPH_CORE_JSON_PARTS_H_
