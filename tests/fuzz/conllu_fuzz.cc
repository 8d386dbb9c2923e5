// Fuzz target: CoNLL-U text → sentences or a Status naming "fuzz.conllu:N";
// what parses writes back and parses again to the same sentences.
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "lang/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto sentences = newsgraph::lang::ParseConllu(text, "fuzz.conllu");
  if (!sentences.ok()) {
    FUZZ_CHECK(sentences.status().message().rfind("fuzz.conllu:", 0) == 0);
    return 0;
  }
  std::string out;
  for (const auto& s : *sentences) {
    FUZZ_CHECK(!s.words.empty());
    for (const auto& w : s.words) FUZZ_CHECK(w.head <= static_cast<int>(s.words.size()));
    newsgraph::lang::AppendConllu(s, &out);
  }
  auto again = newsgraph::lang::ParseConllu(out, "fuzz.conllu");
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(again->size() == sentences->size());
  std::string out2;
  for (const auto& s : *again) newsgraph::lang::AppendConllu(s, &out2);
  FUZZ_CHECK(out2 == out);
  return 0;
}
