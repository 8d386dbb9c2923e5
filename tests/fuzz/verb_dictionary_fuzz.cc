// Fuzz target: a PETRARCH/TABARI verb dictionary -> a dictionary or a
// Status naming "fuzz.verbs:LINE"; with skip_malformed it always loads.
// What loads keeps the reader's invariants: every pattern has exactly one
// '*', every verb's verb word is one of its words and its first form, every
// form finds its verb, and every synset a pattern names is defined.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "code/verb_dictionary.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using newsgraph::code::PatternElement;
  using newsgraph::code::VerbDictionary;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto strict = VerbDictionary::Parse(text, "fuzz.verbs", {});
  if (!strict.ok()) FUZZ_CHECK(strict.status().message().rfind("fuzz.verbs:", 0) == 0);
  std::vector<std::string> warnings;
  auto d = VerbDictionary::Parse(text, "fuzz.verbs", {.skip_malformed = true}, &warnings);
  FUZZ_CHECK(d.ok());
  if (!strict.ok()) FUZZ_CHECK(!warnings.empty());
  for (const std::string& w : warnings) FUZZ_CHECK(w.rfind("fuzz.verbs:", 0) == 0);
  for (uint32_t b = 0; b < d->blocks().size(); ++b) {
    const auto& block = d->blocks()[b];
    FUZZ_CHECK(!block.label.empty());
    for (uint32_t v = 0; v < block.verbs.size(); ++v) {
      const auto& verb = block.verbs[v];
      FUZZ_CHECK(verb.verb_word < verb.words.size());
      FUZZ_CHECK(!verb.forms.empty() && verb.forms[0] == verb.words[verb.verb_word]);
      for (const std::string& form : verb.forms) {
        const auto* refs = d->FindForm(form);
        FUZZ_CHECK(refs != nullptr);
        FUZZ_CHECK(std::any_of(refs->begin(), refs->end(),
                               [&](auto r) { return r.block == b && r.verb == v; }));
      }
    }
    for (const auto& p : block.patterns) {
      FUZZ_CHECK(std::count_if(p.elements.begin(), p.elements.end(), [](const PatternElement& e) {
                   return e.kind == PatternElement::Kind::kVerb;
                 }) == 1);
      for (const auto& e : p.elements) {
        if (e.kind == PatternElement::Kind::kSynset) FUZZ_CHECK(d->FindSynset(e.text) != nullptr);
      }
    }
  }
  for (const auto& s : d->synsets()) {
    FUZZ_CHECK(!s.phrases.empty());
    FUZZ_CHECK(d->FindSynset(s.name) == &s);
  }
  return 0;
}
