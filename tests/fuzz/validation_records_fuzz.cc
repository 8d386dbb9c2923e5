// Fuzz target: a PETRARCH validation records file -> records or a Status
// naming "fuzz.xml:LINE". What is read keeps the reader's promises: every
// record has non-empty text on a positive line, lines increase, dates are
// calendar days, and every warning names the input.
#include <string>
#include <string_view>

#include "code/validation_records.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto suite = newsgraph::code::ParseValidationRecords(xml, "fuzz.xml");
  if (!suite.ok()) {
    FUZZ_CHECK(suite.status().code() == newsgraph::StatusCode::kInvalidInput);
    FUZZ_CHECK(suite.status().message().rfind("fuzz.xml:", 0) == 0);
    return 0;
  }
  FUZZ_CHECK(!suite->records.empty());
  int previous = 0;
  for (const auto& r : suite->records) {
    FUZZ_CHECK(!r.text.empty());
    FUZZ_CHECK(r.text.front() != ' ' && r.text.back() != ' ');
    FUZZ_CHECK(r.line > previous);
    previous = r.line;
    if (r.date) FUZZ_CHECK(*r.date >= 19000101 && *r.date <= 99991231);
  }
  for (const std::string& w : suite->warnings) FUZZ_CHECK(w.rfind("fuzz.xml:", 0) == 0);
  return 0;
}
