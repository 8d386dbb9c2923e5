// A text plus the map from each of its bytes back to the raw-input bytes it
// came from. Each text stage reads one MappedText and builds the next with a
// MappedTextBuilder, so offsets back to the raw input survive every stage
// (the idea of sentencepiece's norm_to_orig).
//
// The map is stored as pieces, not per byte: an *identity* piece is a run of
// bytes copied unchanged (byte k of the piece came from raw byte
// raw_begin + k); a *replacement* piece is output that replaced a raw range
// as a whole (every byte of it maps to [raw_begin, raw_end)). Clean text is
// one identity piece, so the map costs nothing on the common path.
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
  // The same for many ranges in order of raw_start: the search resumes at
  // *cursor (start it at 0) and leaves it for the next call.
  // REQUIRES: raw_start >= the raw_start of the previous call on *cursor.
  void TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start, uint32_t* end,
                       size_t* cursor) const;

  // Number of map pieces; 1 for untouched text (exposed for tests/benchmarks).
  size_t piece_count() const { return pieces_.size(); }

 private:
  friend class MappedTextBuilder;

  struct Piece {
    uint32_t text_begin;  // first text byte of the piece
    uint32_t raw_begin;
    uint32_t raw_end;     // identity: raw_begin + length
    bool identity;
  };

  // Index of the piece holding text byte `i`. REQUIRES: i < text_.size().
  size_t PieceAt(uint32_t i) const;
  uint32_t PieceLength(size_t p) const;
  // Raw range of the single text byte `i`.
  uint32_t RawBeginOf(uint32_t i) const;
  uint32_t RawEndOf(uint32_t i) const;
  // The same, given the index `p` of the piece holding byte `i`.
  uint32_t RawBeginIn(size_t p, uint32_t i) const;
  uint32_t RawEndIn(size_t p, uint32_t i) const;
  // The first piece at or after `from` whose last byte came from raw byte
  // `raw` or later, or pieces_.size(). REQUIRES: no piece before `from` has.
  size_t FirstPieceReaching(uint32_t raw, size_t from) const;
  // The first text byte of piece `p` whose raw begin is >= `raw`.
  uint32_t TextPosIn(size_t p, uint32_t raw) const;

  std::string text_;
  // INVARIANT: pieces_ cover text_ exactly, in order, none empty; the raw
  // begins of successive text bytes never decrease.
  std::vector<Piece> pieces_;
  uint32_t raw_size_ = 0;
};

// The raw-input range of a span of some stage's text (see MakeSpan).
struct RawRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Builds the output of one text stage from its input, left to right.
class MappedTextBuilder {
 public:
  // `input` must outlive the builder. `pieces` is a hint: how many map
  // pieces the output may have.
  explicit MappedTextBuilder(const MappedText& input, size_t pieces = 0);

  // Copies input bytes [begin, end) unchanged.
  // REQUIRES: calls cover the input in increasing, non-overlapping order.
  void Copy(uint32_t begin, uint32_t end);
  // Emits `out` in place of input bytes [begin, end). Either may be empty:
  // an empty `out` is a deletion, an empty range an insertion. Returns the
  // raw range of input bytes [begin, end), as input.MakeSpan would.
  // REQUIRES: after the bytes of every earlier call.
  RawRange Replace(uint32_t begin, uint32_t end, std::string_view out);

  uint32_t output_size() const { return static_cast<uint32_t>(out_.text_.size()); }

  MappedText Finish() &&;

 private:
  // Records that output bytes [text_begin, text_begin + length) map as given.
  void AddPiece(uint32_t text_begin, uint32_t length, uint32_t raw_begin, uint32_t raw_end,
                bool identity);

  // Index of the input piece holding input byte `i`, found by moving
  // cursor_ forward: calls come in increasing order of `i`.
  size_t Seek(uint32_t i);

  const MappedText& in_;
  MappedText out_;
  size_t cursor_ = 0;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MAPPED_TEXT_H_
