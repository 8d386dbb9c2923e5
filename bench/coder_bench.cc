// Event coding throughput in sentences/s, one thread (issue 6: coding after
// parsing >= 50,000 sentences/s/core; PETRARCH2 codes ~1,000-2,000
// sentences/s with the parse excluded, TABARI ~18,000).
//
// Setup, outside the timed loops (bench/prepared_corpus.h): 300 BBC
// articles spread evenly over ../shared/corpora/bbc/bbc.jsonl are repaired,
// segmented, tokenized, tagged, lemmatized and parsed once, as the Analyzer
// does; the Phoenix dictionaries come from ../shared/dictionaries/phoenix.
//
//   BM_CodeSentences_Phoenix   FindSentenceActors + PatternCoder, Phoenix
//                              verbs (CAMEO.2.0.txt), actors and agents
//   BM_CodeSentences_Ours      the same with our data/cameo/verbs.tsv
//                              (actors still Phoenix's)
//   BM_FullPipeline_Sentences  Analyzer::Analyze over the same articles
//
// items_per_second is sentences/s; "events/sentence" counts coded events.
// Speed targets are checked here, never in tests.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "code/pattern_coder.h"
#include "code/sentence_actors.h"
#include "code/verb_dictionary.h"
#include "code/verb_table.h"
#include "core/document.h"
#include "core/embedded_data.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/agent_dictionary.h"
#include "newsgraph/analyzer.h"
#include "prepared_corpus.h"

namespace {

using namespace newsgraph;

const std::string kShared = NEWSGRAPH_SHARED_DIR;
const std::string kPhoenix = kShared + "/dictionaries/phoenix/";
using bench::Articles;
using bench::Parsed;
using bench::Prepared;

struct Actors {
  std::unique_ptr<lexicon::ActorDictionary> actors;
  std::unique_ptr<lexicon::AgentDictionary> agents;
  std::string error;
};

const Actors& PhoenixActors() {
  static const Actors* loaded = [] {
    auto* a = new Actors();
    std::vector<std::string> warnings;
    const std::vector<std::string> paths = {kPhoenix + "Phoenix.Countries.actors.txt",
                                            kPhoenix + "Phoenix.International.actors.txt",
                                            kPhoenix + "Phoenix.MilNonState.actors.txt"};
    lexicon::DictionaryOptions options;
    options.skip_malformed = true;
    auto actors = lexicon::ActorDictionary::LoadFiles(paths, options, &warnings);
    auto agents =
        lexicon::AgentDictionary::LoadFile(kPhoenix + "Phoenix.agents.txt", options, &warnings);
    if (!actors.ok()) {
      a->error = "Phoenix actors (../shared absent?): " + actors.status().ToString();
    } else if (!agents.ok()) {
      a->error = "Phoenix agents (../shared absent?): " + agents.status().ToString();
    } else {
      a->actors = std::move(actors).value();
      a->agents = std::move(agents).value();
    }
    return a;
  }();
  return *loaded;
}

// Codes every prepared sentence once per iteration with `verbs`.
void CodeSentences(benchmark::State& state, const code::VerbDictionary& verbs) {
  const Prepared& p = Parsed();
  const Actors& a = PhoenixActors();
  if (!p.error.empty() || !a.error.empty()) {
    state.SkipWithError((p.error.empty() ? a.error : p.error).c_str());
    return;
  }
  const code::PatternCoder coder(verbs);
  code::PatternCoderOptions options;
  options.commas = code::CommaLimits{};
  int64_t sentences = 0, events = 0, phrases = 0;
  for (auto _ : state) {
    for (const Document& doc : p.docs) {
      for (size_t i = 0; i < doc.tokens.size(); ++i) {
        std::vector<code::ActorPhrase> found = code::FindSentenceActors(
            doc.text(), doc.tokens[i], doc.words[i], *a.actors, a.agents.get(), {doc.date});
        phrases += static_cast<int64_t>(found.size());
        std::vector<code::CodedEvent> coded =
            coder.Code(doc.text(), doc.tokens[i], doc.words[i], std::move(found), options);
        events += static_cast<int64_t>(coded.size());
        benchmark::DoNotOptimize(coded.data());
        ++sentences;
      }
    }
  }
  state.SetItemsProcessed(sentences);
  state.counters["sentences"] = static_cast<double>(p.sentences);
  state.counters["sent/article"] =
      static_cast<double>(p.sentences) / static_cast<double>(p.docs.size());
  state.counters["events/sentence"] =
      sentences ? static_cast<double>(events) / static_cast<double>(sentences) : 0;
  state.counters["actors/sentence"] =
      sentences ? static_cast<double>(phrases) / static_cast<double>(sentences) : 0;
}

void BM_CodeSentences_Phoenix(benchmark::State& state) {
  static const auto* verbs = [] {
    std::vector<std::string> warnings;
    code::VerbDictionary::Options options;
    options.skip_malformed = true;
    auto v = code::VerbDictionary::LoadFile(kPhoenix + "CAMEO.2.0.txt", options, &warnings);
    return v.ok() ? new code::VerbDictionary(std::move(v).value()) : nullptr;
  }();
  if (verbs == nullptr) {
    state.SkipWithError(("cannot load " + kPhoenix + "CAMEO.2.0.txt (../shared absent?)").c_str());
    return;
  }
  CodeSentences(state, *verbs);
}
BENCHMARK(BM_CodeSentences_Phoenix)->Unit(benchmark::kMillisecond);

void BM_CodeSentences_Ours(benchmark::State& state) {
  static const auto* verbs = []() -> const code::VerbDictionary* {
    auto bytes = EmbeddedData("cameo/verbs.tsv");
    if (!bytes.ok()) return nullptr;
    auto v = code::ReadVerbTable(*bytes, "verbs.tsv");
    return v.ok() ? new code::VerbDictionary(std::move(v).value()) : nullptr;
  }();
  if (verbs == nullptr) {
    state.SkipWithError("cannot read the embedded cameo/verbs.tsv");
    return;
  }
  CodeSentences(state, *verbs);
}
BENCHMARK(BM_CodeSentences_Ours)->Unit(benchmark::kMillisecond);

void BM_FullPipeline_Sentences(benchmark::State& state) {
  const std::vector<Article>& articles = Articles();
  if (articles.empty()) {
    state.SkipWithError(("no articles in " + bench::CorpusPath() + " (../shared absent?)").c_str());
    return;
  }
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().ToString().c_str());
    return;
  }
  int64_t sentences = 0, events = 0, failures = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      auto analysis = (*analyzer)->Analyze(a);
      if (!analysis.ok()) {
        ++failures;
        continue;
      }
      sentences += static_cast<int64_t>(analysis->sentences.size());
      events += static_cast<int64_t>(analysis->events.size());
      benchmark::DoNotOptimize(analysis->events.data());
    }
  }
  state.SetItemsProcessed(sentences);
  state.counters["events/sentence"] =
      sentences ? static_cast<double>(events) / static_cast<double>(sentences) : 0;
  state.counters["failures"] = static_cast<double>(failures);
}
BENCHMARK(BM_FullPipeline_Sentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
