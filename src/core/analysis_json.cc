// Serialises an Analysis to the JSON output contract (docs/output.md).
#include <nlohmann/json.hpp>

#include "newsgraph/json.h"

namespace newsgraph {
namespace {

using json = nlohmann::ordered_json;

template <typename T>
json Optional(const std::optional<T>& v) {
  return v.has_value() ? json(*v) : json(nullptr);
}

void PutSpan(json& j, const Span& s) {
  j["start"] = s.start;
  j["end"] = s.end;
  j["raw_start"] = s.raw_start;
  j["raw_end"] = s.raw_end;
}

json SpanJson(const Span& s) {
  json j = json::object();
  PutSpan(j, s);
  return j;
}

json ArgumentJson(const std::optional<EventArgument>& a) {
  if (!a.has_value()) return nullptr;
  return json{{"entity", Optional(a->entity)}, {"text", a->text}, {"code", Optional(a->code)}};
}

json EntityJson(const Entity& e) {
  json mentions = json::array();
  for (const Mention& m : e.mentions) {
    json jm = SpanJson(m.span);
    jm["sentence"] = m.sentence;
    jm["text"] = m.text;
    mentions.push_back(std::move(jm));
  }
  return json{{"id", e.id},
              {"name", e.name},
              {"type", e.type},
              {"mentions", std::move(mentions)},
              {"roles", e.roles},
              {"actor",
               {{"code", Optional(e.actor.code)},
                {"country", Optional(e.actor.country)},
                {"sector", Optional(e.actor.sector)}}},
              {"rule", e.rule}};
}

json EventJson(const Event& e) {
  return json{{"id", e.id},
              {"sentence", e.sentence},
              {"source", ArgumentJson(e.source)},
              {"target", ArgumentJson(e.target)},
              {"cameo", e.cameo},
              {"plover",
               {{"type", Optional(e.plover.type)},
                {"mode", Optional(e.plover.mode)},
                {"context", Optional(e.plover.context)}}},
              {"goldstein", Optional(e.goldstein)},
              {"quad_class", Optional(e.quad_class)},
              {"negated", e.negated},
              {"attributed_to", Optional(e.attributed_to)},
              {"evidence", SpanJson(e.evidence)},
              {"trigger", SpanJson(e.trigger)},
              {"rule", e.rule}};
}

}  // namespace

std::string AnalysisToJson(const Analysis& a, int indent) {
  json repairs = json::array();
  for (const Repair& r : a.repairs) {
    json j{{"kind", r.kind}, {"before", r.before}, {"after", r.after}, {"note", r.note}};
    PutSpan(j, r.span);
    repairs.push_back(std::move(j));
  }
  json excluded = json::array();
  for (const Exclusion& x : a.excluded) {
    json j{{"kind", x.kind}};
    PutSpan(j, x.span);
    excluded.push_back(std::move(j));
  }
  json sentences = json::array();
  for (const Sentence& s : a.sentences) {
    json j = SpanJson(s.span);
    j["paragraph"] = s.paragraph;
    sentences.push_back(std::move(j));
  }
  json entities = json::array();
  for (const Entity& e : a.entities) entities.push_back(EntityJson(e));
  json events = json::array();
  for (const Event& e : a.events) events.push_back(EventJson(e));

  json doc{{"id", a.id},
           {"source", Optional(a.source)},
           {"title", Optional(a.title)},
           {"date", Optional(a.date)},
           {"language", a.language},
           {"text", a.text},
           {"repairs", std::move(repairs)},
           {"excluded", std::move(excluded)},
           {"sentences", std::move(sentences)},
           {"entities", std::move(entities)},
           {"events", std::move(events)},
           {"dates", json::array()},
           {"amounts", json::array()},
           {"quotes", json::array()},
           {"tone", nullptr}};
  // Invalid UTF-8 cannot reach here (the text stage rejects it); "replace"
  // keeps a bug from turning into an exception.
  return doc.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsgraph
