#include "text/repair_log.h"

#include <algorithm>

namespace newsgraph::text {

void RepairLog::Note(const MappedText& in, uint32_t begin, uint32_t end, const char* kind,
                     std::string after, std::string note) {
  Span raw = in.MakeSpan(begin, end);
  entries_.push_back({kind, raw.raw_start, raw.raw_end, std::move(after), std::move(note), false});
}

void RepairLog::Flag(const MappedText& final_text, uint32_t start, uint32_t end, const char* kind,
                     std::string note) {
  Span raw = final_text.MakeSpan(start, end);
  entries_.push_back({kind, raw.raw_start, raw.raw_end, "", std::move(note), true});
}

std::vector<Repair> RepairLog::Finish(const MappedText& final_text, std::string_view raw) && {
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.raw_start < b.raw_start || (a.raw_start == b.raw_start && a.raw_end < b.raw_end);
  });
  std::vector<Repair> out;
  out.reserve(entries_.size());
  for (Entry& e : entries_) {
    Repair r;
    r.kind = e.kind;
    uint32_t start = 0, end = 0;
    final_text.TextRangeForRaw(e.raw_start, e.raw_end, &start, &end);
    r.span = {start, end, e.raw_start, e.raw_end};
    r.before.assign(raw.substr(e.raw_start, e.raw_end - e.raw_start));
    r.after = e.flag ? r.before : std::move(e.after);
    r.note = std::move(e.note);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace newsgraph::text
