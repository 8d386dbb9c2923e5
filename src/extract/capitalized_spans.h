// BASELINE (issue 2) name candidates: runs of capitalised words, the
// fallback for names the gazetteer does not know ("Fuad Hussein",
// "National Security Council"). Issue 5 replaces this with a trained model.
//
// Thread-safety: stateless function.
#ifndef NEWSGRAPH_EXTRACT_CAPITALIZED_SPANS_H_
#define NEWSGRAPH_EXTRACT_CAPITALIZED_SPANS_H_

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

#include "text/tokenizer.h"

namespace newsgraph::extract {

// True when tokens[i] may start a name: a capitalised word that is not a
// function word (IsFunctionWord).
bool StartsName(std::string_view text, std::span<const text::Token> tokens, size_t i);

// One past the last token of the capitalised run starting at tokens[begin].
// The run continues over capitalised non-function words, and over short
// bridges followed by a capitalised word: name connectors ("of", "of the",
// "al"), hyphens with no space around them ("Al-Kazemi"), and lower-case
// words inside a hyphenated compound ("Commander-in-Chief"). A bridge is not
// taken when `place_starts_at(k)` says a gazetteer place starts at the
// capitalised word k after it ("talks between Baghdad and ..." stays apart).
// REQUIRES: StartsName(text, tokens, begin).
size_t CapitalizedRunEnd(std::string_view text, std::span<const text::Token> tokens, size_t begin,
                         const std::function<bool(size_t)>& place_starts_at);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_CAPITALIZED_SPANS_H_
