// A text plus, for every one of its bytes, the raw-input byte range it came
// from. Each text stage reads one MappedText and builds the next with a
// MappedTextBuilder, so offsets back to the raw input survive every stage
// (the idea of sentencepiece's norm_to_orig).
//
// Thread-safety: immutable after Finish(); concurrent reads are safe.
#ifndef NEWSGRAPH_TEXT_MAPPED_TEXT_H_
#define NEWSGRAPH_TEXT_MAPPED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"

namespace newsgraph::text {

class MappedText {
 public:
  // The identity mapping: text == raw.
  static MappedText Identity(std::string_view raw);

  const std::string& text() const { return text_; }
  uint32_t raw_size() const { return raw_size_; }

  // REQUIRES: start <= end <= text().size().
  // The raw range covers every raw byte that produced any byte of the span.
  Span MakeSpan(uint32_t start, uint32_t end) const;

  // The smallest text range whose bytes came from raw bytes at or after
  // raw_start and before raw_end (empty for a deletion). Inverse of MakeSpan
  // for spans that start and end on stage boundaries.
  void TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start,
                       uint32_t* end) const;

 private:
  friend class MappedTextBuilder;
  std::string text_;
  // INVARIANT: raw_begin_.size() == raw_end_.size() == text_.size(), and
  // both are non-decreasing.
  std::vector<uint32_t> raw_begin_;
  std::vector<uint32_t> raw_end_;
  uint32_t raw_size_ = 0;
};

// Builds the output of one text stage from its input, left to right.
class MappedTextBuilder {
 public:
  // `input` must outlive the builder.
  explicit MappedTextBuilder(const MappedText& input);

  // Copies input bytes [begin, end) unchanged.
  // REQUIRES: calls cover the input in increasing, non-overlapping order.
  void Copy(uint32_t begin, uint32_t end);
  // Emits `out` in place of input bytes [begin, end). Either may be empty:
  // an empty `out` is a deletion, an empty range an insertion.
  void Replace(uint32_t begin, uint32_t end, std::string_view out);

  uint32_t output_size() const { return static_cast<uint32_t>(out_.text_.size()); }

  MappedText Finish() &&;

 private:
  // Raw range of input bytes [begin, end); an empty input range maps to the
  // empty raw range at the raw position of `begin`.
  void RawRange(uint32_t begin, uint32_t end, uint32_t* raw_begin, uint32_t* raw_end) const;

  const MappedText& in_;
  MappedText out_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MAPPED_TEXT_H_
