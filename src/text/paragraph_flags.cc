#include "text/paragraph_flags.h"

#include <utility>

#include "core/embedded_data.h"
#include "core/tsv.h"
#include "text/byte_masks.h"
#include "text/duplicate_paragraphs.h"

namespace newsgraph::text {
namespace {

constexpr std::string_view kAgencyFile = "text/agency_credits.tsv";

}  // namespace

Result<ParagraphFlagger> ParagraphFlagger::LoadDefault() {
  auto data = EmbeddedData(kAgencyFile);
  if (!data.ok()) return data.status();
  return Parse(kAgencyFile, *data);
}

Result<ParagraphFlagger> ParagraphFlagger::Parse(std::string_view name,
                                                 std::string_view agency_tsv) {
  ParagraphFlagger f;
  Status s = ReadTsv(name, agency_tsv, {"form", "agency", "note"},
                              [&](const TsvRecord& r) {
                                if (r.fields[0].empty() || r.fields[1].empty()) {
                                  return TsvError(name, r.line, "empty form or agency");
                                }
                                f.agencies_[std::string(r.fields[0])] = {
                                    std::string(r.fields[1]), std::string(r.fields[2])};
                                return Status::Ok();
                              });
  if (!s.ok()) return s;
  return f;
}

bool ParagraphFlagger::FindAgencyCredit(std::string_view p, uint32_t offset,
                                        std::vector<ParagraphFlag>* out) const {
  std::string_view body = p;
  if (body.ends_with('.')) body.remove_suffix(1);
  if (!body.ends_with(')')) return false;
  size_t open = body.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view form = body.substr(open + 1, body.size() - open - 2);
  auto it = agencies_.find(std::string(form));
  if (it == agencies_.end()) return false;
  std::string note = "news-agency credit: " + it->second.name;
  if (!it->second.note.empty()) note += " (" + it->second.note + ")";
  out->push_back({offset + static_cast<uint32_t>(open), offset + static_cast<uint32_t>(body.size()),
                  "boilerplate", std::move(note)});
  return true;
}

std::vector<ParagraphFlag> ParagraphFlagger::Find(std::string_view text) const {
  std::vector<ParagraphFlag> flags;
  DuplicateFinder duplicates(text);
  uint32_t n = static_cast<uint32_t>(text.size());
  for (uint32_t start = 0; start < n;) {
    size_t brk = bytes::FindParagraphBreak(text, start);
    uint32_t end = brk == std::string_view::npos ? n : static_cast<uint32_t>(brk);
    std::string_view p = text.substr(start, end - start);
    if (IsSocialMediaCredit(p)) {
      flags.push_back({start, end, "boilerplate", "embedded social-media credit"});
    } else if (IsPhotoCredit(p)) {
      flags.push_back({start, end, "boilerplate", "photo credit"});
    } else if (auto note = duplicates.Check(start, end)) {
      flags.push_back({start, end, "duplicate_paragraph", std::move(*note)});
    } else {
      FindAgencyCredit(p, start, &flags);
    }
    start = end;
    while (start < n && text[start] == '\n') ++start;
  }
  return flags;
}

}  // namespace newsgraph::text
