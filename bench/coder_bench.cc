// Event coding throughput in sentences/s, one thread (issue 6: coding after
// parsing >= 50,000 sentences/s/core; PETRARCH2 codes ~1,000-2,000
// sentences/s with the parse excluded, TABARI ~18,000).
//
// Setup, outside the timed loops: 300 BBC articles spread evenly over
// ../shared/corpora/bbc/bbc.jsonl (all five sections) are repaired,
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
#include "core/document_words.h"
#include "core/embedded_data.h"
#include "lang/annotator.h"
#include "lang/language_id.h"
#include "lexicon/actor_codes.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/agent_dictionary.h"
#include "newsgraph/analyzer.h"
#include "newsgraph/reader.h"
#include "text/exclusions.h"
#include "text/text_stage.h"

namespace {

using namespace newsgraph;

constexpr size_t kArticles = 300;
const std::string kShared = NEWSGRAPH_SHARED_DIR;
const std::string kCorpus = kShared + "/corpora/bbc/bbc.jsonl";
const std::string kPhoenix = kShared + "/dictionaries/phoenix/";

// kArticles articles spread evenly over the corpus; empty when it is absent.
const std::vector<Article>& Articles() {
  static const std::vector<Article>* articles = [] {
    std::vector<Article> all;
    ReadArticles(
        {kCorpus}, [&](Article&& a) { all.push_back(std::move(a)); },
        [](const Status& s) {
          std::fprintf(stderr, "coder_bench: skipping: %s\n", s.message().c_str());
        });
    auto* out = new std::vector<Article>();
    const size_t n = std::min(kArticles, all.size());
    for (size_t i = 0; i < n; ++i) out->push_back(std::move(all[i * all.size() / n]));
    return out;
  }();
  return *articles;
}

// The articles as the Analyzer has them just before its entity and event
// stages: text, sentences, tokens and words.
struct Prepared {
  std::vector<Document> docs;
  size_t sentences = 0;
  std::string error;
};

const Prepared& Parsed() {
  static const Prepared* prepared = [] {
    auto* p = new Prepared();
    if (Articles().empty()) {
      p->error = "no articles in " + kCorpus + " (../shared absent?)";
      return p;
    }
    auto text = text::TextStage::Load();
    auto annotator = lang::Annotator::CreateDefault();
    if (!text.ok() || !annotator.ok()) {
      p->error = "cannot load the text stage or the language models";
      return p;
    }
    for (const Article& a : Articles()) {
      auto cleaned = text->cleaner->Clean(a.raw);
      if (!cleaned.ok()) continue;
      Document doc{std::move(cleaned->mapped), {}, {}, {}, {}, {}};
      doc.language = lang::IdentifyLanguage(doc.text());
      if (a.date) doc.date = lexicon::ParseIsoDay(*a.date);
      auto sentences = text->segmenter->Split(doc.text());
      if (!sentences.ok()) continue;
      doc.sentences = std::move(sentences).value();
      text::DropExcludedSentences(cleaned->excluded, &doc.sentences);
      bool ok = true;
      for (const text::SentenceRange& s : doc.sentences) {
        auto tokens = text->tokenizer->Tokenize(doc.text(), s.range.start, s.range.end);
        if (!tokens.ok()) {
          ok = false;
          break;
        }
        text::DropExcludedTokens(cleaned->excluded, &tokens.value());
        doc.tokens.push_back(std::move(tokens).value());
      }
      if (!ok) continue;
      AnnotateWords(**annotator, &doc);
      p->sentences += doc.sentences.size();
      p->docs.push_back(std::move(doc));
    }
    return p;
  }();
  return *prepared;
}

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
    state.SkipWithError(("no articles in " + kCorpus + " (../shared absent?)").c_str());
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
