// Fuzz target: the sentence segmenter on arbitrary valid UTF-8 (invalid
// input is skipped: Split() requires UTF-8, which the decoder guarantees in
// the pipeline). Checks the contract of Segmenter::Split(): sentences are
// non-empty, in order, non-overlapping, inside the text, trimmed of white
// space, and inside the paragraph they name.
#include <unicode/utf8.h>

#include <memory>
#include <string_view>
#include <vector>

#include "fuzz_target.h"
#include "text/segmenter.h"
#include "text/utf8_chars.h"

namespace {

bool ValidUtf8(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph::text;
  static const std::shared_ptr<const Segmenter> segmenter = [] {
    auto s = Segmenter::Create();
    FUZZ_CHECK(s.ok());
    return *s;
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!ValidUtf8(text)) return 0;
  auto result = segmenter->Split(text);
  FUZZ_CHECK(result.ok());
  std::vector<TextRange> paragraphs = SplitParagraphs(text);
  uint32_t prev_end = 0, prev_paragraph = 0;
  for (const SentenceRange& s : *result) {
    const TextRange r = s.range;
    FUZZ_CHECK(r.start < r.end && r.end <= text.size());
    FUZZ_CHECK(r.start >= prev_end);
    FUZZ_CHECK(s.paragraph >= prev_paragraph && s.paragraph < paragraphs.size());
    FUZZ_CHECK(r.start >= paragraphs[s.paragraph].start && r.end <= paragraphs[s.paragraph].end);
    FUZZ_CHECK(!IsSpaceChar(DecodeAt(text, r.start).c));
    FUZZ_CHECK(!IsSpaceChar(DecodeBefore(text, r.start, r.end).c));
    // Offsets fall on code point boundaries.
    FUZZ_CHECK(!U8_IS_TRAIL(static_cast<uint8_t>(text[r.start])));
    FUZZ_CHECK(r.end == text.size() || !U8_IS_TRAIL(static_cast<uint8_t>(text[r.end])));
    prev_end = r.end;
    prev_paragraph = s.paragraph;
  }
  return 0;
}
