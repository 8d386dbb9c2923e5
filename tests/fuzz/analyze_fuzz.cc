// Fuzz target: the whole analysis pipeline on arbitrary bytes. Bad input must
// come back as a Status, never a crash; good input must keep every span
// inside the text and the raw input.
#include <memory>
#include <string>

#include "fuzz_target.h"
#include "newsgraph/analyzer.h"
#include "newsgraph/json.h"

namespace {

void CheckSpan(const newsgraph::Span& s, size_t text_size, size_t raw_size) {
  FUZZ_CHECK(s.start <= s.end && s.end <= text_size);
  FUZZ_CHECK(s.raw_start <= s.raw_end && s.raw_end <= raw_size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const newsgraph::Analyzer> analyzer = [] {
    auto a = newsgraph::Analyzer::Create();
    FUZZ_CHECK(a.ok());
    return *a;
  }();
  newsgraph::Article article;
  article.id = "fuzz";
  article.raw.assign(reinterpret_cast<const char*>(data), size);
  auto result = analyzer->Analyze(article);
  if (!result.ok()) {
    FUZZ_CHECK(result.status().code() == newsgraph::StatusCode::kInvalidInput);
    return 0;
  }
  const newsgraph::Analysis& a = *result;
  for (const auto& s : a.sentences) CheckSpan(s.span, a.text.size(), size);
  for (const auto& r : a.repairs) CheckSpan(r.span, a.text.size(), size);
  for (const auto& e : a.entities) {
    for (const auto& m : e.mentions) {
      CheckSpan(m.span, a.text.size(), size);
      FUZZ_CHECK(a.text.compare(m.span.start, m.span.end - m.span.start, m.text) == 0);
    }
  }
  for (const auto& v : a.events) {
    CheckSpan(v.evidence, a.text.size(), size);
    CheckSpan(v.trigger, a.text.size(), size);
  }
  std::string json = newsgraph::AnalysisToJson(a);
  FUZZ_CHECK(!json.empty());
  return 0;
}
