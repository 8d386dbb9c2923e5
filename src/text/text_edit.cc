#include "text/text_edit.h"

namespace newsgraph::text {

MappedText ApplyEdits(const MappedText& in, std::vector<TextEdit>&& edits, RepairLog* log) {
  // Each edit adds at most a copied piece and a replacement piece.
  MappedTextBuilder out(in, in.piece_count() + 2 * edits.size() + 1);
  log->Reserve(edits.size());
  uint32_t copied_to = 0;
  for (TextEdit& e : edits) {
    out.Copy(copied_to, e.begin);
    const RawRange raw = out.Replace(e.begin, e.end, e.replacement);
    log->Note(raw, e.kind, std::move(e.replacement), std::move(e.note));
    copied_to = e.end;
  }
  out.Copy(copied_to, static_cast<uint32_t>(in.text().size()));
  return std::move(out).Finish();
}

}  // namespace newsgraph::text
