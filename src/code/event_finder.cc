// Event finder: verb-list triggers (issue 2's list) with source and target
// read off the dependency tree (code/arguments.h). See event_finder.h.
#include "code/event_finder.h"

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "code/arguments.h"
#include "lexicon/cameo_table.h"
#include "lexicon/verb_list.h"

namespace newsgraph::code {
namespace {

// How many words of an argument's phrase are searched for a name.
constexpr size_t kPhraseWords = 32;

struct MentionRef {
  uint32_t start = 0;
  uint32_t end = 0;
  const Entity* entity = nullptr;
  const Mention* mention = nullptr;
};

EventArgument Argument(const MentionRef& m) {
  EventArgument a;
  a.entity = m.entity->id;
  a.text = m.mention->text;
  a.code = m.entity->actor.code;
  return a;
}

class BaselineEventFinder final : public EventFinder {
 public:
  BaselineEventFinder(lexicon::VerbList verbs, lexicon::CameoTable cameo)
      : verbs_(std::move(verbs)), cameo_(std::move(cameo)) {}

  std::vector<Event> Find(const Document& doc, const std::vector<Entity>& entities) const override {
    // Mentions per sentence, in text order.
    std::vector<std::vector<MentionRef>> by_sentence(doc.tokens.size());
    for (const Entity& e : entities) {
      for (const Mention& m : e.mentions) {
        if (m.sentence < by_sentence.size()) {
          by_sentence[m.sentence].push_back({m.span.start, m.span.end, &e, &m});
        }
      }
    }
    std::vector<Event> out;
    for (size_t s = 0; s < doc.tokens.size(); ++s) {
      auto& mentions = by_sentence[s];
      std::sort(mentions.begin(), mentions.end(),
                [](const MentionRef& a, const MentionRef& b) { return a.start < b.start; });
      ScanSentence(doc, static_cast<uint32_t>(s), mentions, &out);
    }
    return out;
  }

 private:
  void ScanSentence(const Document& doc, uint32_t s, const std::vector<MentionRef>& mentions,
                    std::vector<Event>* out) const {
    const std::vector<text::Token>& tokens = doc.tokens[s];
    if (s >= doc.words.size() || doc.words[s].size() != tokens.size()) return;
    const std::vector<Word>& words = doc.words[s];
    const DependencyTree tree(words);
    // The mention covering each token, if any.
    std::vector<const MentionRef*> mention_at(tokens.size(), nullptr);
    for (size_t i = 0, m = 0; i < tokens.size(); ++i) {
      while (m < mentions.size() && mentions[m].end <= tokens[i].start) ++m;
      if (m < mentions.size() && mentions[m].start < tokens[i].end) mention_at[i] = &mentions[m];
    }
    std::set<std::tuple<std::string, std::string, std::string>> seen;  // source, target, code
    size_t i = 0;
    while (i < tokens.size()) {
      // Triggers are verbs (not "the attack"), outside names.
      if (words[i].upos != "VERB" || mention_at[i] != nullptr) {
        ++i;
        continue;
      }
      auto m = verbs_.LongestMatch(doc.text(), tokens, i);
      if (!m) {
        ++i;
        continue;
      }
      const ArgumentWords args = tree.Arguments(i);
      const MentionRef* source = PhraseMention(tree, args.sources, mention_at);
      const MentionRef* target = PhraseMention(tree, args.targets, mention_at);
      if (target != nullptr && source != nullptr && target->entity == source->entity) {
        target = nullptr;
      }
      if (source != nullptr || target != nullptr) {
        std::tuple key{source ? source->entity->id : "", target ? target->entity->id : "",
                       m->entry->code};
        if (seen.insert(std::move(key)).second) {
          out->push_back(MakeEvent(doc, s, tokens, i, m->end, source, target, args.negated,
                                   *m->entry, out->size()));
        }
      }
      i = m->end;
    }
  }

  // The name nearest to the head of the first phrase, among those headed by
  // `heads`, that holds one.
  static const MentionRef* PhraseMention(const DependencyTree& tree, const std::vector<int>& heads,
                                         const std::vector<const MentionRef*>& mention_at) {
    for (int head : heads) {
      for (size_t w : tree.Subtree(static_cast<size_t>(head), kPhraseWords)) {
        if (mention_at[w] != nullptr) return mention_at[w];
      }
    }
    return nullptr;
  }

  Event MakeEvent(const Document& doc, uint32_t s, const std::vector<text::Token>& tokens,
                  size_t begin, size_t end, const MentionRef* source, const MentionRef* target,
                  bool negated, const lexicon::VerbEntry& verb, size_t index) const {
    Event ev;
    ev.id = fmt::format("V{}", index + 1);
    ev.sentence = s;
    uint32_t trig_start = tokens[begin].start, trig_end = tokens[end - 1].end;
    ev.trigger = doc.mapped.MakeSpan(trig_start, trig_end);
    uint32_t ev_start = trig_start, ev_end = trig_end;
    for (const MentionRef* r : {source, target}) {
      if (r == nullptr) continue;
      ev_start = std::min(ev_start, r->start);
      ev_end = std::max(ev_end, r->end);
    }
    ev.evidence = doc.mapped.MakeSpan(ev_start, ev_end);
    if (source) ev.source = Argument(*source);
    if (target) ev.target = Argument(*target);
    ev.cameo = verb.code;
    if (const lexicon::CameoCode* c = cameo_.Find(verb.code)) {
      ev.goldstein = c->goldstein;
      ev.quad_class = c->quad_class;
      ev.plover = {c->plover_type, c->plover_mode, c->plover_context};
    }
    ev.negated = negated;
    ev.rule = fmt::format("baseline-verbs:{}\u2192{}", verb.form, verb.code);
    return ev;
  }

  lexicon::VerbList verbs_;
  lexicon::CameoTable cameo_;
};

}  // namespace

Result<std::shared_ptr<const EventFinder>> EventFinder::CreateDefault() {
  auto verbs = lexicon::VerbList::LoadDefault();
  if (!verbs.ok()) return verbs.status();
  auto cameo = lexicon::CameoTable::LoadDefault();
  if (!cameo.ok()) return cameo.status();
  NEWSGRAPH_RETURN_IF_ERROR(verbs->CheckCodes(*cameo));
  return std::shared_ptr<const EventFinder>(
      std::make_shared<BaselineEventFinder>(std::move(verbs).value(), std::move(cameo).value()));
}

}  // namespace newsgraph::code
