// Plain-text output helpers for the text commands (segment, tokenize, parse).
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_CLI_TEXT_LINES_H_
#define NEWSGRAPH_CLI_TEXT_LINES_H_

#include <string>
#include <string_view>

#include <vector>

#include "lang/conllu.h"
#include "newsgraph/text.h"

namespace newsgraph::cli {

// The slice of result.text under `span`.
inline std::string_view SpanText(const TextResult& result, const Span& span) {
  return std::string_view(result.text).substr(span.start, span.end - span.start);
}

// Appends `text` with every line break (\n, \r, U+2028, U+2029) and tab
// turned into a space, so that one record stays on one output line.
void AppendOneLine(std::string_view text, std::string* out);

// The tokenized sentences as CoNLL-U with only ID and FORM filled (what a UD
// tagger or parser reads): "# sent_id = N" (1-based sentence number in the
// text) and "# text = ..." comments; MISC holds TokenRange (offsets into the
// repaired text, UD's convention) and SpaceAfter=No where the next token
// follows without a space. Sentences whose tokens are all excluded are
// left out.
std::vector<lang::ConlluSentence> TokensAsConllu(const TextResult& result);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_TEXT_LINES_H_
