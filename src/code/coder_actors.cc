// The actor side of the dictionary coder: compounds, agents handed to the
// actors after them, the actors of a dependency phrase, new actors. See
// coder_actors.h.
#include "code/coder_actors.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::code {

// Phrases joined by "and", "or" and commas form one compound actor.
// Words between conjuncts may also be determiners and adjectives ("Fornost
// and the evil awful Gondor").
std::vector<std::vector<int>> CompoundGroups(const MatchSentence& s,
                                             const std::vector<Word>& words) {
  std::vector<std::vector<int>> of(s.phrases.size());
  size_t p = 0;
  while (p < s.phrases.size()) {
    size_t q = p + 1;
    while (q < s.phrases.size()) {
      bool joined = s.phrases[q].begin > s.phrases[q - 1].end;
      for (size_t w = s.phrases[q - 1].end; w < s.phrases[q].begin && joined; ++w) {
        const std::string& u = s.upper[w];
        joined = u == "AND" || u == "OR" || u == "," || u == "NOR" || u == "BOTH" ||
                 words[w].upos == "DET" || words[w].upos == "ADJ";
      }
      if (!joined) break;
      ++q;
    }
    std::vector<int> group;
    for (size_t r = p; r < q; ++r) group.push_back(static_cast<int>(r));
    for (size_t r = p; r < q; ++r) of[r] = group;
    p = q;
  }
  return of;
}

// "Soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor",
// "lawmakers and officials in Fornost and Gondor": agents alone, followed
// by of/from/in and actors, give their sector to each of those actors (a
// code "A/B" stands for two actors). The agent phrases are then spent.
void DistributeAgents(MatchSentence* s) {
  std::vector<std::vector<int>> recipients(s->phrases.size());
  for (size_t p = 0; p < s->phrases.size(); ++p) {
    const ActorPhrase& agent = s->phrases[p];
    if (agent.has_actor || agent.spent) continue;
    // The agents alone that end with this one in its compound ("Ithilen and
    // the government of Gondor": only "the government").
    const std::vector<int>& group = s->compound_of[p];
    if (group.back() != static_cast<int>(p)) continue;  // act from the last agent
    std::vector<int> agents;
    for (auto it = group.rbegin(); it != group.rend() && !s->phrases[*it].has_actor; ++it) {
      agents.insert(agents.begin(), *it);
    }
    const size_t after = agent.end;
    if (after + 1 >= s->upper.size() || s->phrase_at[after + 1] < 0) continue;
    const std::string& link = s->upper[after];
    if (link != "OF" && link != "FROM" && link != "IN") continue;
    const int q = s->phrase_at[after + 1];
    if (!s->phrases[q].has_actor || s->phrases[q].begin != after + 1) continue;
    for (int r : s->compound_of[q]) {
      std::string codes;
      for (int a : agents) {
        const std::string sector = s->phrases[a].code.substr(3);
        const std::string& base = s->phrases[r].code;
        if (!codes.empty()) codes += '/';
        codes += base.size() > 3 && base.find(sector, 3) != std::string::npos ? base : base + sector;
      }
      s->phrases[r].code = codes;
    }
    for (int a : agents) {
      s->phrases[a].spent = true;
      recipients[a] = s->compound_of[q];
    }
  }
  // A compound that held spent agents holds their actors instead ("Ithilen
  // and the government of Gondor": Ithilen, GONGOV).
  for (size_t p = 0; p < s->phrases.size(); ++p) {
    const std::vector<int> group = s->compound_of[p];
    if (group.front() != static_cast<int>(p)) continue;
    std::vector<int> merged;
    bool changed = false;
    for (int r : group) {
      if (!s->phrases[r].spent) {
        merged.push_back(r);
        continue;
      }
      changed = true;
      merged.insert(merged.end(), recipients[r].begin(), recipients[r].end());
    }
    if (!changed) continue;
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    for (int r : group) s->compound_of[r] = merged;
    for (int r : merged) s->compound_of[r] = merged;
  }
  // "Danish media and government": an agent alone after an actor with an
  // agent in the same compound takes that actor (DNKMED, DNKGOV).
  for (size_t p = 1; p < s->phrases.size(); ++p) {
    ActorPhrase& agent = s->phrases[p];
    if (agent.has_actor || agent.spent) continue;
    const std::vector<int>& group = s->compound_of[p];
    const auto self = std::find(group.begin(), group.end(), static_cast<int>(p));
    if (self == group.begin()) continue;
    const ActorPhrase& before = s->phrases[*(self - 1)];
    if (!before.has_actor || before.code == before.actor_code) continue;
    agent.code = before.actor_code + agent.code.substr(3);
    agent.actor_code = before.actor_code;
    agent.has_actor = true;
  }
}

// The actors of the phrases headed by `heads`: the first phrase with an
// actor (nearest its head, the heads in order) with its compound partners;
// failing that, the first agent alone ("officials").
std::vector<int> PhraseActors(const MatchSentence& s, const DependencyTree& tree,
                              const std::vector<int>& heads) {
  constexpr size_t kPhraseWords = 64;
  int agent_only = -1;
  for (int head : heads) {
    for (size_t w : tree.Subtree(static_cast<size_t>(head), kPhraseWords)) {
      const int p = s.phrase_at[w];
      if (p < 0 || s.phrases[p].spent) continue;
      if (s.phrases[p].has_actor) return s.compound_of[p];
      if (agent_only < 0) agent_only = p;
    }
  }
  if (agent_only >= 0) return s.compound_of[agent_only];
  return {};
}

// PETRARCH's new actor: the words of the phrase headed by `head` (without
// a leading preposition, the possessive and punctuation), upper case and
// quoted, when there are at most `max_words` of them.
std::optional<std::string> NewActor(const MatchSentence& s, const DependencyTree& tree, int head,
                                    int max_words) {
  std::vector<size_t> phrase = tree.Subtree(static_cast<size_t>(head), 32);
  std::sort(phrase.begin(), phrase.end());
  std::string code;
  int count = 0;
  for (size_t k = 0; k < phrase.size(); ++k) {
    const std::string& u = s.upper[phrase[k]];
    const bool leading_preposition = k == 0 && phrase.size() > 1 && s.preposition[phrase[k]];
    if (leading_preposition || u == "'S" || u == "\u2019S" || !std::isalnum(static_cast<unsigned char>(u[0]))) {
      continue;
    }
    if (++count > max_words) return std::nullopt;
    code += code.empty() ? "\"" : " ";
    code += u;
  }
  if (code.empty()) return std::nullopt;
  return code + "\"";
}

}  // namespace newsgraph::code
