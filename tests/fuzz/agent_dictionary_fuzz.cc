// Fuzz target: a .agents dictionary -> a dictionary or a Status naming
// "fuzz.agents:LINE"; with skip_malformed it always loads. Every entry has
// a code, and longest-match lookups over the input's own tokens stay inside
// the token list.
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_target.h"
#include "lexicon/agent_dictionary.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using newsgraph::lexicon::AgentDictionary;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto strict = AgentDictionary::Parse("fuzz.agents", text);
  if (!strict.ok()) FUZZ_CHECK(strict.status().message().rfind("fuzz.agents:", 0) == 0);
  std::vector<std::string> warnings;
  auto d = AgentDictionary::Parse("fuzz.agents", text, {.skip_malformed = true}, &warnings);
  FUZZ_CHECK(d.ok());
  FUZZ_CHECK(strict.ok() == warnings.empty());
  for (const std::string& w : warnings) FUZZ_CHECK(w.rfind("fuzz.agents:", 0) == 0);
  for (const auto& e : (*d)->entries()) FUZZ_CHECK(!e.code.empty());
  (void)newsgraph::lexicon::RegularPlural(text.substr(0, 64));
  static const auto tokenizer = newsgraph::text::Tokenizer::Create();
  if (!tokenizer.ok() || size > (1u << 16)) return 0;
  auto tokens = (*tokenizer)->Tokenize(text, 0, static_cast<uint32_t>(size));
  if (!tokens.ok()) return 0;
  for (size_t i = 0; i < tokens->size(); ++i) {
    auto m = (*d)->LongestMatch(text, *tokens, i);
    if (m) FUZZ_CHECK(m->end > i && m->end <= tokens->size() && m->entry != nullptr);
  }
  return 0;
}
