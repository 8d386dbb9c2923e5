// The issue 7 extractors over parsed text, one thread (issue 7: they add
// at most 20% to the full pipeline; compare with coder_bench's
// BM_FullPipeline_Sentences over the same 300 BBC articles).
//
//   BM_Dates     temporal expressions (FindDates)
//   BM_Amounts   amounts (FindDocumentAmounts), dates given
//   BM_Quotes    quotations and speakers (FindQuotes), entities given
//   BM_Tone      sentence and article tone (ToneCounter)
//
// items_per_second is sentences/s. Speed targets are checked here, never
// in tests.
#include <benchmark/benchmark.h>

#include <vector>

#include "extract/amounts_stage.h"
#include "extract/dates_stage.h"
#include "extract/entity_finder.h"
#include "extract/quote_cues.h"
#include "extract/quotes.h"
#include "extract/tone.h"
#include "newsgraph/analysis.h"
#include "prepared_corpus.h"

namespace {

using namespace newsgraph;

template <typename Fn>
void RunOverDocs(benchmark::State& state, Fn fn) {
  const bench::Prepared& p = bench::Parsed();
  if (!p.error.empty()) {
    state.SkipWithError(p.error.c_str());
    return;
  }
  int64_t sentences = 0, found = 0;
  for (auto _ : state) {
    for (const Document& doc : p.docs) {
      found += static_cast<int64_t>(fn(doc));
      sentences += static_cast<int64_t>(doc.sentences.size());
    }
  }
  state.SetItemsProcessed(sentences);
  state.counters["found/sentence"] =
      sentences ? static_cast<double>(found) / static_cast<double>(sentences) : 0;
}

void BM_Dates(benchmark::State& state) {
  auto words = extract::TimeWords::Default();
  if (!words.ok()) {
    state.SkipWithError(words.status().ToString().c_str());
    return;
  }
  RunOverDocs(state, [&](const Document& doc) {
    auto dates = extract::FindDates(doc, **words);
    benchmark::DoNotOptimize(dates.data());
    return dates.size();
  });
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_Amounts(benchmark::State& state) {
  auto time_words = extract::TimeWords::Default();
  auto words = extract::AmountWords::Default();
  if (!time_words.ok() || !words.ok()) {
    state.SkipWithError("cannot load the embedded word lists");
    return;
  }
  // Dates are the input of the amount finder; found outside the loop.
  const bench::Prepared& p = bench::Parsed();
  std::vector<std::vector<TimeExpression>> dates;
  for (const Document& doc : p.docs) dates.push_back(extract::FindDates(doc, **time_words));
  size_t d = 0;
  RunOverDocs(state, [&](const Document& doc) {
    auto amounts = extract::FindDocumentAmounts(doc, dates[d++ % dates.size()], **words);
    benchmark::DoNotOptimize(amounts.data());
    return amounts.size();
  });
}
BENCHMARK(BM_Amounts)->Unit(benchmark::kMillisecond);

void BM_Quotes(benchmark::State& state) {
  auto cues = extract::QuoteCues::Default();
  auto finder = extract::EntityFinder::CreateDefault();
  if (!cues.ok() || !finder.ok()) {
    state.SkipWithError("cannot load the quote cues or the entity stage");
    return;
  }
  // Entities are the input of the speaker finder; found outside the loop.
  const bench::Prepared& p = bench::Parsed();
  std::vector<std::vector<Entity>> entities;
  for (const Document& doc : p.docs) entities.push_back((*finder)->Find(doc));
  size_t d = 0;
  RunOverDocs(state, [&](const Document& doc) {
    auto quotes = extract::FindQuotes(doc, entities[d++ % entities.size()], **cues);
    benchmark::DoNotOptimize(quotes.data());
    return quotes.size();
  });
}
BENCHMARK(BM_Quotes)->Unit(benchmark::kMillisecond);

void BM_Tone(benchmark::State& state) {
  auto lexicon = extract::ToneLexicon::Default();
  if (!lexicon.ok()) {
    state.SkipWithError(lexicon.status().ToString().c_str());
    return;
  }
  RunOverDocs(state, [&](const Document& doc) {
    extract::ToneCounter tone;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      tone.AddSentence(doc.text(), doc.tokens[i], doc.words[i], **lexicon);
    }
    const Tone t = tone.Article();
    benchmark::DoNotOptimize(t.tone);
    return size_t{1};
  });
}
BENCHMARK(BM_Tone)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
