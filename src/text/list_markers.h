// List-item markers: bullets ("•", "⁃", and "-" / "*" at the start of a
// line) and enumerators ("1.", "2.)", "3)", "a.", "b)"). The segmenter
// starts a sentence at every marker and never ends one at the period inside
// it ("1. The first item 2. The second item" is two items).
//
// An enumerator counts as a marker when it opens the paragraph or a line,
// follows a bullet, or has a neighbour of the same style numbered one less
// (seen before) or one more (found ahead): a lone "2." in running text is a
// number that ends a sentence, not a list.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_LIST_MARKERS_H_
#define NEWSGRAPH_TEXT_LIST_MARKERS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "text/utf8_chars.h"

namespace newsgraph::text {

enum class EnumeratorStyle : uint8_t { kDigitDot, kDigitDotParen, kDigitParen, kLetterDot, kLetterParen };

struct Enumerator {
  uint32_t start = 0;  // first digit or letter
  uint32_t end = 0;    // past the final '.' or ')'
  uint32_t value = 0;  // 1-99, or 1-26 for a-z
  EnumeratorStyle style = EnumeratorStyle::kDigitDot;
  bool anchored = false;       // opens the paragraph or a line, or follows a bullet
  bool after_bullet = false;   // "• 9.": the bullet already started the item
};

// Bullet characters recognised anywhere a word starts (all 3 bytes in UTF-8,
// lead byte 0xE2).
bool IsBulletChar(UChar32 c);

// The enumerator whose '.' or ')' is at text[mark], inside the paragraph
// text[begin, end): one or two digits or one lower-case letter, preceded by
// white space, a bullet or the paragraph start, followed by white space.
std::optional<Enumerator> EnumeratorAt(std::string_view text, uint32_t begin, uint32_t end,
                                       uint32_t mark);

// Whether an enumerator of `style` numbered `value` starts a word within
// `reach` bytes after `from` (and before `end`).
bool EnumeratorAhead(std::string_view text, uint32_t from, uint32_t end, EnumeratorStyle style,
                     uint32_t value, uint32_t reach);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_LIST_MARKERS_H_
