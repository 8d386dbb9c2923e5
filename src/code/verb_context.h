// What the dependency parse says about a verb, for the dictionary event
// coder (code/pattern_coder.h). Words are 0-based indices into a sentence's
// words; heads in Word are 1-based (0 = root).
//
// Thread-safety: pure functions.
#ifndef NEWSGRAPH_CODE_VERB_CONTEXT_H_
#define NEWSGRAPH_CODE_VERB_CONTEXT_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "newsgraph/analysis.h"

namespace newsgraph::code {

// Tagged VERB, or a VB* tag.
bool IsVerbWord(const Word& w);
// No word before `end` is a verb (IsVerbWord).
bool NoVerbBefore(const std::vector<Word>& words, size_t end);
// The verb has an nsubj or nsubj:pass child.
bool HasSubject(const std::vector<Word>& words, size_t verb);
// The verb has an nsubj:pass or aux:pass child.
bool IsPassive(const std::vector<Word>& words, size_t verb);
// Its nsubj:pass children.
std::vector<int> PassiveSubjects(const std::vector<Word>& words, size_t verb);
// An advmod "not", "n't" or "never".
bool Negated(const std::vector<Word>& words, size_t verb);
// The lemma of a modal auxiliary child ("will", "would", "may", ...), or ""
// when there is none.
std::string Modality(const std::vector<Word>& words, size_t verb);
// Whether the verb is the infinitive of a coded verb, directly or through a
// chain ("urged Bree to help", "called on Gondor to be allowed to leave"),
// or an infinitive describing a coded verb's object ("abandoned efforts to
// stop the parade"): such a verb's event is the governing verb's.
bool GovernedByCodedVerb(const std::vector<Word>& words, size_t verb,
                         const std::set<size_t>& coded_verbs);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_VERB_CONTEXT_H_
