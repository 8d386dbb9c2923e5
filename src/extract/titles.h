// Attaching titles to the names they describe, within one sentence:
//   before the name:  "the Iraqi Foreign Minister, Fuad Hussein",
//                     "US Secretary of State Anthony Blinken",
//                     "Deputy Prime Minister and Foreign Minister Fuad Hussein"
//   after the name:   "Mustafa Al-Kazemi, Iraqi Prime Minister and Commander
//                     in Chief of the Armed Forces", "Fuad Hussein, the
//                     Foreign Minister of Iraq"
// A title is adjacent to the name (a comma, and after the name a "the", may
// sit between); titles chained by "and" share the first one's country when
// they state none. A name with a title is a PERSON. Each attached title
// becomes a Role on the candidate and is marked used. A title with a
// country word but no name ("an Iraqi envoy") becomes a PERSON candidate of
// its own, an unnamed official coded from the country and the title.
//
// Thread-safety: stateless function.
#ifndef NEWSGRAPH_EXTRACT_TITLES_H_
#define NEWSGRAPH_EXTRACT_TITLES_H_

#include "core/document.h"
#include "extract/mention_scanner.h"

namespace newsgraph::extract {

void AttachTitles(const Document& doc, SentenceScan* scan);

// The Role a title RoleSpan describes (title text as written, its country,
// sector and rule).
Role MakeRole(const Document& doc, const RoleSpan& span);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_TITLES_H_
