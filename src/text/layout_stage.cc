// Stage 4 of the cleaner (see stages.h): whitespace layout.
//
// A run of ' ' and '\n' becomes "" at the ends of the document, else "\n\n"
// (two or more newlines), "\n" (one) or " " (none). Inside the document a
// run changes exactly when it is longer than one byte and is not "\n\n",
// which a bit test finds 64 bytes at a time: a blank byte after a blank byte,
// unless it is the second newline of a "\n\n" that follows a non-blank.
#include "text/byte_masks.h"
#include "text/stages.h"

namespace newsgraph::text {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\n'; }

bytes::V Blank(const char* q) {
  const bytes::V v = bytes::Load16(q);
  return bytes::Eq(v, ' ') | bytes::Eq(v, '\n');
}
bytes::V Newline(const char* q) { return bytes::Eq(bytes::Load16(q), '\n'); }

// The edit for the blank run [b, e) inside the document, if it needs one.
void EditInnerRun(std::string_view s, uint32_t b, uint32_t e, std::vector<TextEdit>* edits) {
  uint32_t newlines = 0;
  for (uint32_t k = b; k < e; ++k) newlines += s[k] == '\n';
  std::string_view want = newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ";
  if (s.substr(b, e - b) != want) edits->push_back({b, e, std::string(want), "whitespace", ""});
}

}  // namespace

std::vector<TextEdit> FindLayoutEdits(std::string_view s) {
  std::vector<TextEdit> edits;
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t lead = 0;
  while (lead < n && IsBlank(s[lead])) ++lead;
  if (lead > 0) edits.push_back({0, lead, "", "whitespace", ""});
  if (lead == n) return edits;
  uint32_t tail = n;  // s[tail - 1] is not blank, since s[lead] is not
  while (IsBlank(s[tail - 1])) --tail;
  // Inner runs lie in [lead, tail) and s[lead] is not blank, so the first
  // block needs no history: its first two bytes cannot be flagged.
  uint64_t carry_blank = 0, carry_newline = 0, carry_blank2 = 0;
  uint32_t done = lead;  // runs before this are handled
  for (uint32_t i = lead; i < tail; i += 64) {
    uint64_t blank = bytes::BlockMask(s, i, Blank);
    uint64_t newline = bytes::BlockMask(s, i, Newline);
    if (tail - i < 64) {
      const uint64_t inside = (uint64_t{1} << (tail - i)) - 1;
      blank &= inside;
      newline &= inside;
    }
    const uint64_t blank_before = (blank << 1) | carry_blank;
    const uint64_t newline_before = (newline << 1) | carry_newline;
    const uint64_t blank_two_before = (blank << 2) | carry_blank2;
    const uint64_t second_of_pair = newline & newline_before & ~blank_two_before;
    for (uint64_t flagged = blank & blank_before & ~second_of_pair; flagged != 0;
         flagged &= flagged - 1) {
      const uint32_t hit = i + static_cast<uint32_t>(std::countr_zero(flagged));
      if (hit < done) continue;  // inside a run already handled
      uint32_t b = hit, e = hit;
      while (IsBlank(s[b - 1])) --b;  // stops after `lead`
      while (e < tail && IsBlank(s[e])) ++e;
      EditInnerRun(s, b, e, &edits);
      done = e;
    }
    carry_blank = blank >> 63;
    carry_newline = newline >> 63;
    carry_blank2 = blank >> 62;
  }
  if (tail < n) edits.push_back({tail, n, "", "whitespace", ""});
  return edits;
}

}  // namespace newsgraph::text
