// Named-entity recognizer speed: tokens/s on GUM dev (gold words, tags
// predicted by the built-in tagger beforehand, so only the recognizer is
// timed) and model load time of data/models/ner.bin.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner_eval.h"
#include "extract/ner_model.h"

namespace {

// NEWSGRAPH_NER_MODEL overrides the model (to compare candidates).
const std::string kModel = std::getenv("NEWSGRAPH_NER_MODEL") != nullptr
                               ? std::getenv("NEWSGRAPH_NER_MODEL")
                               : std::string(NEWSGRAPH_SOURCE_DIR) + "/data/models/ner.bin";
const std::string kDev = std::string(NEWSGRAPH_SHARED_DIR) + "/treebanks/gum/gum-dev.conllu";

void BM_NerLoad(benchmark::State& state) {
  std::ifstream in(kModel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  for (auto _ : state) {
    auto m = newsgraph::extract::NerModel::Load(bytes, kModel);
    if (!m.ok()) {
      state.SkipWithError(m.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_NerLoad)->Unit(benchmark::kMillisecond);

void BM_NerGumDev(benchmark::State& state) {
  auto m = newsgraph::extract::NerModel::LoadFile(kModel);
  if (!m.ok()) {
    state.SkipWithError(m.status().ToString().c_str());
    return;
  }
  auto tagger = newsgraph::extract::DefaultNerTagger();
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().ToString().c_str());
    return;
  }
  auto dev = newsgraph::extract::ReadGumNer(kDev, **tagger);
  if (!dev.ok()) {
    state.SkipWithError(("GUM dev not found (../shared absent?): " + kDev).c_str());
    return;
  }
  struct Views {
    std::vector<std::string_view> words, upos, xpos;
  };
  std::vector<Views> sentences;
  size_t tokens = 0;
  for (const auto& s : *dev) {
    sentences.push_back({{s.words.begin(), s.words.end()},
                         {s.upos.begin(), s.upos.end()},
                         {s.xpos.begin(), s.xpos.end()}});
    tokens += s.words.size();
  }
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& s : sentences) found += (*m)->Tag(s.words, s.upos, s.xpos).size();
  }
  benchmark::DoNotOptimize(found);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerGumDev)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
