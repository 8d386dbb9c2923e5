// Paragraph and sentence splitting for news text.
//
// Paragraphs are blocks separated by a blank line (the cleaner has normalised
// those to "\n\n"). Sentences come from a news-tuned rule segmenter
// (sentence_rules.h): one pass over the bytes, abbreviations and sentence
// starters from data/text/ (abbreviations.h), list markers, quotes and
// brackets, ellipses, single line breaks, Arabic punctuation. It passes all
// 48 English Golden Rules and 4 of the 5 Arabic ones: the fifth splits at
// Arabic commas, which we deliberately do not (docs/segmentation.md).
//
// Thread-safety: Segmenter is immutable after Create(); Split() may be called
// concurrently. Create() shares the abbreviation tables with the tokenizer
// (Abbreviations::Default()).
#ifndef NEWSGRAPH_TEXT_SEGMENTER_H_
#define NEWSGRAPH_TEXT_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/status.h"
#include "text/abbreviations.h"

namespace newsgraph::text {

// Byte offsets [start, end) into the text given to Split().
struct TextRange {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct SentenceRange {
  TextRange range;
  uint32_t paragraph = 0;  // index into SplitParagraphs(text)
};

// Blank-line separated blocks of `text`, trimmed; empty blocks are skipped.
std::vector<TextRange> SplitParagraphs(std::string_view text);

class Segmenter {
 public:
  // With the embedded abbreviation tables (Abbreviations::Default());
  // kCorruption names file:line when they are malformed.
  static Result<std::shared_ptr<const Segmenter>> Create();
  // With explicit tables (tests).
  static std::shared_ptr<const Segmenter> Create(Abbreviations abbreviations);
  static std::shared_ptr<const Segmenter> Create(
      std::shared_ptr<const Abbreviations> abbreviations);

  // Sentences in text order: non-empty, trimmed of white space, never
  // overlapping and never crossing a paragraph.
  // REQUIRES: `text` is valid UTF-8 and shorter than 4 GiB (the offsets are
  // 32-bit); larger input is kInvalidArgument.
  Result<std::vector<SentenceRange>> Split(std::string_view text) const;

 private:
  explicit Segmenter(std::shared_ptr<const Abbreviations> abbreviations)
      : abbreviations_(std::move(abbreviations)) {}
  std::shared_ptr<const Abbreviations> abbreviations_;  // never null
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_H_
