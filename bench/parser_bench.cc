// Parser speed: tokens/s on UD English EWT dev (gold tags) and model load time
// of data/models/parser.bin.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/conllu.h"
#include "lang/parser.h"

namespace {

// NEWSGRAPH_PARSER_MODEL overrides the model (to compare candidates).
const std::string kModel = std::getenv("NEWSGRAPH_PARSER_MODEL") != nullptr
                               ? std::getenv("NEWSGRAPH_PARSER_MODEL")
                               : std::string(NEWSGRAPH_SOURCE_DIR) + "/data/models/parser.bin";
const std::string kDev =
    std::string(NEWSGRAPH_SHARED_DIR) + "/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu";

void BM_ParserLoad(benchmark::State& state) {
  std::ifstream in(kModel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  for (auto _ : state) {
    auto p = newsgraph::lang::Parser::Load(bytes, kModel);
    if (!p.ok()) {
      state.SkipWithError(p.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_ParserLoad)->Unit(benchmark::kMillisecond);

void BM_ParseEwtDev(benchmark::State& state) {
  auto p = newsgraph::lang::Parser::LoadFile(kModel);
  auto dev = newsgraph::lang::ReadConlluFile(kDev);
  if (!p.ok() || !dev.ok()) {
    state.SkipWithError("model or EWT dev missing");
    return;
  }
  std::vector<newsgraph::lang::ParserInput> inputs;
  size_t tokens = 0;
  for (const auto& s : *dev) {
    inputs.push_back(newsgraph::lang::ToParserInput(s));
    tokens += s.words.size();
  }
  std::vector<newsgraph::lang::Arc> arcs;
  for (auto _ : state) {
    for (const auto& in : inputs) (*p)->Parse(in, &arcs);
    benchmark::DoNotOptimize(arcs.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseEwtDev)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
