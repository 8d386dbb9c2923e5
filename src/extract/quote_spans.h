// Finding direct quotations by their marks: straight "…", curly “…” (and the
// low „…“/„…”), guillemets «…» and single curly ‘…’. Only top-level quotes
// are returned; marks nested inside a quote (‘…’ inside “…”, “…” inside «…»)
// belong to it.
//
// Tolerant of the dirt of scraped news: a straight " that opens nothing
// (followed by white space: `… culture." And education. "`) and a closing
// mark with no opener are ignored, and a quote that is not closed ends at
// the end of the range the caller gives (its paragraph), so one stray mark
// never swallows the rest of an article.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_EXTRACT_QUOTE_SPANS_H_
#define NEWSGRAPH_EXTRACT_QUOTE_SPANS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct QuotedSpan {
  uint32_t open = 0;   // first byte of the opening mark
  uint32_t start = 0;  // the quoted words, white space trimmed: [start, end)
  uint32_t end = 0;
  uint32_t close = 0;   // one past the closing mark; the range end when unclosed
  bool closed = false;  // false: no closing mark before the range end
};

// The quotes in text[begin, end), in text order, non-overlapping, each with
// non-empty words. REQUIRES: begin <= end <= text.size(); `text` is UTF-8
// (invalid bytes are skipped like any other non-mark byte).
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_QUOTE_SPANS_H_
