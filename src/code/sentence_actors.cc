#include "code/sentence_actors.h"

#include <algorithm>

#include "lexicon/actor_codes.h"

namespace newsgraph::code {
namespace {

struct Hit {
  size_t begin = 0;
  size_t end = 0;
  const lexicon::DatedCode* actor = nullptr;  // null for an agent
  const lexicon::AgentEntry* agent = nullptr;
  std::string origin;
};

bool IsEqualIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

// Whether a word between two hits keeps them in one noun phrase.
bool JoinsNounPhrase(const Word& w, std::string_view form) {
  if (w.upos == "DET" || w.upos == "ADJ" || w.upos == "NUM" || w.upos == "PROPN") return true;
  if (w.upos == "NOUN") return true;
  if (form == "'s" || form == "\u2019s" || form == "'") return true;
  // Not "of": "the government of Gondor" is an agent the coder hands to
  // the actors after it (which may be several: "of Arnor and Gondor").
  return IsEqualIgnoringCase(form, "the");
}

std::vector<Hit> FindHits(std::string_view text, std::span<const text::Token> tokens,
                          const lexicon::ActorDictionary& actors,
                          const lexicon::AgentDictionary* agents,
                          const SentenceActorOptions& options) {
  std::vector<Hit> hits;
  size_t i = 0;
  while (i < tokens.size()) {
    auto actor = actors.LongestMatch(text, tokens, i);
    std::optional<lexicon::AgentDictionary::Match> agent;
    if (agents != nullptr) agent = agents->LongestMatch(text, tokens, i);
    if (actor && (!agent || actor->end >= agent->end)) {
      const lexicon::DatedCode* code = lexicon::CodeOn(*actor->entry, options.date);
      // The null code ("---") and a role not held on the date name no actor,
      // but the words are still taken (they are not an agent either). The
      // complex and discard codes are kept: they stop the sentence's coding.
      if (code != nullptr && code->code != "---") {
        hits.push_back({i, actor->end, code, nullptr, actor->entry->origin});
      }
      i = actor->end;
    } else if (agent) {
      hits.push_back({i, agent->end, nullptr, agent->entry, agent->entry->origin});
      i = agent->end;
    } else {
      ++i;
    }
  }
  return hits;
}

// Appends (or prefixes) the agent's code unless the actor code already
// carries it after the country.
void AddAgent(const lexicon::AgentEntry& agent, std::string* code) {
  if (code->size() > 3 && code->find(agent.code, 3) != std::string::npos) return;
  if (agent.affix == lexicon::AgentEntry::Affix::kPrefix) {
    code->insert(0, agent.code);
  } else {
    code->append(agent.code);
  }
}

ActorPhrase Compose(std::span<const Hit> group) {
  ActorPhrase p;
  p.begin = group.front().begin;
  p.end = group.back().end;
  // The first actor of the phrase ("Ithilen's minister Calimehtar" is
  // Ithilen's), unless a later one extends its code ("Israeli Prime
  // Minister Netanyahu": ISR, then ISRGOV); it takes the agents' sectors.
  const Hit* actor = nullptr;
  for (const Hit& h : group) {
    if (h.actor == nullptr) continue;
    if (actor == nullptr || (h.actor->code.size() > actor->actor->code.size() &&
                             h.actor->code.compare(0, actor->actor->code.size(),
                                                   actor->actor->code) == 0)) {
      actor = &h;
    }
  }
  if (actor != nullptr) {
    p.code = actor->actor->code;
    p.actor_code = p.code;
    p.has_actor = true;
    p.special = !actor->actor->names_actor();
    p.origin = actor->origin;
    p.head = actor->begin;
  } else {
    p.code = "---";
    p.origin = group.front().origin;
    p.head = group.front().begin;
  }
  for (const Hit& h : group) {
    if (h.agent != nullptr) AddAgent(*h.agent, &p.code);
  }
  return p;
}

}  // namespace

std::vector<ActorPhrase> FindSentenceActors(std::string_view text,
                                            std::span<const text::Token> tokens,
                                            const std::vector<Word>& words,
                                            const lexicon::ActorDictionary& actors,
                                            const lexicon::AgentDictionary* agents,
                                            const SentenceActorOptions& options) {
  const std::vector<Hit> hits = FindHits(text, tokens, actors, agents, options);
  std::vector<ActorPhrase> out;
  size_t g = 0;
  while (g < hits.size()) {
    size_t e = g + 1;
    while (e < hits.size()) {
      bool joined = true;
      for (size_t w = hits[e - 1].end; w < hits[e].begin && joined; ++w) {
        const text::Token& t = tokens[w];
        joined = JoinsNounPhrase(words[w], text.substr(t.start, t.end - t.start)) ||
                 // "awful and evil minister": "and" between adjectives
                 (words[w].upos == "CCONJ" && w > hits[e - 1].end && w + 1 < hits[e].begin &&
                  words[w - 1].upos == "ADJ" && words[w + 1].upos == "ADJ");
      }
      // Two actors side by side are two phrases ("Arnor Gondor" is rare;
      // "Israeli Netanyahu" is one): join only when one of them is an agent
      // or the first is a bare country (an adjective of nationality).
      const bool both_actors = hits[e - 1].actor != nullptr && hits[e].actor != nullptr;
      if (both_actors && hits[e - 1].actor->code.size() != 3) joined = false;
      if (!joined) break;
      ++e;
    }
    out.push_back(Compose(std::span<const Hit>(hits).subspan(g, e - g)));
    g = e;
  }
  return out;
}

}  // namespace newsgraph::code
