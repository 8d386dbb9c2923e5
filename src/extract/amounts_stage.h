// The amounts stage of the Analyzer: every sentence's amounts
// (extract/amounts.h) with ids A1, A2, ... in text order, leaving out
// numbers inside the sentence's dates.
//
// Thread-safety: a pure function over immutable inputs.
#ifndef NEWSGRAPH_EXTRACT_AMOUNTS_STAGE_H_
#define NEWSGRAPH_EXTRACT_AMOUNTS_STAGE_H_

#include <vector>

#include "core/document.h"
#include "extract/amount_words.h"
#include "newsgraph/analysis.h"

namespace newsgraph::extract {

// REQUIRES: doc.words annotates doc.tokens; `dates` come from FindDates
// over the same document.
std::vector<Amount> FindDocumentAmounts(const Document& doc,
                                        const std::vector<TimeExpression>& dates,
                                        const AmountWords& lexicon);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_AMOUNTS_STAGE_H_
