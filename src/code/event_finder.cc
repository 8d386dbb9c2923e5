// BASELINE (issue 2) event finder: verb-list triggers with the nearest
// entity mentions either side as source and target. See event_finder.h.
#include "code/event_finder.h"

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "extract/name_tokens.h"
#include "lexicon/cameo_table.h"
#include "lexicon/verb_list.h"

namespace newsgraph::code {
namespace {

// How many tokens before a trigger are searched for a negation word.
constexpr size_t kNegationWindow = 3;

struct MentionRef {
  uint32_t start = 0;
  uint32_t end = 0;
  const Entity* entity = nullptr;
  const Mention* mention = nullptr;
};

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsNegation(std::string_view token_text) {
  std::string w = AsciiLower(token_text);
  // The issue-2 tokenizer keeps "didn't" as one token, so check the suffix.
  return w == "not" || w == "never" || w == "no" || w == "cannot" || w.ends_with("n't") ||
         w.ends_with("n\xE2\x80\x99t");
}

// A listed form right after one of these is a noun ("the attack", "a visit").
bool IsDeterminer(std::string_view token_text) {
  static constexpr std::string_view kDeterminers[] = {
      "a", "an", "her", "his", "its", "my", "our", "the", "their", "these", "this", "those", "your",
  };
  std::string w = AsciiLower(token_text);
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), w) != std::end(kDeterminers);
}

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
    const std::string& text = doc.text();
    std::set<std::tuple<std::string, std::string, std::string>> seen;  // source, target, code
    bool first_word = true;
    size_t i = 0;
    while (i < tokens.size()) {
      const text::Token& t = tokens[i];
      bool was_first = first_word;
      if (t.kind == text::TokenKind::kWord) first_word = false;
      std::string_view word = doc.TokenText(t);
      // A capitalised trigger inside a sentence is likely part of a name.
      if (t.kind != text::TokenKind::kWord || (!was_first && extract::IsCapitalized(word)) ||
          (i > 0 && IsDeterminer(doc.TokenText(tokens[i - 1]))) || InsideMention(mentions, t)) {
        ++i;
        continue;
      }
      auto m = verbs_.LongestMatch(text, tokens, i);
      if (!m) {
        ++i;
        continue;
      }
      uint32_t trig_start = t.start, trig_end = tokens[m->end - 1].end;
      const MentionRef* source = nullptr;
      const MentionRef* target = nullptr;
      for (const MentionRef& r : mentions) {
        if (r.end <= trig_start) source = &r;
        if (r.start >= trig_end && target == nullptr) target = &r;
      }
      if (source != nullptr || target != nullptr) {
        std::tuple key{source ? source->entity->id : "", target ? target->entity->id : "",
                       m->entry->code};
        if (seen.insert(std::move(key)).second) {
          out->push_back(
              MakeEvent(doc, s, tokens, i, m->end, source, target, *m->entry, out->size()));
        }
      }
      i = m->end;
    }
  }

  static bool InsideMention(const std::vector<MentionRef>& mentions, const text::Token& t) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const MentionRef& r) { return t.start < r.end && r.start < t.end; });
  }

  Event MakeEvent(const Document& doc, uint32_t s, const std::vector<text::Token>& tokens,
                  size_t begin, size_t end, const MentionRef* source, const MentionRef* target,
                  const lexicon::VerbEntry& verb, size_t index) const {
    Event ev;
    ev.id = fmt::format("V{}", index + 1);
    ev.sentence = s;
    uint32_t trig_start = tokens[begin].start, trig_end = tokens[end - 1].end;
    ev.trigger = doc.mapped.MakeSpan(trig_start, trig_end);
    uint32_t ev_start = source ? std::min(source->start, trig_start) : trig_start;
    uint32_t ev_end = target ? std::max(target->end, trig_end) : trig_end;
    ev.evidence = doc.mapped.MakeSpan(ev_start, ev_end);
    if (source) ev.source = Argument(*source);
    if (target) ev.target = Argument(*target);
    ev.cameo = verb.code;
    if (const lexicon::CameoCode* c = cameo_.Find(verb.code)) {
      ev.goldstein = c->goldstein;
      ev.quad_class = c->quad_class;
      ev.plover = {c->plover_type, c->plover_mode, c->plover_context};
    }
    for (size_t k = begin; k > 0 && begin - k < kNegationWindow; --k) {
      if (IsNegation(doc.TokenText(tokens[k - 1]))) ev.negated = true;
    }
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
