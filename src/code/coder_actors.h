// The actor side of the dictionary event coder (code/pattern_coder.h),
// working on a MatchSentence (code/pattern_match.h) whose phrases are set:
//
//   CompoundGroups   "A and B", "A, B and C", "Fornost and the evil awful
//                    Gondor": phrases joined by and/or/nor/commas (with
//                    determiners and adjectives between) form one compound.
//   DistributeAgents "soldiers from Gondor", "the ambassadors of Arnor,
//                    Osgiliath and Gondor", "lawmakers and officials in X and
//                    Y": agents alone before of/from/in give their sector to
//                    each actor after it (a code "A/B" stands for two actors)
//                    and are spent; a compound holding spent agents holds
//                    their actors instead; "Danish media and government": an
//                    agent alone after an actor+agent in one compound takes
//                    that actor (DNKMED, DNKGOV).
//   PhraseActors     the actors of the phrases headed by some words of the
//                    dependency tree: the first phrase with an actor (nearest
//                    its head, heads in order) with its compound partners,
//                    else the first agent alone.
//   NewActor         PETRARCH's new actor: a phrase's own words as its code.
//
// Thread-safety: pure functions.
#ifndef NEWSGRAPH_CODE_CODER_ACTORS_H_
#define NEWSGRAPH_CODE_CODER_ACTORS_H_

#include <optional>
#include <string>
#include <vector>

#include "code/arguments.h"
#include "code/pattern_match.h"
#include "newsgraph/analysis.h"

namespace newsgraph::code {

// REQUIRES: s.phrases, s.phrase_at and s.upper are set. Per phrase, the
// indices of its compound (just itself when alone), in text order.
std::vector<std::vector<int>> CompoundGroups(const MatchSentence& s,
                                             const std::vector<Word>& words);

// REQUIRES: s->compound_of is set (CompoundGroups).
void DistributeAgents(MatchSentence* s);

std::vector<int> PhraseActors(const MatchSentence& s, const DependencyTree& tree,
                              const std::vector<int>& heads);

// The words of the phrase headed by `head` (without a leading preposition,
// the possessive and punctuation), upper case and quoted ("\"THE MINISTRY
// OF MAGIC\""), when there are at most `max_words` of them.
std::optional<std::string> NewActor(const MatchSentence& s, const DependencyTree& tree, int head,
                                    int max_words);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_CODER_ACTORS_H_
