// Throughput of the text stage, single thread, over the news corpora in
// ../shared/corpora (issue 3's targets: repair on clean UTF-8 >= 500 MB/s;
// repair + segment + tokenize >= 50 MB/s).
//
//   build/bench/text_bench
//   build/bench/text_bench --benchmark_filter=Repair
//   build/bench/text_bench --benchmark_filter='BM_Segment|BM_Tokenize'  # after repair
//
// Corpora: BBC (English, 5 MB), Reuters-21578 (English, 20 MB; first 8 MB),
// SaudiNewsNet (Arabic, 36 MB; first 8 MB). Each record's "text" is one
// article; figures count raw input bytes.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "newsgraph/reader.h"
#include "text/cleaner.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace {

constexpr size_t kMaxCorpusBytes = 8u << 20;

struct Corpus {
  const char* name;
  const char* path;  // under ../shared/corpora
};
constexpr Corpus kCorpora[] = {
    {"bbc", "bbc/bbc.jsonl"},
    {"reuters", "reuters21578/reuters21578.jsonl"},
    {"saudinewsnet-ar", "saudinewsnet/saudinewsnet-2015-07-21-to-25.jsonl"},
};

const std::vector<std::string>& Texts(size_t corpus) {
  static std::vector<std::string> texts[std::size(kCorpora)];
  static bool loaded[std::size(kCorpora)] = {};
  if (!loaded[corpus]) {
    loaded[corpus] = true;
    size_t bytes = 0;
    std::string path = std::string(NEWSGRAPH_SHARED_DIR) + "/corpora/" + kCorpora[corpus].path;
    newsgraph::ReadArticles(
        {path},
        [&](newsgraph::Article&& a) {
          if (bytes >= kMaxCorpusBytes || a.raw.empty()) return;
          bytes += a.raw.size();
          texts[corpus].push_back(std::move(a.raw));
        },
        [](const newsgraph::Status& s) {
          std::fprintf(stderr, "text_bench: %s\n", s.message().c_str());
        });
  }
  return texts[corpus];
}

// The corpus's texts repaired once, for timing the stages after repair
// (BM_Segment, BM_Tokenize). Their figures count repaired-text bytes.
const std::vector<std::string>& CleanedTexts(size_t corpus) {
  static std::vector<std::string> cleaned[std::size(kCorpora)];
  if (cleaned[corpus].empty()) {
    auto cleaner = newsgraph::text::Cleaner::Create();
    if (!cleaner.ok()) return cleaned[corpus];
    for (const std::string& t : Texts(corpus)) {
      auto r = (*cleaner)->Clean(t);
      if (r.ok()) cleaned[corpus].emplace_back(r->mapped.text());
    }
  }
  return cleaned[corpus];
}

template <typename Work>
void RunOverCorpus(benchmark::State& state, Work&& work,
                   const std::vector<std::string>& (*source)(size_t) = Texts) {
  size_t corpus = static_cast<size_t>(state.range(0));
  state.SetLabel(kCorpora[corpus].name);
  const auto& texts = source(corpus);
  if (texts.empty()) {
    state.SkipWithError("corpus not found under ../shared/corpora");
    return;
  }
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      if (!work(t)) {
        state.SkipWithError("text stage failed");
        return;
      }
      bytes += static_cast<int64_t>(t.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
}

void BM_Repair(benchmark::State& state) {
  auto cleaner = newsgraph::text::Cleaner::Create();
  if (!cleaner.ok()) return state.SkipWithError(cleaner.status().ToString().c_str());
  RunOverCorpus(state, [&](const std::string& t) {
    auto r = (*cleaner)->Clean(t);
    benchmark::DoNotOptimize(r);
    return r.ok();
  });
}

// Repair of text that is already repaired (the corpus through Clean once):
// the purest "clean UTF-8" case, where every stage should find nothing.
void BM_RepairRepaired(benchmark::State& state) {
  auto cleaner = newsgraph::text::Cleaner::Create();
  if (!cleaner.ok()) return state.SkipWithError(cleaner.status().ToString().c_str());
  RunOverCorpus(
      state,
      [&](const std::string& t) {
        auto r = (*cleaner)->Clean(t);
        benchmark::DoNotOptimize(r);
        return r.ok();
      },
      CleanedTexts);
}

void BM_RepairSegmentTokenize(benchmark::State& state) {
  auto cleaner = newsgraph::text::Cleaner::Create();
  auto segmenter = newsgraph::text::Segmenter::Create();
  auto tokenizer = newsgraph::text::Tokenizer::Create();
  if (!cleaner.ok() || !segmenter.ok() || !tokenizer.ok()) {
    return state.SkipWithError("cannot create the text stage");
  }
  RunOverCorpus(state, [&](const std::string& t) {
    auto r = (*cleaner)->Clean(t);
    if (!r.ok()) return false;
    auto sentences = (*segmenter)->Split(r->mapped.text());
    if (!sentences.ok()) return false;
    size_t tokens = 0;
    for (const auto& s : *sentences) {
      auto tok = (*tokenizer)->Tokenize(r->mapped.text(), s.range.start, s.range.end);
      if (!tok.ok()) return false;
      tokens += tok->size();
    }
    benchmark::DoNotOptimize(tokens);
    return true;
  });
}

void BM_Segment(benchmark::State& state) {
  auto segmenter = newsgraph::text::Segmenter::Create();
  if (!segmenter.ok()) return state.SkipWithError(segmenter.status().ToString().c_str());
  RunOverCorpus(
      state,
      [&](const std::string& t) {
        auto sentences = (*segmenter)->Split(t);
        benchmark::DoNotOptimize(sentences);
        return sentences.ok();
      },
      CleanedTexts);
}

// Tokenizes each sentence, as the pipeline does; the sentences are found
// outside the timing loop.
void BM_Tokenize(benchmark::State& state) {
  auto segmenter = newsgraph::text::Segmenter::Create();
  auto tokenizer = newsgraph::text::Tokenizer::Create();
  if (!segmenter.ok() || !tokenizer.ok()) return state.SkipWithError("cannot create the stage");
  const auto& texts = CleanedTexts(static_cast<size_t>(state.range(0)));
  std::vector<std::vector<newsgraph::text::SentenceRange>> sentences;
  for (const std::string& t : texts) sentences.push_back((*segmenter)->Split(t).value());
  size_t k = 0;  // index of the text being tokenized, in the order RunOverCorpus visits them
  RunOverCorpus(
      state,
      [&](const std::string& t) {
        size_t tokens = 0;
        for (const auto& s : sentences[k]) {
          auto tok = (*tokenizer)->Tokenize(t, s.range.start, s.range.end);
          if (!tok.ok()) return false;
          tokens += tok->size();
        }
        benchmark::DoNotOptimize(tokens);
        k = k + 1 == texts.size() ? 0 : k + 1;
        return true;
      },
      CleanedTexts);
}

BENCHMARK(BM_Repair)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RepairRepaired)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RepairSegmentTokenize)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Segment)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Tokenize)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
