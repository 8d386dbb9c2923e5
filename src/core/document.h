// The working state of one article as it moves through the pipeline stages:
// repaired text with its raw byte map, sentences and their tokens. Stages
// read a Document and add their results to the Analysis.
//
// Thread-safety: a plain value owned by one Analyze() call.
#ifndef NEWSGRAPH_CORE_DOCUMENT_H_
#define NEWSGRAPH_CORE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/analysis.h"
#include "text/mapped_text.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace newsgraph {

struct Document {
  text::MappedText mapped;                       // repaired text + map to raw
  std::vector<text::SentenceRange> sentences;    // in text order
  std::vector<std::vector<text::Token>> tokens;  // tokens[i] of sentences[i]
  std::vector<std::vector<Word>> words;          // words[i][j] annotates tokens[i][j]
  std::string language;                          // ISO 639-1 or "und"
  std::optional<int32_t> date;                   // the article's, yyyymmdd, when known

  const std::string& text() const { return mapped.text(); }
  std::string_view TokenText(const text::Token& t) const {
    return std::string_view(mapped.text()).substr(t.start, t.end - t.start);
  }
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_DOCUMENT_H_
