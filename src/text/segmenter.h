// Paragraph and sentence splitting.
//
// Baseline (issue 2): paragraphs are blocks separated by a blank line (the
// cleaner has normalised those to "\n\n"); sentences inside a paragraph come
// from ICU's sentence BreakIterator, trimmed of surrounding whitespace.
// Issue 3 replaces this with a news-tuned segmenter (Golden Rules).
//
// Thread-safety: Segmenter is immutable after Create(); Split() may be called
// concurrently (each call clones the break iterator).
#ifndef NEWSGRAPH_TEXT_SEGMENTER_H_
#define NEWSGRAPH_TEXT_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/status.h"
#include "text/break_iterator.h"


namespace newsgraph::text {

struct TextRange {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct SentenceRange {
  TextRange range;
  uint32_t paragraph = 0;
};

// Blank-line separated blocks of `text`, trimmed; empty blocks are skipped.
std::vector<TextRange> SplitParagraphs(std::string_view text);

class Segmenter {
 public:
  static Result<std::shared_ptr<const Segmenter>> Create();

  // REQUIRES: `text` is valid UTF-8.
  Result<std::vector<SentenceRange>> Split(std::string_view text) const;

 private:
  explicit Segmenter(BreakPrototype sentences) : sentences_(std::move(sentences)) {}
  BreakPrototype sentences_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_H_
