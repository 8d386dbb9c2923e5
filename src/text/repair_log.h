// The log of repairs the text stages make. Each stage notes a change in the
// coordinates of its own input (converted to raw-input offsets at once, since
// those survive later stages); once all stages ran, Finish() locates every
// repair in the final text.
//
// Thread-safety: a value owned by one Clean() call.
#ifndef NEWSGRAPH_TEXT_REPAIR_LOG_H_
#define NEWSGRAPH_TEXT_REPAIR_LOG_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"
#include "text/mapped_text.h"

namespace newsgraph::text {

class RepairLog {
 public:
  // Notes that a stage replaced the input bytes that came from raw bytes
  // `raw` (MappedText::MakeSpan of the stage's input) by `after`.
  void Note(RawRange raw, const char* kind, std::string after, std::string note = "");

  // Notes a flag on final-text range [start, end) that changes nothing
  // (duplicate paragraph, boilerplate): `after` is the flagged final text,
  // equal to `before` unless an earlier stage repaired inside the range.
  void Flag(const MappedText& final_text, uint32_t start, uint32_t end, const char* kind,
            std::string note);

  // Repairs in raw order, with spans in `final_text` and `before` sliced from
  // `raw`.
  std::vector<Repair> Finish(const MappedText& final_text, std::string_view raw) &&;

  size_t size() const { return entries_.size(); }
  // Makes room for `n` more entries.
  void Reserve(size_t n) { entries_.reserve(entries_.size() + n); }

 private:
  struct Entry {
    const char* kind;
    uint32_t raw_start;
    uint32_t raw_end;
    std::string after;
    std::string note;
    bool flag;  // no change of its own: after is the final text
  };
  std::vector<Entry> entries_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_REPAIR_LOG_H_
