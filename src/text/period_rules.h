// Whether one period ends a sentence, from the word before it and the word
// after it: abbreviations (data/text/abbreviations.tsv), initialisms
// ("U.S."), initials ("Jonas E. Smith"), and the short-fragment rule. Called
// by the paragraph scan (sentence_rules.h) only for a lone period followed by
// white space and a word that does not begin in lower case: everything
// cheaper has been decided before.
//
// Thread-safety: stateless function.
#ifndef NEWSGRAPH_TEXT_PERIOD_RULES_H_
#define NEWSGRAPH_TEXT_PERIOD_RULES_H_

#include <cstdint>
#include <string_view>

#include "text/abbreviations.h"
#include "text/utf8_chars.h"

namespace newsgraph::text {

// The word after a candidate boundary, past white space and opening quotes.
struct NextWord {
  Initial initial = Initial::kOther;
  std::string_view letters;  // its leading ASCII letters ("The" in "The,"), maybe empty
};

// REQUIRES: sentence_begin <= period < text.size(), text[period] == '.',
// and sentence_begin is the first byte of the current (untrimmed) sentence.
bool PeriodEndsSentence(std::string_view text, uint32_t sentence_begin, uint32_t period,
                        const NextWord& next, const Abbreviations& abbreviations);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_PERIOD_RULES_H_
