// The segmenter's byte scans: the loops that run over every byte of a text,
// as opposed to the rules that run at a few marks. Almost every byte is
// uninteresting, so they compare 16 bytes at a time (SSE2, part of every
// x86-64) and fall back to plain loops elsewhere and at the ends of ranges.
//
// Each *Slow function is the one-byte-at-a-time reference its fast twin is
// tested against (segmenter_scan_test.cc); the segmenter uses the fast ones.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_SEGMENTER_SCAN_H_
#define NEWSGRAPH_TEXT_SEGMENTER_SCAN_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::text {

// Where the sentence scan (sentence_rules.h) must stop next: the first byte
// k in [i, end) where a candidate mark begins, or `end`. The marks: . ! ? :
// ) and line breaks; … ‼ ⁇ ⁈ ⁉ and the bullets (IsBulletChar); the Arabic
// question mark ؟, full stop ۔ and comma ، (not the semicolon ؛). A
// multi-byte mark
// counts only when its second byte is before `end` (it is then decoded from
// `text`, which may extend past `end`).
// REQUIRES: i <= end <= text.size(). Invalid UTF-8 is tolerated: a stray
// byte is never a mark.
uint32_t NextSentenceMark(std::string_view text, uint32_t i, uint32_t end);
uint32_t NextSentenceMarkSlow(std::string_view text, uint32_t i, uint32_t end);

// The first "\n\n" at or after `from`: its offset, or text.size().
// REQUIRES: from <= text.size().
uint32_t FindBlankLine(std::string_view text, uint32_t from);
uint32_t FindBlankLineSlow(std::string_view text, uint32_t from);

// Length in bytes of the longest line of text[begin, end), leading and
// trailing spaces and tabs excluded: the wrap width when the text is
// hard-wrapped. REQUIRES: begin <= end <= text.size().
uint32_t LongestLine(std::string_view text, uint32_t begin, uint32_t end);
uint32_t LongestLineSlow(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_SCAN_H_
