// The words amounts are built from (data/extract/amount_words.tsv): number
// words, scales ("thousand", "bn"), approximate counts ("hundreds of"),
// fractions, percent words, currencies, approximators ("about", "more
// than"), the lemmas that give a count its GDELT-style type, and labels
// after which a number is not an amount ("No. 10", "Article 5").
//
// Thread-safety: immutable after loading; Default() is shared.
#ifndef NEWSGRAPH_EXTRACT_AMOUNT_WORDS_H_
#define NEWSGRAPH_EXTRACT_AMOUNT_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/string_hash.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

enum class AmountWordKind {
  kNumber,
  kScale,
  kPluralScale,
  kFraction,
  kPercent,
  kCurrency,
  kApproximator,
  kCountType,
  kNotBefore,
};

struct AmountWord {
  AmountWordKind kind = AmountWordKind::kNumber;
  double value = 0;  // number, scale, plural scale, fraction
  std::string code;  // currency code, approximator label, count type
};

class AmountWords {
 public:
  static constexpr size_t kMaxPhraseWords = 3;

  // The embedded data/extract/amount_words.tsv, parsed once.
  static Result<std::shared_ptr<const AmountWords>> Default();
  // Errors name `name` and the line.
  static Result<std::shared_ptr<const AmountWords>> Parse(std::string_view contents,
                                                          std::string_view name);

  // The entry for a lower-case word or phrase (words joined by one space)
  // of the given kind, or null.
  const AmountWord* Find(std::string_view lower, AmountWordKind kind) const;

 private:
  // Keyed by kind (one letter) + word: a word may be of several kinds.
  std::unordered_map<std::string, AmountWord, StringHash, std::equal_to<>> words_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_AMOUNT_WORDS_H_
