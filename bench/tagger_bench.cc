// Tagger speed: tokens/s on UD English EWT dev (gold tokenization) and model
// load time of data/models/tagger.bin.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lang/conllu.h"
#include "lang/tagger.h"

namespace {

// NEWSGRAPH_TAGGER_MODEL overrides the model (to compare candidates).
const std::string kModel = std::getenv("NEWSGRAPH_TAGGER_MODEL") != nullptr
                               ? std::getenv("NEWSGRAPH_TAGGER_MODEL")
                               : std::string(NEWSGRAPH_SOURCE_DIR) + "/data/models/tagger.bin";
const std::string kDev =
    std::string(NEWSGRAPH_SHARED_DIR) + "/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu";

void BM_TaggerLoad(benchmark::State& state) {
  std::ifstream in(kModel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  for (auto _ : state) {
    auto t = newsgraph::lang::Tagger::Load(bytes, kModel);
    if (!t.ok()) {
      state.SkipWithError(t.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(BM_TaggerLoad)->Unit(benchmark::kMillisecond);

void BM_TagEwtDev(benchmark::State& state) {
  auto t = newsgraph::lang::Tagger::LoadFile(kModel);
  if (!t.ok()) {
    state.SkipWithError(t.status().ToString().c_str());
    return;
  }
  auto dev = newsgraph::lang::ReadConlluFile(kDev);
  if (!dev.ok()) {
    state.SkipWithError(("EWT dev not found (../shared absent?): " + kDev).c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
  for (const auto& s : *dev) {
    sentences.emplace_back();
    for (const auto& w : s.words) sentences.back().push_back(w.form);
    tokens += s.words.size();
  }
  std::vector<newsgraph::lang::TagResult> tags;
  for (auto _ : state) {
    for (const auto& words : sentences) (*t)->Tag(words, &tags);
    benchmark::DoNotOptimize(tags.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagEwtDev)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
