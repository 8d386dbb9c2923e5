// Stage 3 of the cleaner (see stages.h): characters.
#include <unicode/utf8.h>

#include "text/byte_masks.h"
#include "text/stages.h"

namespace newsgraph::text {
namespace {

bool IsHorizontalSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x1680;
}

// Zero-width joiner/non-joiner are kept: emoji sequences and Persian/Arabic
// orthography need them.
bool IsInvisible(UChar32 c) { return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD; }

bool IsControl(UChar32 c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
         c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Bytes that may start a character this stage changes: C0 controls but
// '\n', DEL, and the lead bytes of U+0080-U+00BF (C1 controls, NBSP, soft
// hyphen: 0xC2), U+1680 (0xE1), U+2000-U+2060 (0xE2), U+3000 (0xE3) and
// U+FEFF (0xEF). Every other character is left as it is, so a block without
// these bytes is skipped whole (the input is valid UTF-8, so these are
// never continuation bytes).
bytes::V MayChange(const char* q) {
  const bytes::V v = bytes::Load16(q);
  return bytes::AndNot(bytes::Between(v, 0x00, 0x1F), bytes::Eq(v, '\n')) | bytes::Eq(v, 0x7F) |
         bytes::Eq(v, 0xC2) | bytes::Between(v, 0xE1, 0xE3) | bytes::Eq(v, 0xEF);
}

}  // namespace

std::vector<TextEdit> FindCharacterEdits(std::string_view text) {
  std::vector<TextEdit> edits;
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    i = static_cast<int32_t>(bytes::FindFirst(text, static_cast<size_t>(i), MayChange));
    if (i >= n) break;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, n, c);
    TextEdit e{static_cast<uint32_t>(start), 0, "", nullptr, ""};
    if (c == 0xFEFF && start == 0) {
      e.kind = "bom";
    } else if (c == '\r') {
      e.kind = "newline";
      e.replacement = "\n";
      if (i < n && data[i] == '\n') ++i;
    } else if (c < 0 || IsControl(c)) {
      e.kind = "control";
    } else if (IsInvisible(c)) {
      e.kind = "invisible";
    } else if (c != ' ' && IsHorizontalSpace(c)) {
      e.kind = "whitespace";
      e.replacement = " ";
    } else {
      continue;
    }
    e.end = static_cast<uint32_t>(i);
    edits.push_back(std::move(e));
  }
  return edits;
}

}  // namespace newsgraph::text
