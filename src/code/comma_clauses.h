// TABARI's and PETRARCH's comma-delimited (nonrestrictive) clauses: parts
// of a sentence between commas, or between a comma and the sentence's start
// or end, are left out of coding when their length in words falls within
// limits (TABARI manual 8.6). "Arnor will restore ties with Gondor, five
// years after crowds burned its embassy, a senior official said" is coded
// as "Arnor will restore ties with Gondor".
//
// Counting is chained: each part starts at the comma that ended the one
// before. Commas between the members of a list of actors ("Mordor, Rohan,
// Fornost and Bree") and commas inside numbers (one token) are not
// boundaries. Words are tokens other than punctuation.
//
// Thread-safety: a pure function.
#ifndef NEWSGRAPH_CODE_COMMA_CLAUSES_H_
#define NEWSGRAPH_CODE_COMMA_CLAUSES_H_

#include <string>
#include <vector>

namespace newsgraph::code {

// A part of `words` words is left out when min <= words <= max, using the
// b* limits for the first part, e* for the last and the plain ones between.
// max = 0 turns a kind off. The defaults are PETRARCH's.
struct CommaLimits {
  int min = 2, max = 8;
  int begin_min = 0, begin_max = 0;
  int end_min = 2, end_max = 8;
};

// REQUIRES: upper.size() == punctuation.size() == list_comma.size().
// `list_comma[i]`: token i is a comma inside a list of actors. Returns, per
// token, whether it lies in a left-out part (its commas included).
std::vector<bool> CommaClauses(const std::vector<std::string>& upper,
                               const std::vector<bool>& punctuation,
                               const std::vector<bool>& list_comma, const CommaLimits& limits);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_COMMA_CLAUSES_H_
