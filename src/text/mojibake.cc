#include "text/mojibake.h"

#include <unicode/utf8.h>

#include <cstring>
#include <utility>

#include "text/badness.h"

namespace newsgraph::text {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The first byte at or after `i` that starts a character with some badness
// class, or the size. ASCII never has one and is skipped eight bytes at a
// time; characters whose lead byte rules out a class are not decoded.
size_t NextSuspect(std::string_view s, size_t i, const bool* lead_has_class) {
  const size_t n = s.size();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    const uint8_t b = p[i];
    if (b < 0x80) {
      ++i;
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & kHighBits) break;
        i += 8;
      }
      continue;
    }
    if (b >= 0xC0 && !lead_has_class[b]) {  // Arabic, CJK, ...: skip undecoded
      i += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      continue;
    }
    UChar32 c;
    int32_t j = static_cast<int32_t>(i);
    U8_NEXT(p, j, static_cast<int32_t>(n), c);
    if (c >= 0 && BadClasses(c) != 0) return i;
    i = static_cast<size_t>(j);
  }
  return n;
}

// Whether some badness pattern matches around the classed character at
// byte `pos`: patterns may start up to two characters before it and read
// seven, never across a line break.
bool BadAround(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  UChar32 window[9];
  UChar32 before[2];
  size_t nb = 0;
  int32_t b = static_cast<int32_t>(pos);
  while (nb < 2 && b > 0 && p[b - 1] != '\n') {
    UChar32 c;
    U8_PREV(p, 0, b, c);
    before[nb++] = c;
  }
  size_t n = 0;
  for (size_t k = nb; k > 0; --k) window[n++] = before[k - 1];
  int32_t i = static_cast<int32_t>(pos);
  while (n < 9 && i < static_cast<int32_t>(s.size()) && p[i] != '\n') {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
    window[n++] = c;
  }
  const bool at_start = b == 0 || p[b - 1] == '\n';
  std::span<const UChar32> w(window, n);
  for (size_t k = 0; k <= nb; ++k) {
    if (BadAt(w, k, at_start && k == 0)) return true;
  }
  return false;
}

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
  const bool* lead_has_class = LeadClassTable();
  while (done < utf8.size()) {
    const size_t hit = NextSuspect(utf8, done, lead_has_class);
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
