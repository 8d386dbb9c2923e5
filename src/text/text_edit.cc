#include "text/text_edit.h"

namespace newsgraph::text {

MappedText ApplyEdits(const MappedText& in, const std::vector<TextEdit>& edits, RepairLog* log) {
  MappedTextBuilder out(in);
  uint32_t copied_to = 0;
  for (const TextEdit& e : edits) {
    out.Copy(copied_to, e.begin);
    out.Replace(e.begin, e.end, e.replacement);
    log->Note(in, e.begin, e.end, e.kind, e.replacement, e.note);
    copied_to = e.end;
  }
  out.Copy(copied_to, static_cast<uint32_t>(in.text().size()));
  return std::move(out).Finish();
}

}  // namespace newsgraph::text
