#include "text/mapped_text.h"

#include <algorithm>

namespace newsgraph::text {

MappedText MappedText::Identity(std::string_view raw) {
  MappedText m;
  m.text_.assign(raw);
  m.raw_size_ = static_cast<uint32_t>(raw.size());
  if (!raw.empty()) m.pieces_.push_back({0, 0, m.raw_size_, true});
  return m;
}

size_t MappedText::PieceAt(uint32_t i) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), i,
                             [](uint32_t v, const Piece& p) { return v < p.text_begin; });
  return static_cast<size_t>(it - pieces_.begin()) - 1;
}

uint32_t MappedText::PieceLength(size_t p) const {
  uint32_t next = p + 1 < pieces_.size() ? pieces_[p + 1].text_begin
                                         : static_cast<uint32_t>(text_.size());
  return next - pieces_[p].text_begin;
}

uint32_t MappedText::RawBeginIn(size_t piece, uint32_t i) const {
  const Piece& p = pieces_[piece];
  return p.identity ? p.raw_begin + (i - p.text_begin) : p.raw_begin;
}

uint32_t MappedText::RawEndIn(size_t piece, uint32_t i) const {
  const Piece& p = pieces_[piece];
  return p.identity ? p.raw_begin + (i - p.text_begin) + 1 : p.raw_end;
}

uint32_t MappedText::RawBeginOf(uint32_t i) const { return RawBeginIn(PieceAt(i), i); }

uint32_t MappedText::RawEndOf(uint32_t i) const { return RawEndIn(PieceAt(i), i); }

Span MappedText::MakeSpan(uint32_t start, uint32_t end) const {
  Span s;
  s.start = start;
  s.end = end;
  if (start >= end) {
    s.raw_start = s.raw_end = start < text_.size() ? RawBeginOf(start) : raw_size_;
    return s;
  }
  s.raw_start = RawBeginOf(start);
  s.raw_end = RawEndOf(end - 1);
  return s;
}

size_t MappedText::FirstPieceReaching(uint32_t raw, size_t from) const {
  // Pieces are ordered by the raw begin of their last byte.
  auto last = [&](size_t p) {
    const Piece& q = pieces_[p];
    return q.identity ? q.raw_begin + PieceLength(p) - 1 : q.raw_begin;
  };
  // Gallop from `from` (the answer is usually there or just after), then
  // bisect: pieces before `lo` end before `raw`; `hi` is an answer.
  const size_t n = pieces_.size();
  size_t lo = from, hi = from, step = 1;
  while (hi < n && last(hi) < raw) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = std::min(hi, n);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (last(mid) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

uint32_t MappedText::TextPosIn(size_t p, uint32_t raw) const {
  if (p == pieces_.size()) return static_cast<uint32_t>(text_.size());
  const Piece& q = pieces_[p];
  if (!q.identity || raw <= q.raw_begin) return q.text_begin;
  return q.text_begin + (raw - q.raw_begin);
}

void MappedText::TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start,
                                 uint32_t* end) const {
  size_t cursor = 0;
  TextRangeForRaw(raw_start, raw_end, start, end, &cursor);
}

void MappedText::TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start,
                                 uint32_t* end, size_t* cursor) const {
  // The first text byte whose raw begin is >= raw_start, and the same for
  // raw_end (never before it).
  const size_t first = FirstPieceReaching(raw_start, *cursor);
  *cursor = first;
  *start = TextPosIn(first, raw_start);
  *end = std::max(*start, TextPosIn(FirstPieceReaching(raw_end, first), raw_end));
}

MappedTextBuilder::MappedTextBuilder(const MappedText& input, size_t pieces) : in_(input) {
  out_.raw_size_ = input.raw_size_;
  out_.text_.reserve(input.text_.size());
  out_.pieces_.reserve(pieces);
}

size_t MappedTextBuilder::Seek(uint32_t i) {
  while (cursor_ + 1 < in_.pieces_.size() && in_.pieces_[cursor_ + 1].text_begin <= i) ++cursor_;
  return cursor_;
}

void MappedTextBuilder::AddPiece(uint32_t text_begin, uint32_t length, uint32_t raw_begin,
                                 uint32_t raw_end, bool identity) {
  if (length == 0) return;
  if (identity && !out_.pieces_.empty()) {
    MappedText::Piece& last = out_.pieces_.back();
    if (last.identity && last.raw_end == raw_begin) {  // contiguous: extend
      last.raw_end = raw_end;
      return;
    }
  }
  out_.pieces_.push_back({text_begin, raw_begin, raw_end, identity});
}

void MappedTextBuilder::Copy(uint32_t begin, uint32_t end) {
  if (begin >= end) return;
  const uint32_t base = static_cast<uint32_t>(out_.text_.size());
  out_.text_.append(in_.text_, begin, end - begin);
  // Carry over the input pieces overlapping [begin, end), clipped.
  for (size_t p = Seek(begin); p < in_.pieces_.size(); ++p) {
    const MappedText::Piece& piece = in_.pieces_[p];
    if (piece.text_begin >= end) break;
    uint32_t from = std::max(begin, piece.text_begin);
    uint32_t to = std::min(end, piece.text_begin + in_.PieceLength(p));
    uint32_t text_begin = base + (from - begin);
    if (piece.identity) {
      uint32_t raw = piece.raw_begin + (from - piece.text_begin);
      AddPiece(text_begin, to - from, raw, raw + (to - from), true);
    } else {
      AddPiece(text_begin, to - from, piece.raw_begin, piece.raw_end, false);
    }
  }
}

RawRange MappedTextBuilder::Replace(uint32_t begin, uint32_t end, std::string_view out) {
  RawRange raw;
  if (begin >= end) {
    raw.begin = raw.end = begin < in_.text_.size() ? in_.RawBeginIn(Seek(begin), begin)
                                                   : in_.raw_size_;
  } else {
    raw.begin = in_.RawBeginIn(Seek(begin), begin);
    raw.end = in_.RawEndIn(Seek(end - 1), end - 1);
  }
  if (out.empty()) return raw;
  uint32_t text_begin = static_cast<uint32_t>(out_.text_.size());
  out_.text_.append(out);
  AddPiece(text_begin, static_cast<uint32_t>(out.size()), raw.begin, raw.end, false);
  return raw;
}

MappedText MappedTextBuilder::Finish() && { return std::move(out_); }

}  // namespace newsgraph::text
