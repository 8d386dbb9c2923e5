// Fuzz target: one JSONL line (and any date in it) → Article or a Status.
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "newsgraph/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto article = newsgraph::ParseJsonlRecord(line, "fuzz.jsonl:1", "fuzz:1");
  if (article.ok()) {
    FUZZ_CHECK(!article->id.empty());
    if (article->date.has_value()) FUZZ_CHECK(article->date->size() == 10);
  } else {
    FUZZ_CHECK(article.status().message().rfind("fuzz.jsonl:1", 0) == 0);
  }
  auto date = newsgraph::NormalizeDate(line);
  if (date.ok()) FUZZ_CHECK(date->size() == 10);
  return 0;
}
