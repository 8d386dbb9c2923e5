// Temporal expressions in a sentence ("April 7, 2021", "last June", "since
// 2014", "two days ago", "during the past months", "for three years"),
// normalised to ISO 8601 values resolved against the article date.
//
// Values (docs/output.md, "dates[]", has the full table):
//   day "2021-04-07", week "2021-W14", month "2020-06", season "2020-SU",
//   quarter "2021-Q1", half "2021-H1", year "2014", decade "199X",
//   range "2014/2021-04-07" (an ISO 8601 interval; either end may be a
//   duration: "PXM/2021-04-07" for "the past months"), duration "P3Y"
//   ("X" for an unstated count).
// An expression that needs the article date and has none keeps an empty
// value (`relative` is true).
//
// Thread-safety: pure functions over immutable inputs.
#ifndef NEWSGRAPH_EXTRACT_TIME_EXPRESSIONS_H_
#define NEWSGRAPH_EXTRACT_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/time_words.h"
#include "text/tokenizer.h"

namespace newsgraph::extract {

struct FoundTime {
  uint32_t start = 0, end = 0;  // byte offsets into the text
  std::string value;            // ISO 8601 (above); empty: unresolved
  std::string resolution;       // day, week, month, season, quarter, half, year,
                                // decade, century, range, duration
  bool relative = false;        // resolved against the article date
  std::string modifier;         // "", "start", "mid", "end"
};

// The sentence's expressions in text order, none overlapping. `reference`
// is the article date (yyyymmdd). A weekday or a day without a year is
// taken as the nearest one before the article date, or after it when the
// sentence speaks of the future ("will", "next").
// REQUIRES: tokens lie inside `text`, sorted.
std::vector<FoundTime> FindTimeExpressions(std::string_view text,
                                           std::span<const text::Token> tokens,
                                           const TimeWords& words,
                                           std::optional<int32_t> reference);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_TIME_EXPRESSIONS_H_
