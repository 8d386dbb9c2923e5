// Event finder: our verb dictionary (or a user's PETRARCH file) coded over
// the dependency parse with the entity stage's actors. See event_finder.h.
#include "code/event_finder.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <utility>

#include "code/pattern_coder.h"
#include "code/verb_dictionary.h"
#include "code/verb_table.h"
#include "core/embedded_data.h"
#include "lexicon/cameo_table.h"

namespace newsgraph::code {
namespace {

constexpr std::string_view kVerbTable = "cameo/verbs.tsv";

// An entity without an actor code still names the doer or the target ("Iran
// met Said Jalili"): its phrase gets this prefix and its id as a code that
// no other entity shares, and its event argument no code.
constexpr std::string_view kUncoded = "~";

// The entity mentions of one sentence as actor phrases (word indices), in
// text order, overlaps dropped.
std::vector<ActorPhrase> SentencePhrases(const std::vector<text::Token>& tokens,
                                         const std::vector<Entity>& entities, uint32_t sentence) {
  std::vector<ActorPhrase> out;
  for (const Entity& e : entities) {
    const bool coded = e.actor.code && !e.actor.code->empty();
    for (const Mention& m : e.mentions) {
      if (m.sentence != sentence) continue;
      size_t begin = 0;
      while (begin < tokens.size() && tokens[begin].end <= m.span.start) ++begin;
      size_t end = begin;
      while (end < tokens.size() && tokens[end].start < m.span.end) ++end;
      if (begin == end) continue;
      ActorPhrase p;
      p.begin = begin;
      p.end = end;
      p.head = begin;
      p.code = coded ? *e.actor.code : std::string(kUncoded) + e.id;
      p.actor_code = p.code;
      p.has_actor = true;
      p.origin = e.rule;
      p.ref = e.id;
      out.push_back(std::move(p));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const ActorPhrase& a, const ActorPhrase& b) { return a.begin < b.begin; });
  std::vector<ActorPhrase> kept;
  for (ActorPhrase& p : out) {
    if (!kept.empty() && p.begin < kept.back().end) continue;
    kept.push_back(std::move(p));
  }
  return kept;
}

// A statement event's source speaks for the events in its reported clause:
// the verb's ccomp/parataxis/conj ancestors up to a statement verb.
std::optional<std::string> Speaker(const std::vector<Word>& words, size_t verb,
                                   const std::map<size_t, std::string>& statements) {
  size_t v = verb;
  for (int step = 0; step < 6; ++step) {
    const std::string& rel = words[v].deprel;
    if (rel != "ccomp" && rel != "parataxis" && rel != "conj" && rel != "xcomp") break;
    const uint32_t head = words[v].head;
    if (head == 0 || head > words.size()) break;
    v = head - 1;
    if (auto it = statements.find(v); it != statements.end()) return it->second;
  }
  return std::nullopt;
}

class DictionaryEventFinder final : public EventFinder {
 public:
  DictionaryEventFinder(VerbDictionary verbs, lexicon::CameoTable cameo)
      : verbs_(std::move(verbs)), cameo_(std::move(cameo)), coder_(verbs_) {
    options_.require_dyad = false;
    options_.code_infinitives = true;
  }
  // coder_ refers to verbs_: a copy would refer to the original's.
  DictionaryEventFinder(const DictionaryEventFinder&) = delete;
  DictionaryEventFinder& operator=(const DictionaryEventFinder&) = delete;

  std::vector<Event> Find(const Document& doc, const std::vector<Entity>& entities) const override {
    std::vector<Event> out;
    for (size_t s = 0; s < doc.tokens.size(); ++s) {
      if (s >= doc.words.size() || doc.words[s].size() != doc.tokens[s].size()) continue;
      const auto& tokens = doc.tokens[s];
      const auto& words = doc.words[s];
      std::vector<ActorPhrase> phrases = SentencePhrases(tokens, entities, static_cast<uint32_t>(s));
      if (phrases.empty()) continue;
      std::map<size_t, const ActorPhrase*> phrase_at_begin;
      for (const ActorPhrase& p : phrases) phrase_at_begin[p.begin] = &p;
      std::vector<CodedEvent> coded = coder_.Code(doc.text(), tokens, words, phrases, options_);
      std::map<size_t, std::string> statements;  // verb word -> speaker entity
      for (const CodedEvent& c : coded) {
        if (c.code.rfind("01", 0) == 0 && !c.source_ref.empty()) statements[c.verb] = c.source_ref;
      }
      for (const CodedEvent& c : coded) {
        out.push_back(MakeEvent(doc, static_cast<uint32_t>(s), c, phrase_at_begin, out.size()));
        if (c.code.rfind("01", 0) != 0) {
          out.back().attributed_to = Speaker(words, c.verb, statements);
        }
      }
    }
    return out;
  }

