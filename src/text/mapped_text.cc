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

uint32_t MappedText::RawBeginOf(uint32_t i) const {
  const Piece& p = pieces_[PieceAt(i)];
  return p.identity ? p.raw_begin + (i - p.text_begin) : p.raw_begin;
}

uint32_t MappedText::RawEndOf(uint32_t i) const {
  const Piece& p = pieces_[PieceAt(i)];
  return p.identity ? p.raw_begin + (i - p.text_begin) + 1 : p.raw_end;
}

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

void MappedText::TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start,
                                 uint32_t* end) const {
  // The first text byte whose raw begin is >= `raw`: pieces are ordered by
  // the raw begin of their last byte.
  auto first_at_or_after = [&](uint32_t raw) -> uint32_t {
    size_t lo = 0, hi = pieces_.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      const Piece& p = pieces_[mid];
      uint32_t last = p.identity ? p.raw_begin + PieceLength(mid) - 1 : p.raw_begin;
      if (last < raw) lo = mid + 1;
      else hi = mid;
    }
    if (lo == pieces_.size()) return static_cast<uint32_t>(text_.size());
    const Piece& p = pieces_[lo];
    if (!p.identity || raw <= p.raw_begin) return p.text_begin;
    return p.text_begin + (raw - p.raw_begin);
  };
  *start = first_at_or_after(raw_start);
  *end = std::max(*start, first_at_or_after(raw_end));
}

MappedTextBuilder::MappedTextBuilder(const MappedText& input) : in_(input) {
  out_.raw_size_ = input.raw_size_;
  out_.text_.reserve(input.text_.size());
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
  for (size_t p = in_.PieceAt(begin); p < in_.pieces_.size(); ++p) {
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

void MappedTextBuilder::Replace(uint32_t begin, uint32_t end, std::string_view out) {
  if (out.empty()) return;
  uint32_t raw_begin = 0, raw_end = 0;
  if (begin >= end) {
    raw_begin = raw_end = begin < in_.text_.size() ? in_.RawBeginOf(begin) : in_.raw_size_;
  } else {
    raw_begin = in_.RawBeginOf(begin);
    raw_end = in_.RawEndOf(end - 1);
  }
  uint32_t text_begin = static_cast<uint32_t>(out_.text_.size());
  out_.text_.append(out);
  AddPiece(text_begin, static_cast<uint32_t>(out.size()), raw_begin, raw_end, false);
}

MappedText MappedTextBuilder::Finish() && { return std::move(out_); }

}  // namespace newsgraph::text
