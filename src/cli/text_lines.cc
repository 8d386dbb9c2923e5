#include "cli/text_lines.h"

#include <fmt/core.h>

namespace newsgraph::cli {

void AppendOneLine(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out->push_back(' ');
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {  // U+2028, U+2029
      out->push_back(' ');
      i += 2;
    } else {
      out->push_back(c);
    }
  }
}

std::vector<lang::ConlluSentence> TokensAsConllu(const TextResult& r) {
  std::vector<lang::ConlluSentence> out;
  size_t t = 0;
  for (size_t s = 0; s < r.sentences.size(); ++s) {
    const size_t first = t;
    while (t < r.tokens.size() && r.tokens[t].sentence == s) ++t;
    if (first == t) continue;  // every token excluded
    lang::ConlluSentence& sentence = out.emplace_back();
    sentence.comments.push_back("# sent_id = " + std::to_string(s + 1));
    std::string text = "# text = ";
    AppendOneLine(SpanText(r, r.sentences[s].span), &text);
    sentence.comments.push_back(std::move(text));
    for (size_t i = first; i < t; ++i) {
      const Span& span = r.tokens[i].span;
      const bool glued = i + 1 < t && r.tokens[i + 1].span.start == span.end;
      lang::ConlluWord& w = sentence.words.emplace_back();
      w.form = std::string(SpanText(r, span));
      w.misc = fmt::format("TokenRange={}:{}{}", span.start, span.end,
                           glued ? "|SpaceAfter=No" : "");
    }
  }
  return out;
}

}  // namespace newsgraph::cli
