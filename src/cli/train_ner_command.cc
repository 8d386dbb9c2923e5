// `newsgraph train-ner`: trains the named-entity recognizer on GUM
// (docs/models.md, "Named entities").
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/ner_augment.h"
#include "extract/ner_eval.h"
#include "extract/ner_features.h"
#include "extract/ner_model.h"
#include "lang/word_clusters.h"

namespace newsgraph::cli {
namespace {

struct TrainNerFlags {
  std::string train, dev, clusters, out;
  std::vector<std::string> raw;
  int epochs = 10;
  int members = 1;
  size_t titles = 0;
  uint64_t seed = 1;
};

}  // namespace

CommandRunner RegisterTrainNer(CLI::App& app) {
  auto flags = std::make_shared<TrainNerFlags>();
  CLI::App* cmd = app.add_subcommand(
      "train-ner", "Train the named-entity recognizer from GUM CoNLL-U (Entity annotations)");
  cmd->add_option("--train", flags->train, "training treebank (GUM CoNLL-U)")->required();
  cmd->add_option("--dev", flags->dev, "development treebank (GUM CoNLL-U)")->required();
  cmd->add_option("--clusters", flags->clusters, "word clusters (train-clusters output)")
      ->required();
  cmd->add_option("--out", flags->out, "model file to write")->required();
  cmd->add_option("--epochs", flags->epochs, "training epochs")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", flags->seed, "shuffling seed");
  cmd->add_option("--members", flags->members,
                  "models trained with seeds seed, seed+1, ... and averaged into one (dev "
                  "scores per epoch are the first's)")
      ->check(CLI::Range(1, 20));
  cmd->add_option("--titles", flags->titles,
                  "also train on a copy of every Nth training sentence with a person name, "
                  "with a capitalised title before the name (0: none)");
  cmd->add_option("--raw", flags->raw,
                  "untagged articles (files, folders, JSONL) for capitalisation statistics; "
                  "repeatable");
  return [flags]() -> int {
    auto tagger = extract::DefaultNerTagger();
    if (!tagger.ok()) return Fail(tagger.status());
    auto train = extract::ReadGumNer(flags->train, **tagger);
    if (!train.ok()) return Fail(train.status());
    if (flags->titles > 0) {
      auto extra = extract::TitleAugmented(*train, **tagger, flags->titles);
      if (!extra.ok()) return Fail(extra.status());
      std::fprintf(stderr, "train-ner: %zu sentences with titles added\n", extra->size());
      train->insert(train->end(), extra->begin(), extra->end());
    }
    auto dev = extract::ReadGumNer(flags->dev, **tagger);
    if (!dev.ok()) return Fail(dev.status());
    auto clusters =
        LoadClustersFor(flags->clusters, extract::ner::kMaxCoarse, extract::ner::kMaxFine);
    if (!clusters.ok()) return Fail(clusters.status());
    std::fprintf(stderr, "train-ner: %zu training and %zu dev sentences\n", train->size(),
                 dev->size());
    extract::NerTrainOptions options;
    options.epochs = flags->epochs;
    options.seed = flags->seed;
    options.members = flags->members;
    options.clusters = clusters->get();
    if (!flags->raw.empty()) {
      auto raw = ReadRawSentences(flags->raw, "train-ner");
      if (!raw.ok()) return Fail(raw.status());
      std::fprintf(stderr, "train-ner: %zu raw sentences\n", raw->size());
      options.raw = std::move(raw).value();
    }
    auto progress = [](int epoch, const extract::NerScorer& s) {
      std::fprintf(stderr, "epoch %d: dev F1 %.2f (PERSON %.2f ORG %.2f PLACE %.2f)\n", epoch,
                   s.overall().F1(), s.type(0).F1(), s.type(1).F1(), s.type(2).F1());
    };
    auto model = extract::NerModel::Train(*train, *dev, options, progress);
    if (!model.ok()) return Fail(model.status());
    Status written = WriteModel(flags->out, (*model)->Serialize(), "NER");
    if (!written.ok()) return Fail(written);
    // The table from the model as written (weights rounded as stored).
    auto loaded = extract::NerModel::LoadFile(flags->out);
    if (!loaded.ok()) return Fail(loaded.status());
    extract::NerScorer scorer;
    for (const auto& x : *dev) {
      const std::vector<std::string_view> w(x.words.begin(), x.words.end()),
          u(x.upos.begin(), x.upos.end()), p(x.xpos.begin(), x.xpos.end());
      scorer.Add(x.gold, (*loaded)->Tag(w, u, p));
    }
    return Emit(scorer.Table());
  };
}

}  // namespace newsgraph::cli
