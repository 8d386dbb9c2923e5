// One cheap pass over a text that tells which cleaner stages can possibly
// change it, so that clean input skips them (the repair fast path).
//
// Thread-safety: stateless.
#ifndef NEWSGRAPH_TEXT_TEXT_TRAITS_H_
#define NEWSGRAPH_TEXT_TEXT_TRAITS_H_

#include <string_view>

namespace newsgraph::text {

struct TextTraits {
  bool has_ampersand = false;     // the entity stage may apply
  bool has_non_ascii = false;     // mojibake, invisible characters, exotic spaces
  bool has_odd_control = false;   // C0 other than '\n', or DEL: CR, TAB, controls
  bool has_layout_issue = false;  // space runs, spaces at line ends, 3+ newlines,
                                  // leading/trailing whitespace
  bool has_paragraph_break = false;  // "\n\n": fragments and paragraph flags
  bool may_need_nfc = false;      // a byte >= 0xCC: a code point >= U+0300
};

TextTraits ScanTraits(std::string_view text);

// Sets the flags that the bytes of `s` call for, one by one; not the
// layout and paragraph flags, which depend on neighbours.
void AddBytes(std::string_view s, TextTraits* traits);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TEXT_TRAITS_H_
