// Fuzz target: a PETRARCH discard list -> a list or a Status naming
// "fuzz.discards:LINE". Each phrase of a loaded list, split into words,
// finds a discard covering a non-empty word range inside the sentence, and
// matching the input's own lines as sentences stays in range.
#include <string>
#include <string_view>
#include <vector>

#include "code/discard_list.h"
#include "fuzz_target.h"

namespace {

using newsgraph::fuzz::Split;

void CheckMatch(const newsgraph::code::DiscardList& list,
                const std::vector<std::string_view>& words) {
  auto m = list.Match(words);
  if (!m) {
    FUZZ_CHECK(!list.Find(words).has_value());
    return;
  }
  FUZZ_CHECK(m->discard != nullptr);
  FUZZ_CHECK(m->begin < m->end && m->end <= words.size());
  FUZZ_CHECK(list.Find(words).has_value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto list = newsgraph::code::DiscardList::Parse(text, "fuzz.discards");
  if (!list.ok()) {
    FUZZ_CHECK(list.status().message().rfind("fuzz.discards:", 0) == 0);
    return 0;
  }
  for (const auto& d : list->discards()) {
    FUZZ_CHECK(!d.phrase.empty() && d.line > 0);
    auto words = Split(d.phrase, " \t\v\f_");
    FUZZ_CHECK(!words.empty());
    FUZZ_CHECK(list->Match(words).has_value());
  }
  if (size > (1u << 16)) return 0;
  for (std::string_view line : Split(text, "\r\n")) CheckMatch(*list, Split(line, " \t"));
  return 0;
}
