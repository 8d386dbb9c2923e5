// Numbers and counts in a sentence with what they count: "about 3
// thousand soldiers", "2,500 American soldiers", "approximately 60% of the
// coalition forces", "a third of Iraq", "$280bn", "hundreds of people".
//
// What is an amount: a number (digits, number words, scales, fractions)
// with an approximator before it ("about", "more than"), a currency or a
// percent sign, and the noun phrase it counts (after "of" for percentages,
// fractions and "hundreds of"). What is not (each has a test): a bare
// number with nothing counted ("won 3-1", "7, Deadly Sins"), numbers inside
// dates, years ("the 2014 elections"), ages ("a 45-year-old man", "aged
// 45"), labels ("No. 10", "Article 5", "Boeing 747", "F-16"), ordinals
// ("the third round"), times ("10:30") and "one of".
//
// Thread-safety: pure functions over immutable inputs.
#ifndef NEWSGRAPH_EXTRACT_AMOUNTS_H_
#define NEWSGRAPH_EXTRACT_AMOUNTS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/amount_words.h"
#include "newsgraph/analysis.h"
#include "text/tokenizer.h"

namespace newsgraph::extract {

struct FoundAmount {
  uint32_t start = 0, end = 0;  // the number with its approximator and unit
  double value = 0;
  std::string unit;           // count, percent, fraction, currency:USD, ...
  std::string approximation;  // "" or about, nearly, more_than, at_least, less_than, up_to,
                              // or the plural word ("hundreds")
  std::optional<std::pair<uint32_t, uint32_t>> object;  // byte range of what is counted
  std::string count_type;  // "" or KILL, WOUND, ARREST, KIDNAP, AFFECT, FORCES
};

// REQUIRES: words[i] annotates tokens[i]; tokens lie inside `text`.
// Amounts overlapping a byte range in `skip` (the sentence's dates) are
// left out.
std::vector<FoundAmount> FindAmounts(std::string_view text, std::span<const text::Token> tokens,
                                     const std::vector<Word>& words, const AmountWords& lexicon,
                                     std::span<const std::pair<uint32_t, uint32_t>> skip);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_AMOUNTS_H_
