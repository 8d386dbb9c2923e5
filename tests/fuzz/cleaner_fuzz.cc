// Fuzz target: the whole text-repair stage (entities, mojibake, characters,
// layout, fragments, NFC, paragraph flags) on arbitrary valid UTF-8.
// Properties: output is valid UTF-8; every repair's raw range slices to its
// `before`; every span lies inside the text and the raw input; every
// exclusion lies inside the text.
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "text/cleaner.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (!newsgraph::text::CheckDecodable(raw).ok()) return 0;
  auto r = newsgraph::text::Clean(raw);
  FUZZ_CHECK(r.ok());
  const std::string& text = r->mapped.text();
  FUZZ_CHECK(newsgraph::text::FirstInvalidUtf8(text) == text.size());
  for (const newsgraph::Repair& rep : r->repairs) {
    FUZZ_CHECK(rep.span.start <= rep.span.end && rep.span.end <= text.size());
    FUZZ_CHECK(rep.span.raw_start <= rep.span.raw_end && rep.span.raw_end <= size);
    FUZZ_CHECK(raw.substr(rep.span.raw_start, rep.span.raw_end - rep.span.raw_start) == rep.before);
  }
  for (const newsgraph::Exclusion& x : r->excluded) {
    FUZZ_CHECK(x.span.start <= x.span.end && x.span.end <= text.size());
  }
  newsgraph::Span all = r->mapped.MakeSpan(0, static_cast<uint32_t>(text.size()));
  FUZZ_CHECK(all.raw_end <= size);
  return 0;
}
