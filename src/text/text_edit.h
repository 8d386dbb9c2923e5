// A TextEdit is one replacement a text stage wants to make in its input.
// Every stage of the cleaner is a pure function from text to a sorted list of
// edits; ApplyEdits turns the list into the next MappedText and logs each
// edit as a repair. A stage that finds nothing costs no copy at all.
//
// Thread-safety: plain values and a stateless function.
#ifndef NEWSGRAPH_TEXT_TEXT_EDIT_H_
#define NEWSGRAPH_TEXT_TEXT_EDIT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/mapped_text.h"
#include "text/repair_log.h"

namespace newsgraph::text {

struct TextEdit {
  uint32_t begin = 0;       // byte range in the stage's input
  uint32_t end = 0;
  std::string replacement;  // valid UTF-8; empty for a deletion
  const char* kind = "";    // repair kind, a string literal
  std::string note;         // optional explanation (encoding path, entity name)
};

// REQUIRES: edits sorted by begin, non-overlapping, within in.text(), on
// code point boundaries. Their strings are moved into the log.
MappedText ApplyEdits(const MappedText& in, std::vector<TextEdit>&& edits, RepairLog* log);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TEXT_EDIT_H_
