// Serialises an Analysis to the JSON output contract (docs/output.md).
#include "core/json_parts.h"
#include "newsgraph/json.h"

namespace newsgraph {
namespace {

using json_parts::json;
using json_parts::SpanJson;

template <typename T>
json Optional(const std::optional<T>& v) {
  return v.has_value() ? json(*v) : json(nullptr);
}

json ArgumentJson(const std::optional<EventArgument>& a) {
  if (!a.has_value()) return nullptr;
  return json{{"entity", Optional(a->entity)}, {"text", a->text}, {"code", Optional(a->code)}};
}

json RoleJson(const Role& r) {
  json j = SpanJson(r.span);
  j["sentence"] = r.sentence;
  j["title"] = r.title;
  j["country"] = Optional(r.country);
  j["sector"] = r.sector;
  j["rule"] = r.rule;
  return j;
}

json PlaceJson(const std::optional<Place>& p) {
  if (!p.has_value()) return nullptr;
  return json{{"country", p->country},
              {"city", Optional(p->city)},
              {"latitude", Optional(p->latitude)},
              {"longitude", Optional(p->longitude)}};
}

json EntityJson(const Entity& e) {
  json mentions = json::array();
  for (const Mention& m : e.mentions) {
    json jm = SpanJson(m.span);
    jm["sentence"] = m.sentence;
    jm["text"] = m.text;
    mentions.push_back(std::move(jm));
  }
  json roles = json::array();
  for (const Role& r : e.roles) roles.push_back(RoleJson(r));
  return json{{"id", e.id},
              {"name", e.name},
              {"type", e.type},
              {"mentions", std::move(mentions)},
              {"roles", std::move(roles)},
              {"actor",
               {{"code", Optional(e.actor.code)},
                {"country", Optional(e.actor.country)},
                {"sector", Optional(e.actor.sector)},
                {"other_sectors", e.actor.other_sectors},
                {"description", Optional(e.actor.description)},
                {"reason", e.actor.reason}}},
              {"place", PlaceJson(e.place)},
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
              {"modality", Optional(e.modality)},
              {"attributed_to", Optional(e.attributed_to)},
              {"date", Optional(e.date)},
              {"date_expression", Optional(e.date_expression)},
              {"evidence", SpanJson(e.evidence)},
              {"trigger", SpanJson(e.trigger)},
              {"rule", e.rule}};
}

json TimeExpressionJson(const TimeExpression& t) {
  json j = SpanJson(t.span);
  j["id"] = t.id;
  j["sentence"] = t.sentence;
  j["text"] = t.text;
  j["value"] = Optional(t.value);
  j["resolution"] = t.resolution;
  j["relative"] = t.relative;
  j["modifier"] = Optional(t.modifier);
  return j;
}

json AmountJson(const Amount& a) {
  json j = SpanJson(a.span);
  j["id"] = a.id;
  j["sentence"] = a.sentence;
  j["text"] = a.text;
  j["value"] = a.value;
  j["unit"] = a.unit;
  j["approximation"] = Optional(a.approximation);
  j["object"] = Optional(a.object);
  j["object_span"] = a.object_span ? SpanJson(*a.object_span) : json(nullptr);
  j["count_type"] = Optional(a.count_type);
  return j;
}

json QuoteJson(const Quote& q) {
  json j = SpanJson(q.span);
  j["id"] = q.id;
  j["sentence"] = q.sentence;
  j["text"] = q.text;
  j["direct"] = q.direct;
  j["speaker"] = Optional(q.speaker);
  j["speaker_text"] = Optional(q.speaker_text);
  j["cue"] = Optional(q.cue);
  j["cue_span"] = q.cue_span ? SpanJson(*q.cue_span) : json(nullptr);
  return j;
}

json EntitiesArray(const Analysis& a) {
  json entities = json::array();
  for (const Entity& e : a.entities) entities.push_back(EntityJson(e));
  return entities;
}

}  // namespace

std::string EntitiesToJson(const Analysis& a, int indent) {
  json doc{{"id", a.id},
           {"date", Optional(a.date)},
           {"focus_country", Optional(a.focus_country)},
           {"entities", EntitiesArray(a)}};
  return json_parts::Dump(doc, indent);
}

std::string EventsToJson(const Analysis& a, int indent) {
  json events = json::array();
  for (const Event& e : a.events) events.push_back(EventJson(e));
  json doc{{"id", a.id}, {"date", Optional(a.date)}, {"events", std::move(events)}};
  return json_parts::Dump(doc, indent);
}

std::string AnalysisToJson(const Analysis& a, int indent) {
  json repairs = json::array();
  for (const Repair& r : a.repairs) repairs.push_back(json_parts::RepairJson(r));
  json excluded = json::array();
  for (const Exclusion& x : a.excluded) excluded.push_back(json_parts::ExclusionJson(x));
  json sentences = json::array();
  for (const Sentence& s : a.sentences) sentences.push_back(json_parts::SentenceJson(s));
  json entities = EntitiesArray(a);
  json events = json::array();
  for (const Event& e : a.events) events.push_back(EventJson(e));
  json dates = json::array();
  for (const TimeExpression& t : a.dates) dates.push_back(TimeExpressionJson(t));
  json amounts = json::array();
  for (const Amount& x : a.amounts) amounts.push_back(AmountJson(x));
  json quotes = json::array();
  for (const Quote& q : a.quotes) quotes.push_back(QuoteJson(q));

  json doc{{"id", a.id},
           {"source", Optional(a.source)},
           {"title", Optional(a.title)},
           {"date", Optional(a.date)},
           {"date_source", Optional(a.date_source)},
           {"language", a.language},
           {"text", a.text},
           {"repairs", std::move(repairs)},
           {"excluded", std::move(excluded)},
           {"sentences", std::move(sentences)},
           {"entities", std::move(entities)},
           {"focus_country", Optional(a.focus_country)},
           {"events", std::move(events)},
           {"dates", std::move(dates)},
           {"amounts", std::move(amounts)},
           {"quotes", std::move(quotes)},
           {"tone", a.tone ? json_parts::ToneJson(*a.tone) : json(nullptr)}};
  return json_parts::Dump(doc, indent);
}

}  // namespace newsgraph
