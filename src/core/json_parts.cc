#include "core/json_parts.h"

namespace newsgraph::json_parts {

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

json RepairJson(const Repair& r) {
  json j{{"kind", r.kind}, {"before", r.before}, {"after", r.after}, {"note", r.note}};
  PutSpan(j, r.span);
  return j;
}

json ExclusionJson(const Exclusion& x) {
  json j{{"kind", x.kind}};
  PutSpan(j, x.span);
  return j;
}

json ToneJson(const Tone& t) {
  return json{{"tone", t.tone},
              {"positive", t.positive},
              {"negative", t.negative},
              {"polarity", t.polarity},
              {"activity", t.activity},
              {"self_group", t.self_group},
              {"word_count", t.word_count}};
}

json SentenceJson(const Sentence& s) {
  json j = SpanJson(s.span);
  j["paragraph"] = s.paragraph;
  json words = json::array();
  for (const Word& w : s.words) {
    json word = SpanJson(w.span);
    word["lemma"] = w.lemma;
    word["upos"] = w.upos;
    word["xpos"] = w.xpos;
    word["feats"] = w.feats;
    word["head"] = w.head;
    word["deprel"] = w.deprel;
    words.push_back(std::move(word));
  }
  j["words"] = std::move(words);
  j["tone"] = s.tone ? ToneJson(*s.tone) : json(nullptr);
  return j;
}

std::string Dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsgraph::json_parts
