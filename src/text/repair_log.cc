#include "text/repair_log.h"

#include <algorithm>

namespace newsgraph::text {

void RepairLog::Note(RawRange raw, const char* kind, std::string after, std::string note) {
  entries_.push_back({kind, raw.begin, raw.end, std::move(after), std::move(note), false});
}

void RepairLog::Flag(const MappedText& final_text, uint32_t start, uint32_t end, const char* kind,
                     std::string note) {
  Span raw = final_text.MakeSpan(start, end);
  entries_.push_back({kind, raw.raw_start, raw.raw_end, "", std::move(note), true});
}

std::vector<Repair> RepairLog::Finish(const MappedText& final_text, std::string_view raw) && {
  // Raw order, ties in the order noted: sort indices, not the entries.
  std::vector<uint32_t> order(entries_.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Entry& x = entries_[a];
    const Entry& y = entries_[b];
    if (x.raw_start != y.raw_start) return x.raw_start < y.raw_start;
    if (x.raw_end != y.raw_end) return x.raw_end < y.raw_end;
    return a < b;
  });
  std::vector<Repair> out;
  out.reserve(entries_.size());
  size_t cursor = 0;  // raw starts only grow along `order`
  for (uint32_t k : order) {
    Entry& e = entries_[k];
    Repair& r = out.emplace_back();
    r.kind = e.kind;
    uint32_t start = 0, end = 0;
    final_text.TextRangeForRaw(e.raw_start, e.raw_end, &start, &end, &cursor);
    r.span = {start, end, e.raw_start, e.raw_end};
    r.before.assign(raw.substr(e.raw_start, e.raw_end - e.raw_start));
    // A flag changes nothing itself; its `after` is the flagged text as it
    // reads now, which differs from `before` where an earlier stage repaired
    // inside it (the sample's tweet credit holds a mojibake flag emoji).
    r.after = e.flag ? final_text.text().substr(start, end - start) : std::move(e.after);
    r.note = std::move(e.note);
  }
  return out;
}

}  // namespace newsgraph::text
