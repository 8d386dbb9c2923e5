// Fuzz target: model file bytes → a loaded tagger, parser or named-entity
// recognizer, or a kCorruption Status naming "fuzz.bin". The first input
// byte picks the model (% 3: 0 tagger, 1 parser, 2 recognizer); the rest is
// the body between the magic
// and the checksum, which the target adds, so the fuzzer reaches the field
// checks instead of stopping at the checksum. A model that loads must tag
// or parse a sentence without crashing and give one result per word.
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_target.h"
#include "extract/ner_model.h"
#include "lang/fnv.h"
#include "lang/parser.h"
#include "lang/tagger.h"

namespace {

std::string Sealed(std::string_view magic, std::string_view body) {
  std::string out(magic);
  out.append(body);
  const uint64_t sum = newsgraph::lang::Fnv1a(out);
  out.append(reinterpret_cast<const char*>(&sum), sizeof(sum));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::vector<std::string_view> words = {"Iraq", "and", "the", "US", "met", "."};
  if (data[0] % 3 == 2) {
    auto ner = newsgraph::extract::NerModel::Load(Sealed("NGNERMD1", body), "fuzz.bin");
    if (!ner.ok()) {
      FUZZ_CHECK(ner.status().message().rfind("fuzz.bin:", 0) == 0);
      return 0;
    }
    const std::vector<std::string_view> upos = {"PROPN", "CCONJ", "DET", "PROPN", "VERB",
                                                "PUNCT"};
    const std::vector<std::string_view> xpos = {"NNP", "CC", "DT", "NNP", "VBD", "."};
    const auto spans = (*ner)->Tag(words, upos, xpos);
    size_t end = 0;
    for (const auto& s : spans) {
      FUZZ_CHECK(s.begin >= end && s.begin < s.end && s.end <= words.size());
      end = s.end;
    }
  } else if (data[0] % 3 == 0) {
    auto tagger = newsgraph::lang::Tagger::Load(Sealed("NGTAGGR1", body), "fuzz.bin");
    if (!tagger.ok()) {
      FUZZ_CHECK(tagger.status().message().rfind("fuzz.bin:", 0) == 0);
      return 0;
    }
    std::vector<newsgraph::lang::TagResult> tags;
    (*tagger)->Tag(words, &tags);
    FUZZ_CHECK(tags.size() == words.size());
  } else {
    auto parser = newsgraph::lang::Parser::Load(Sealed("NGPARSE1", body), "fuzz.bin");
    if (!parser.ok()) {
      FUZZ_CHECK(parser.status().message().rfind("fuzz.bin:", 0) == 0);
      return 0;
    }
    newsgraph::lang::ParserInput input;
    for (std::string_view w : words) input.push_back({w, "NOUN", "NN"});
    std::vector<newsgraph::lang::Arc> arcs;
    (*parser)->Parse(input, &arcs);
    FUZZ_CHECK(arcs.size() == words.size());
  }
  return 0;
}
