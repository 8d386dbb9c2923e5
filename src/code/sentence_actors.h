// The actors of one sentence as PETRARCH/TABARI dictionaries code them:
// actor phrases (ActorDictionary) and agent phrases (AgentDictionary) found
// by longest match, then composed into noun-phrase actors. An agent in the
// same noun phrase as an actor extends its code ("Dagolath's Deputy Prime
// Minister Telemar": DAG + GOV = DAGGOV; a prefix agent goes in front); an
// agent with no actor gets TABARI's unknown country "---" ("the police":
// ---COP). Two words are in the same noun phrase when only determiners,
// adjectives, numbers, nouns, the possessive and "of"/"the" lie between
// them.
//
// Thread-safety: a pure function of its arguments.
#ifndef NEWSGRAPH_CODE_SENTENCE_ACTORS_H_
#define NEWSGRAPH_CODE_SENTENCE_ACTORS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "lexicon/agent_dictionary.h"
#include "newsgraph/analysis.h"
#include "text/tokenizer.h"

namespace newsgraph::code {

// A coded noun phrase: word indices [begin, end) of the sentence.
struct ActorPhrase {
  size_t begin = 0;
  size_t end = 0;
  size_t head = 0;       // the word the phrase was found at (its actor's first word)
  std::string code;      // composed code; never empty
  std::string actor_code;  // the actor's own code before agents ("" for an agent alone)
  bool has_actor = false;  // false: an agent alone ("---GOV")
  // TABARI's complex ("+++") or discard ("###") code: the sentence is not
  // to be coded.
  bool special = false;
  // Set by the coder when an agent alone gave its sector to the actors
  // after it ("soldiers from Gondor"); a spent phrase is no actor itself.
  bool spent = false;
  std::string origin;    // dictionary "FILE:LINE" of the actor (else the agent)
  std::string ref;       // the caller's reference (an entity id), passed to events
};

struct SentenceActorOptions {
  std::optional<int32_t> date;  // picks dated actor codes (lexicon::CodeOn)
};

// REQUIRES: words.size() == tokens.size(); tokens lie inside `text`.
// `agents` may be null. Phrases are in text order and do not overlap.
std::vector<ActorPhrase> FindSentenceActors(std::string_view text,
                                            std::span<const text::Token> tokens,
                                            const std::vector<Word>& words,
                                            const lexicon::ActorDictionary& actors,
                                            const lexicon::AgentDictionary* agents,
                                            const SentenceActorOptions& options);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_SENTENCE_ACTORS_H_
