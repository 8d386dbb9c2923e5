// The quotes stage (issue 7): direct quotations and reported speech with
// their speakers (docs/quotes.md).
//
// Direct quotes are the words between quote marks (quote_spans.h), within
// one paragraph and at most kMaxQuoteSentences sentences; a quote broken by
// its attribution ("“We agree,” he said, “but not yet.”") gives two Quotes,
// one per quoted stretch, both attributed to the same speaker. Reported
// speech is the clause complement of a speech cue verb ("Hussein confirmed
// that Iraq seeks …": direct = false, span = "Iraq seeks …"). The speaker
// is the subject of the cue verb (speakers.h); speaker is an Entity::id when
// the subject is, or stands for, an entity of the entities stage.
//
// Baseline: rules over the dependency parse; no quote-specific model.
//
// Thread-safety: stateless; FindQuotes may run concurrently.
#ifndef NEWSGRAPH_EXTRACT_QUOTES_H_
#define NEWSGRAPH_EXTRACT_QUOTES_H_

#include <cstdint>
#include <vector>

#include "core/document.h"
#include "extract/quote_cues.h"
#include "newsgraph/analysis.h"

namespace newsgraph::extract {

// An unclosed quote ends at the end of its paragraph, and at the latest at
// the end of this many sentences from the one it opens in.
inline constexpr uint32_t kMaxQuoteSentences = 6;

// Quoted words with no cue and fewer words than this are taken for scare
// quotes or titles (a so-called "Islamic State") and left out.
inline constexpr uint32_t kMinUnattributedWords = 4;

// The quotes of `doc`, in text order, ids "Q1", "Q2", ... REQUIRES:
// `entities` come from the entities stage on the same document (their
// spans index doc.text()). doc.words may be missing or unparsed (non-English
// text): then only direct quotes are found, without speakers.
std::vector<Quote> FindQuotes(const Document& doc, const std::vector<Entity>& entities,
                              const QuoteCues& cues);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_QUOTES_H_
