// Throughput of `analyze` (the whole pipeline, JSON included) over a JSONL
// corpus, single thread. Prints articles/s and MB/s.
//
//   ./build/bench/analyze_bench                    # ../shared/corpora/bbc/bbc.jsonl
//   NEWSGRAPH_BENCH_CORPUS=feed.jsonl ./build/bench/analyze_bench
//
// Speed targets are checked here, never in tests.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "newsgraph/analyzer.h"
#include "newsgraph/json.h"
#include "newsgraph/reader.h"

namespace {

std::string CorpusPath() {
  const char* env = std::getenv("NEWSGRAPH_BENCH_CORPUS");
  if (env != nullptr && *env != '\0') return env;
  return std::string(NEWSGRAPH_SHARED_DIR) + "/corpora/bbc/bbc.jsonl";
}

const std::vector<newsgraph::Article>& Corpus() {
  static const std::vector<newsgraph::Article>* corpus = [] {
    auto* articles = new std::vector<newsgraph::Article>();
    newsgraph::ReadArticles(
        {CorpusPath()}, [&](newsgraph::Article&& a) { articles->push_back(std::move(a)); },
        [](const newsgraph::Status& s) {
          std::fprintf(stderr, "analyze_bench: skipping: %s\n", s.message().c_str());
        });
    return articles;
  }();
  return *corpus;
}

void BM_AnalyzeCorpus(benchmark::State& state) {
  const auto& corpus = Corpus();
  if (corpus.empty()) {
    state.SkipWithError(("no articles in " + CorpusPath()).c_str());
    return;
  }
  auto analyzer = newsgraph::Analyzer::Create();
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().ToString().c_str());
    return;
  }
  int64_t articles = 0, bytes = 0, failures = 0;
  for (auto _ : state) {
    for (const newsgraph::Article& a : corpus) {
      auto analysis = (*analyzer)->Analyze(a);
      if (!analysis.ok()) {
        ++failures;
        continue;
      }
      std::string json = newsgraph::AnalysisToJson(*analysis);
      benchmark::DoNotOptimize(json.data());
      ++articles;
      bytes += static_cast<int64_t>(a.raw.size());
    }
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(articles),
                                                    benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(bytes) / 1e6,
                                              benchmark::Counter::kIsRate);
  state.counters["failures"] = static_cast<double>(failures);
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(articles);
}
BENCHMARK(BM_AnalyzeCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
