// Matching one verb pattern (code/verb_dictionary.h) against the words of a
// sentence around a verb, TABARI's way (manual 5.7): the elements before
// '*' are found right to left before the verb, those after it left to
// right after it, each in order; other words may lie between two elements
// unless '_' joins them. A word element matches a word written the same,
// whole, as PETRARCH matches: TABARI's stems (a word without a trailing '_'
// matching every word it starts) over-match ("FOR_ASYLUM" in "foreign
// asylum"), and neither plurals nor lemmas count ("* EFFORT" does not match
// "efforts"), so `exact` changes nothing. '$' / '+' bind the actor
// found there to source / target, '%' a compound actor ("A and B") to both
// before the verb and to the target after it, '^' skips an actor phrase or
// a common noun ("- * THEIR ^ ABOUT +": "warned their populations about"). '(' ')' '{' '}' group words (PETRARCH 2) and
// are otherwise read as the words they hold.
//
// Thread-safety: pure functions.
#ifndef NEWSGRAPH_CODE_PATTERN_MATCH_H_
#define NEWSGRAPH_CODE_PATTERN_MATCH_H_

#include <optional>
#include <string>
#include <vector>

#include "code/sentence_actors.h"
#include "code/verb_dictionary.h"

namespace newsgraph::code {

// The sentence as patterns see it.
struct MatchSentence {
  std::vector<std::string> upper;         // word forms, ASCII upper case
  std::vector<std::string> upper_lemma;   // lemmas, ASCII upper case
  std::vector<bool> noun;                 // tagged NOUN (a '^' may skip one)
  std::vector<bool> preposition;          // tagged ADP
  std::vector<ActorPhrase> phrases;       // in text order
  std::vector<int> phrase_at;             // phrase index covering each word, -1
  // Compound actors: groups of phrase indices joined by "and"/","/"or".
  std::vector<std::vector<int>> compound_of;  // per phrase: its compound group
};

struct PatternMatch {
  int score = 0;  // matched elements; more is more specific
  std::vector<int> sources;  // phrase indices bound by '$' or '%'
  std::vector<int> targets;  // by '+' or '%'
  bool compound = false;     // bound by '%': sources == targets, pair them
};

// REQUIRES: verb_begin < verb_end <= sentence.upper.size().
std::optional<PatternMatch> MatchPattern(const VerbPattern& pattern,
                                         const VerbDictionary& dictionary,
                                         const MatchSentence& sentence, size_t verb_begin,
                                         size_t verb_end);

// Whether a pattern or synset word matches the sentence word at `i`.
bool WordMatches(const std::string& element, bool exact, const MatchSentence& s, size_t i);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_PATTERN_MATCH_H_
