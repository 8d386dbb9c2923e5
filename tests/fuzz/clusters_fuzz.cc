// Fuzz target: a word clusters file -> clusters or a Status naming
// "fuzz.clusters"; what parses writes back and parses again to the same text.
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "lang/word_clusters.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto clusters = newsgraph::lang::WordClusters::Parse(text, "fuzz.clusters");
  if (!clusters.ok()) {
    FUZZ_CHECK(clusters.status().message().rfind("fuzz.clusters", 0) == 0);
    return 0;
  }
  FUZZ_CHECK((*clusters)->levels() >= 1);
  for (const auto& [word, entry] : (*clusters)->entries()) {
    FUZZ_CHECK(static_cast<int>(entry.ids.size()) == (*clusters)->levels());
    FUZZ_CHECK((*clusters)->Lookup(word) == &entry);
  }
  const std::string out = (*clusters)->ToText("fuzz");
  auto again = newsgraph::lang::WordClusters::Parse(out, "fuzz.clusters");
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK((*again)->ToText("fuzz") == out);
  return 0;
}
