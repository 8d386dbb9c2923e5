// Serialises a TextResult (newsgraph/json.h).
#include <string_view>

#include "core/json_parts.h"
#include "newsgraph/json.h"

namespace newsgraph {
namespace {

using json_parts::json;

std::string_view Slice(const TextResult& r, const Span& s) {
  return std::string_view(r.text).substr(s.start, s.end - s.start);
}

}  // namespace

std::string RepairsToJson(const TextResult& r, int indent) {
  json repairs = json::array();
  for (const Repair& x : r.repairs) repairs.push_back(json_parts::RepairJson(x));
  json excluded = json::array();
  for (const Exclusion& x : r.excluded) excluded.push_back(json_parts::ExclusionJson(x));
  json doc{{"text", r.text}, {"repairs", std::move(repairs)}, {"excluded", std::move(excluded)}};
  return json_parts::Dump(doc, indent);
}

std::string SentenceToJson(const TextResult& r, size_t i) {
  const Sentence& s = r.sentences[i];
  json j{{"sentence", i}, {"paragraph", s.paragraph}};
  json_parts::PutSpan(j, s.span);
  j["text"] = Slice(r, s.span);
  return json_parts::Dump(j, -1);
}

std::string TokenToJson(const TextResult& r, size_t i) {
  const TextToken& t = r.tokens[i];
  json j{{"sentence", t.sentence}, {"token", i}, {"kind", t.kind}};
  json_parts::PutSpan(j, t.span);
  j["text"] = Slice(r, t.span);
  return json_parts::Dump(j, -1);
}

}  // namespace newsgraph
