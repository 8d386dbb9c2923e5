// Keeps excluded ranges (duplicated paragraphs, credits; see
// paragraph_flags.h) out of sentence and token lists. The text keeps them:
// only what later stages analyse shrinks.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_EXCLUSIONS_H_
#define NEWSGRAPH_TEXT_EXCLUSIONS_H_

#include <vector>

#include "newsgraph/analysis.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace newsgraph::text {

// Removes sentences that lie wholly inside an excluded range.
void DropExcludedSentences(const std::vector<Exclusion>& excluded,
                           std::vector<SentenceRange>* sentences);

// Removes tokens that lie wholly inside an excluded range (an inline agency
// credit inside a kept sentence).
void DropExcludedTokens(const std::vector<Exclusion>& excluded, std::vector<Token>* tokens);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_EXCLUSIONS_H_
