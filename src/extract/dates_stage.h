// The dates stage of the Analyzer: the article date when the input has
// none, every temporal expression of every sentence (Analysis::dates), and
// the date of each event (Event::date, Event::date_expression).
//
// Article date, in order of trust: the input's (`--date`, JSONL `date`:
// source "metadata"); a full date in a dated credit the text stage set
// aside ("— Office (@IraqiPMO) April 7, 2021": "credit"); a full date in
// the dateline, the first tokens of the first sentence ("BAGHDAD, April
// 7, 2021 (Reuters) -": "dateline").
//
// An event's date is that of the expression its trigger governs in the
// parse ("was held last June"), else of the point in time (not a range)
// nearest its trigger in the sentence, else the article date. Durations
// ("for three years") never date an event.
//
// Thread-safety: pure functions over immutable inputs.
#ifndef NEWSGRAPH_EXTRACT_DATES_STAGE_H_
#define NEWSGRAPH_EXTRACT_DATES_STAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/time_words.h"
#include "newsgraph/analysis.h"
#include "text/tokenizer.h"

namespace newsgraph::extract {

struct ArticleDate {
  int32_t day = 0;     // yyyymmdd
  std::string source;  // "credit" or "dateline"
};

// The article date read from the text, when it states one.
std::optional<ArticleDate> InferArticleDate(const Document& doc,
                                            const std::vector<Exclusion>& excluded,
                                            const text::Tokenizer& tokenizer,
                                            const TimeWords& words);

// Every sentence's expressions, resolved against doc.date, with ids
// T1, T2, ... in text order.
std::vector<TimeExpression> FindDates(const Document& doc, const TimeWords& words);

// Sets each event's date. REQUIRES: sentences[i].words are the parse of
// sentence i; dates come from FindDates over the same document.
void DateEvents(const std::vector<TimeExpression>& dates, const std::vector<Sentence>& sentences,
                const std::optional<std::string>& article_date, std::vector<Event>* events);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_DATES_STAGE_H_
