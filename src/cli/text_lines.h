// Plain-text output helpers for the text commands (segment, tokenize).
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_CLI_TEXT_LINES_H_
#define NEWSGRAPH_CLI_TEXT_LINES_H_

#include <string>
#include <string_view>

#include "newsgraph/text.h"

namespace newsgraph::cli {

// The slice of result.text under `span`.
inline std::string_view SpanText(const TextResult& result, const Span& span) {
  return std::string_view(result.text).substr(span.start, span.end - span.start);
}

// Appends `text` with every line break (\n, \r, U+2028, U+2029) and tab
// turned into a space, so that one record stays on one output line.
void AppendOneLine(std::string_view text, std::string* out);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_TEXT_LINES_H_
