// The words temporal expressions are built from (data/time/time_words.tsv):
// months, weekdays, seasons, units, counts, ordinals, "yesterday"-style
// days and the direction words "last", "next", "this", and parts of a
// period ("early", "mid", "late").
//
// Thread-safety: immutable after loading; Default() is shared.
#ifndef NEWSGRAPH_EXTRACT_TIME_WORDS_H_
#define NEWSGRAPH_EXTRACT_TIME_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/string_hash.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

enum class TimeWordKind {
  kMonth,    // number 1-12
  kWeekday,  // number 1-7, Monday = 1
  kSeason,   // code SP, SU, FA, WI
  kUnit,     // code D, W, M, Y, DE, CE
  kNumber,   // number; unstated for "several", "few"
  kOrdinal,  // number
  kDeictic,  // number: days from the article date
  kPast,     // "last", "past"
  kNext,     // "next", "coming"
  kThis,     // "this", "current"
  kPart,     // code start, mid, end
};

struct TimeWord {
  TimeWordKind kind = TimeWordKind::kNumber;
  int number = 0;
  std::string code;
  bool unstated = false;  // a count without a value ("several")
};

class TimeWords {
 public:
  // The embedded data/time/time_words.tsv, parsed once.
  static Result<std::shared_ptr<const TimeWords>> Default();
  // Errors name `name` and the line ("time/time_words.tsv:12: ...").
  static Result<std::shared_ptr<const TimeWords>> Parse(std::string_view contents,
                                                        std::string_view name);

  // The entry for a lower-case token, or null.
  const TimeWord* Find(std::string_view lower) const;

 private:
  std::unordered_map<std::string, TimeWord, StringHash, std::equal_to<>> words_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_TIME_WORDS_H_