 private:
  Event MakeEvent(const Document& doc, uint32_t s, const CodedEvent& c,
                  const std::map<size_t, const ActorPhrase*>& phrase_at_begin,
                  size_t index) const {
    const auto& tokens = doc.tokens[s];
    Event ev;
    ev.id = fmt::format("V{}", index + 1);
    ev.sentence = s;
    const uint32_t trigger_start = tokens[c.verb].start;
    const uint32_t trigger_end = tokens[c.verb_end - 1].end;
    ev.trigger = doc.mapped.MakeSpan(trigger_start, trigger_end);
    uint32_t start = trigger_start, end = trigger_end;
    auto argument = [&](const std::optional<size_t>& word, const std::string& ref,
                        const std::string& code) -> std::optional<EventArgument> {
      if (code == "---") return std::nullopt;
      EventArgument a;
      if (!code.starts_with(kUncoded)) a.code = code;
      if (!ref.empty()) a.entity = ref;
      if (word) {
        auto it = phrase_at_begin.find(*word);
        if (it != phrase_at_begin.end()) {
          const uint32_t b = tokens[it->second->begin].start, e = tokens[it->second->end - 1].end;
          a.text = doc.text().substr(b, e - b);
          start = std::min(start, b);
          end = std::max(end, e);
        }
      }
      return a;
    };
    ev.source = argument(c.source_word, c.source_ref, c.source);
    ev.target = argument(c.target_word, c.target_ref, c.target);
    ev.evidence = doc.mapped.MakeSpan(start, end);
    ev.cameo = c.code;
    if (const lexicon::CameoCode* code = cameo_.Find(c.code)) {
      ev.goldstein = code->goldstein;
      ev.quad_class = code->quad_class;
      ev.plover = {code->plover_type, code->plover_mode, code->plover_context};
    }
    ev.negated = c.negated;
    if (!c.modality.empty()) ev.modality = c.modality;
    ev.rule = c.rule;
    return ev;
  }

  VerbDictionary verbs_;
  lexicon::CameoTable cameo_;
  PatternCoder coder_;
  PatternCoderOptions options_;
};

// Every code our table gives must be a CAMEO code (a typo would code
// events no table describes).
Status CheckCodes(const VerbDictionary& verbs, const lexicon::CameoTable& cameo) {
  auto check = [&](const VerbCode& code, int line) -> Status {
    for (const std::string* c : {&code.code, &code.paired}) {
      if (!c->empty() && cameo.Find(*c) == nullptr) {
        return Status::InvalidInput(fmt::format("{}:{}: '{}' is not a CAMEO code", verbs.origin(),
                                                line, *c));
      }
    }
    return Status::Ok();
  };
  for (const VerbBlock& b : verbs.blocks()) {
    for (const VerbEntry& v : b.verbs) {
      if (v.code) NEWSGRAPH_RETURN_IF_ERROR(check(*v.code, v.line));
    }
    for (const VerbPattern& p : b.patterns) NEWSGRAPH_RETURN_IF_ERROR(check(p.code, p.line));
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const EventFinder>> EventFinder::CreateDefault() {
  return Create(EventFinderOptions{}, nullptr);
}

Result<std::shared_ptr<const EventFinder>> EventFinder::Create(const EventFinderOptions& options,
                                                               std::vector<std::string>* warnings) {
  auto cameo = lexicon::CameoTable::LoadDefault();
  if (!cameo.ok()) return cameo.status();
  auto load = [&]() -> Result<VerbDictionary> {
    if (!options.verb_file.empty()) {
      VerbDictionary::Options o;
      o.skip_malformed = options.skip_malformed;
      return VerbDictionary::LoadFile(options.verb_file, o, warnings);
    }
    auto bytes = EmbeddedData(kVerbTable);
    if (!bytes.ok()) return bytes.status();
    auto ours = ReadVerbTable(*bytes, "verbs.tsv");
    if (ours.ok()) NEWSGRAPH_RETURN_IF_ERROR(CheckCodes(*ours, *cameo));
    return ours;
  };
  auto verbs = load();
  if (!verbs.ok()) return verbs.status();
  return std::shared_ptr<const EventFinder>(std::make_shared<DictionaryEventFinder>(
      std::move(verbs).value(), std::move(cameo).value()));
}

}  // namespace newsgraph::code
