// `newsgraph train-parser`: trains the parser model from CoNLL-U, optionally
// with jackknifed predicted tags (docs/models.md).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "lang/conllu.h"
#include "lang/parser.h"
#include "lang/tagger.h"
#include "lang/word_clusters.h"

namespace newsgraph::cli {
namespace {

struct TrainParserFlags {
  std::string train, dev, out;
  std::string clusters;
  int epochs = 10;
  uint64_t seed = 1;
  lang::ParserTrainOptions options;
  int jackknife = 0;
  int tagger_epochs = 8;
};

void PrintEpoch(int epoch, double uas, double las) {
  std::fprintf(stderr, "epoch %d: dev UAS %.2f LAS %.2f\n", epoch, uas, las);
}

// Appends to `train` a copy of each of its sentences with UPOS, XPOS and
// FEATS predicted by a tagger that did not see it: sentence i is tagged by
// the tagger trained on every sentence j with j % folds != i % folds. The
// parser then learns from gold and from realistic tags. The taggers use
// `clusters` (may be null) like the final tagger, so that their tags resemble
// the ones the parser meets in use.
Status AddJackknifedCopy(int folds, const TrainParserFlags& flags,
                         const lang::WordClusters* clusters,
                         std::vector<lang::ConlluSentence>* train) {
  const size_t n = train->size();
  std::vector<lang::ConlluSentence> tagged(n);
  for (int f = 0; f < folds; ++f) {
    std::vector<lang::ConlluSentence> rest, held;
    for (size_t i = 0; i < n; ++i) {
      (static_cast<int>(i % folds) == f ? held : rest).push_back((*train)[i]);
    }
    lang::TaggerTrainOptions options;
    options.epochs = flags.tagger_epochs;
    options.seed = flags.seed;
    options.clusters = clusters;
    auto tagger = lang::Tagger::Train(rest, {}, options, nullptr);
    if (!tagger.ok()) return tagger.status();
    std::vector<lang::ConlluSentence> out = (*tagger)->TagAll(held);
    for (size_t j = 0; j < out.size(); ++j) tagged[f + j * folds] = std::move(out[j]);
    std::fprintf(stderr, "jackknife: fold %d/%d tagged\n", f + 1, folds);
  }
  for (auto& s : tagged) train->push_back(std::move(s));
  return Status::Ok();
}

}  // namespace

CommandRunner RegisterTrainParser(CLI::App& app) {
  auto flags = std::make_shared<TrainParserFlags>();
  CLI::App* cmd = app.add_subcommand("train-parser", "Train the parser model from CoNLL-U");
  cmd->add_option("--train", flags->train, "training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", flags->dev, "development treebank (CoNLL-U)");
  cmd->add_option("--out", flags->out, "model file to write")->required();
  cmd->add_option("--epochs", flags->epochs, "training epochs")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", flags->seed, "shuffling seed");
  cmd->add_option("--move-rows", flags->options.move_rows, "rows of hashed move weights")
      ->check(CLI::Range(1u, 1u << 24));
  cmd->add_option("--label-rows", flags->options.label_rows, "rows of hashed label weights")
      ->check(CLI::Range(1u, 1u << 20));
  cmd->add_option("--jackknife", flags->jackknife,
                  "also train on the sentences tagged by N-fold jackknifed taggers (0 = no)")
      ->check(CLI::Range(0, 50));
  cmd->add_option("--tagger-epochs", flags->tagger_epochs, "epochs of the jackknife taggers")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--explore-from", flags->options.explore_from,
                  "first epoch following the model's own moves (0 = never)")
      ->check(CLI::Range(0, 100));
  cmd->add_option("--explore-percent", flags->options.explore_percent,
                  "how often exploring epochs follow the model's own move")
      ->check(CLI::Range(0, 100));
  cmd->add_option("--clusters", flags->clusters,
                  "word clusters (train-clusters output) to use as features, also by the "
                  "jackknife taggers");
  cmd->add_option("--min-lifted", flags->options.min_lifted,
                  "fewest occurrences of a lifted relation to learn it");
  return [flags]() -> int {
    std::vector<lang::ConlluSentence> train, dev;
    if (Status read = ReadTreebanks(flags->train, flags->dev, &train, &dev); !read.ok()) {
      PrintError(read);
      return kExitBadInput;
    }
    std::unique_ptr<lang::WordClusters> clusters;
    if (!flags->clusters.empty()) {
      // The jackknife taggers keep the coarse level in 8 bits.
      auto loaded = LoadClustersFor(flags->clusters,
                                    flags->jackknife > 0 ? lang::kTaggerMaxCoarse
                                                         : lang::ParserClusters::kMaxId,
                                    lang::ParserClusters::kMaxId);
      if (!loaded.ok()) return Fail(loaded.status());
      clusters = std::move(loaded).value();
    }
    if (flags->jackknife > 0) {
      Status st = AddJackknifedCopy(flags->jackknife, *flags, clusters.get(), &train);
      if (!st.ok()) {
        PrintError(st);
        return kExitBadInput;
      }
    }
    lang::ParserTrainOptions options = flags->options;
    options.epochs = flags->epochs;
    options.seed = flags->seed;
    options.clusters = clusters.get();
    auto parser = lang::Parser::Train(train, dev, options, &PrintEpoch);
    if (!parser.ok()) {
      PrintError(parser.status());
      return kExitBadInput;
    }
    Status written = WriteModel(flags->out, (*parser)->Serialize(), "parser");
    if (!written.ok()) {
      PrintError(written);
      return kExitEnvironment;
    }
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
