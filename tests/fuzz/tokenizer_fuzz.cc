// Fuzz target: the tokenizer on arbitrary valid UTF-8 (invalid input is
// skipped: Tokenize() requires valid UTF-8). The first byte picks a sub-range
// so that range ends inside the text are exercised too. Properties: tokens
// are sorted, non-overlapping, non-empty, inside the range, on code point
// boundaries, and contain no white space or control character.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <memory>
#include <string_view>

#include "fuzz_target.h"
#include "text/decode.h"
#include "text/tokenizer.h"

namespace {

bool IsBoundary(std::string_view s, uint32_t i) {
  return i == s.size() || !U8_IS_TRAIL(static_cast<uint8_t>(s[i]));
}

bool HasSpace(std::string_view s) {
  int32_t i = 0;
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  while (i < static_cast<int32_t>(s.size())) {
    UChar32 c;
    U8_NEXT(b, i, static_cast<int32_t>(s.size()), c);
    if (c < 0 || u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const newsgraph::text::Tokenizer> tokenizer = [] {
    auto t = newsgraph::text::Tokenizer::Create();
    FUZZ_CHECK(t.ok());
    return *t;
  }();
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (newsgraph::text::FirstInvalidUtf8(text) != text.size()) return 0;
  auto n = static_cast<uint32_t>(text.size());
  // Range: the whole text, or a prefix / suffix cut at a code point boundary.
  uint32_t begin = 0, end = n;
  uint32_t cut = n == 0 ? 0 : data[0] % (n + 1);
  while (cut < n && !IsBoundary(text, cut)) ++cut;
  if (data[0] & 1)
    begin = cut;
  else
    end = cut;
  auto r = tokenizer->Tokenize(text, begin, end);
  FUZZ_CHECK(r.ok());
  uint32_t last = begin;
  for (const newsgraph::text::Token& t : *r) {
    FUZZ_CHECK(t.start < t.end);
    FUZZ_CHECK(t.start >= last && t.end <= end);
    FUZZ_CHECK(IsBoundary(text, t.start) && IsBoundary(text, t.end));
    FUZZ_CHECK(!HasSpace(text.substr(t.start, t.end - t.start)));
    last = t.end;
  }
  FUZZ_CHECK(!tokenizer->Tokenize(text, end, begin).ok() || begin == end);
  return 0;
}
