#include "text/mapped_text.h"

#include <algorithm>

namespace newsgraph::text {

MappedText MappedText::Identity(std::string_view raw) {
  MappedText m;
  m.text_.assign(raw);
  m.raw_size_ = static_cast<uint32_t>(raw.size());
  m.raw_begin_.resize(raw.size());
  m.raw_end_.resize(raw.size());
  for (uint32_t i = 0; i < raw.size(); ++i) {
    m.raw_begin_[i] = i;
    m.raw_end_[i] = i + 1;
  }
  return m;
}

Span MappedText::MakeSpan(uint32_t start, uint32_t end) const {
  Span s;
  s.start = start;
  s.end = end;
  if (start >= end) {
    uint32_t raw = start < text_.size() ? raw_begin_[start] : raw_size_;
    s.raw_start = s.raw_end = raw;
    return s;
  }
  s.raw_start = raw_begin_[start];
  s.raw_end = raw_end_[end - 1];
  return s;
}

void MappedText::TextRangeForRaw(uint32_t raw_start, uint32_t raw_end, uint32_t* start,
                                 uint32_t* end) const {
  auto first = std::lower_bound(raw_begin_.begin(), raw_begin_.end(), raw_start);
  auto last = std::lower_bound(first, raw_begin_.end(), raw_end);
  *start = static_cast<uint32_t>(first - raw_begin_.begin());
  *end = static_cast<uint32_t>(last - raw_begin_.begin());
}

MappedTextBuilder::MappedTextBuilder(const MappedText& input) : in_(input) {
  out_.raw_size_ = input.raw_size_;
  out_.text_.reserve(input.text_.size());
  out_.raw_begin_.reserve(input.text_.size());
  out_.raw_end_.reserve(input.text_.size());
}

void MappedTextBuilder::RawRange(uint32_t begin, uint32_t end, uint32_t* raw_begin,
                                 uint32_t* raw_end) const {
  if (begin >= end) {
    uint32_t raw = begin < in_.text_.size() ? in_.raw_begin_[begin] : in_.raw_size_;
    *raw_begin = *raw_end = raw;
    return;
  }
  *raw_begin = in_.raw_begin_[begin];
  *raw_end = in_.raw_end_[end - 1];
}

void MappedTextBuilder::Copy(uint32_t begin, uint32_t end) {
  if (begin >= end) return;
  out_.text_.append(in_.text_, begin, end - begin);
  out_.raw_begin_.insert(out_.raw_begin_.end(), in_.raw_begin_.begin() + begin,
                         in_.raw_begin_.begin() + end);
  out_.raw_end_.insert(out_.raw_end_.end(), in_.raw_end_.begin() + begin,
                       in_.raw_end_.begin() + end);
}

void MappedTextBuilder::Replace(uint32_t begin, uint32_t end, std::string_view out) {
  if (out.empty()) return;
  uint32_t raw_begin = 0, raw_end = 0;
  RawRange(begin, end, &raw_begin, &raw_end);
  out_.text_.append(out);
  out_.raw_begin_.insert(out_.raw_begin_.end(), out.size(), raw_begin);
  out_.raw_end_.insert(out_.raw_end_.end(), out.size(), raw_end);
}

MappedText MappedTextBuilder::Finish() && { return std::move(out_); }

}  // namespace newsgraph::text
