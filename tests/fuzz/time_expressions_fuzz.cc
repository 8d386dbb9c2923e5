// Fuzz target: the temporal expression finder on arbitrary valid UTF-8,
// tokenized as the Analyzer does. The first byte picks the article date
// (none, or a day spread over 1900-2099, leap days and year ends included).
// Properties: expressions are in text order, do not overlap, lie on token
// bounds inside the text; a resolved value is non-empty ASCII; an
// expression has a value unless it is relative and there is no date.
#include <memory>
#include <optional>
#include <string_view>

#include "extract/calendar.h"
#include "extract/time_expressions.h"
#include "fuzz_target.h"
#include "text/decode.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const newsgraph::text::Tokenizer> tokenizer = [] {
    auto t = newsgraph::text::Tokenizer::Create();
    FUZZ_CHECK(t.ok());
    return *t;
  }();
  static const std::shared_ptr<const newsgraph::extract::TimeWords> words = [] {
    auto w = newsgraph::extract::TimeWords::Default();
    FUZZ_CHECK(w.ok());
    return *w;
  }();
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (newsgraph::text::FirstInvalidUtf8(text) != text.size()) return 0;
  std::optional<int32_t> reference;
  if (data[0] != 0) {
    static constexpr int kDays[][3] = {{2021, 4, 7}, {2020, 2, 29}, {2020, 12, 31},
                                       {2021, 1, 1}, {1900, 1, 1},  {2099, 12, 31}};
    const auto& d = kDays[data[0] % 6];
    reference = newsgraph::extract::MakeDay(d[0], d[1], d[2]);
  }
  auto tokens = tokenizer->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  FUZZ_CHECK(tokens.ok());
  const auto found = newsgraph::extract::FindTimeExpressions(text, *tokens, *words, reference);
  uint32_t last = 0;
  for (const newsgraph::extract::FoundTime& t : found) {
    FUZZ_CHECK(t.start < t.end && t.start >= last && t.end <= text.size());
    last = t.end;
    for (char c : t.value) FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
    FUZZ_CHECK(!t.value.empty() || (t.relative && !reference));
    FUZZ_CHECK(!t.resolution.empty());
  }
  return 0;
}
