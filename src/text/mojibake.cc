#include "text/mojibake.h"

#include <unicode/utf8.h>

#include <cstring>
#include <utility>

#include "text/badness.h"
#include "text/mojibake_scan.h"

namespace newsgraph::text {
namespace {

void AppendUtf8(std::u32string_view s, std::string* out) {
  for (char32_t c : s) {
    uint8_t buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
    if (!error) out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
  }
}

}  // namespace

Result<std::shared_ptr<const MojibakeRepairer>> MojibakeRepairer::Create() {
  auto pages = CodePageSet::Build();
  if (!pages.ok()) return pages.status();
  return std::shared_ptr<const MojibakeRepairer>(new MojibakeRepairer(std::move(pages).value()));
}

// Decodes text[begin, end) (one line) and, when the line scores any
// badness, repairs it and converts the edits to byte offsets.
void MojibakeRepairer::RepairLine(std::string_view text, uint32_t begin, uint32_t end,
                                  std::vector<MojibakeEdit>* out) const {
  std::vector<UChar32> cps;
  std::vector<uint32_t> offsets;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  while (i < static_cast<int32_t>(end)) {
    offsets.push_back(static_cast<uint32_t>(i));
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(end), c);
    if (c < 0) return;  // not valid UTF-8: not ours to touch
    cps.push_back(c);
  }
  offsets.push_back(end);
  if (Badness(cps, /*at_start=*/true) == 0) return;
  for (LineEdit& e : lines_.Repair(cps)) {
    MojibakeEdit edit{offsets[e.begin], offsets[e.end], {}, JoinLayers(e.layers)};
    AppendUtf8(e.replacement, &edit.replacement);
    out->push_back(std::move(edit));
  }
}

std::vector<MojibakeEdit> MojibakeRepairer::Find(std::string_view utf8) const {
  std::vector<MojibakeEdit> edits;
  if (utf8.size() >= UINT32_MAX) return edits;
  size_t done = 0;        // bytes before this are handled
  size_t lines_done = 0;  // end of the last line repaired
  while (done < utf8.size()) {
    const size_t hit = NextSuspect(utf8, done);
    if (hit >= utf8.size()) break;
    if (!BadAround(utf8, hit)) {
      done = hit + 1;
      while (done < utf8.size() && (static_cast<uint8_t>(utf8[done]) & 0xC0) == 0x80) ++done;
      continue;
    }
    size_t line_begin = hit;
    while (line_begin > lines_done && utf8[line_begin - 1] != '\n') --line_begin;
    const void* nl = std::memchr(utf8.data() + hit, '\n', utf8.size() - hit);
    const size_t line_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - utf8.data())
                               : utf8.size();
    RepairLine(utf8, static_cast<uint32_t>(line_begin), static_cast<uint32_t>(line_end), &edits);
    done = lines_done = line_end;
  }
  return edits;
}

std::string MojibakeRepairer::Fix(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  size_t k = 0;
  for (const MojibakeEdit& e : Find(utf8)) {
    out.append(utf8.substr(k, e.begin - k));
    out += e.replacement;
    k = e.end;
  }
  out.append(utf8.substr(k));
  return out;
}

}  // namespace newsgraph::text
