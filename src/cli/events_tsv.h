// The events of an analysis as tab-separated values, for `newsgraph events
// --format tsv`. PETRARCH's event columns come first (date, source,
// target, code: the order of its .evts output and of Phoenix's core
// columns), then ours. One header row; one row per event; empty fields for
// missing values; tabs and newlines inside text fields become spaces.
//
//   date source target cameo article event sentence quad_class goldstein
//   plover_type plover_mode plover_context negated modality attributed_to
//   source_text target_text trigger evidence rule
//
// `date` is the article's as YYYYMMDD (PETRARCH's), or empty.
//
// Thread-safety: a pure function.
#ifndef NEWSGRAPH_CLI_EVENTS_TSV_H_
#define NEWSGRAPH_CLI_EVENTS_TSV_H_

#include <string>

#include "newsgraph/analysis.h"

namespace newsgraph::cli {

std::string EventsTsv(const Analysis& analysis);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_EVENTS_TSV_H_
