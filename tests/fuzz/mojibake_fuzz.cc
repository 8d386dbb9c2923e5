// Fuzz target: the mojibake repairer on arbitrary valid UTF-8. Its edits
// must be sorted, non-overlapping, inside the input, on code point
// boundaries, with valid UTF-8 replacements; Fix() must return valid UTF-8.
#include <unicode/utf8.h>

#include <memory>
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "text/mojibake.h"

namespace {

bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool OnBoundary(std::string_view s, size_t i) {
  return i == s.size() || (static_cast<uint8_t>(s[i]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const newsgraph::text::MojibakeRepairer> repairer = [] {
    auto r = newsgraph::text::MojibakeRepairer::Create();
    FUZZ_CHECK(r.ok());
    return *r;
  }();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!ValidUtf8(input)) return 0;  // Find() REQUIRES valid UTF-8
  size_t last_end = 0;
  for (const auto& e : repairer->Find(input)) {
    FUZZ_CHECK(e.begin >= last_end);
    FUZZ_CHECK(e.begin < e.end && e.end <= size);
    FUZZ_CHECK(OnBoundary(input, e.begin) && OnBoundary(input, e.end));
    FUZZ_CHECK(ValidUtf8(e.replacement));
    FUZZ_CHECK(!e.encoding_path.empty());
    last_end = e.end;
  }
  FUZZ_CHECK(ValidUtf8(repairer->Fix(input)));
  return 0;
}
