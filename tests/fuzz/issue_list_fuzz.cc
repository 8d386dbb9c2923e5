// Fuzz target: a PETRARCH issue list -> a list or a Status naming
// "fuzz.issues:LINE", strict and with skip_malformed (which must always load
// and only warn "fuzz.issues:LINE: ... (skipped)"). Each phrase of a loaded
// list, matched as a sentence, yields its entry's code unless an ignore
// phrase occurs in it (then nothing; an ignore phrase always cancels its own
// sentence); counts are positive and codes distinct. Matching the input's own
// lines as sentences keeps the same invariants.
#include <string>
#include <string_view>
#include <vector>

#include "code/issue_list.h"
#include "fuzz_target.h"

namespace {

using newsgraph::code::IssueCount;
using newsgraph::code::IssueList;

using newsgraph::fuzz::Split;

bool Has(const std::vector<IssueCount>& counts, const std::string& code) {
  for (const IssueCount& c : counts) {
    if (c.code == code) return true;
  }
  return false;
}

void CheckCounts(const std::vector<IssueCount>& counts) {
  for (size_t i = 0; i < counts.size(); ++i) {
    FUZZ_CHECK(counts[i].count > 0 && !counts[i].code.empty());
    for (size_t j = 0; j < i; ++j) FUZZ_CHECK(counts[j].code != counts[i].code);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto strict = IssueList::Parse(text, "fuzz.issues");
  if (!strict.ok()) FUZZ_CHECK(strict.status().message().rfind("fuzz.issues:", 0) == 0);

  std::vector<std::string> warnings;
  auto list = IssueList::Parse(text, "fuzz.issues", {.skip_malformed = true}, &warnings);
  if (!list.ok()) {  // only NUL bytes and invalid UTF-8 fail a lenient load
    FUZZ_CHECK(!strict.ok() && list.status().message() == strict.status().message());
    return 0;
  }
  for (const std::string& w : warnings) {
    FUZZ_CHECK(w.rfind("fuzz.issues:", 0) == 0);
    FUZZ_CHECK(w.size() >= 10 && w.compare(w.size() - 10, 10, " (skipped)") == 0);
  }
  if (strict.ok())
    FUZZ_CHECK(warnings.empty() && strict->phrases().size() == list->phrases().size());

  const auto& entries = list->entries();
  for (const auto& e : entries) FUZZ_CHECK(e.line > 0 && !e.phrase.empty() && !e.category.empty());
  for (const auto& p : list->phrases()) {
    FUZZ_CHECK(p.entry < entries.size() && !p.words.empty());
    std::vector<std::string_view> words(p.words.begin(), p.words.end());
    auto counts = list->Match(words);
    CheckCounts(counts);
    const auto& e = entries[p.entry];
    if (e.ignore > 0) {
      FUZZ_CHECK(counts.empty());
    } else {
      FUZZ_CHECK(counts.empty() || Has(counts, e.code));
    }
  }
  if (size > (1u << 16)) return 0;
  for (std::string_view line : Split(text, "\r\n")) CheckCounts(list->Match(Split(line, " \t")));
  return 0;
}
