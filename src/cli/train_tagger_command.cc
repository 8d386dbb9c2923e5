// `newsgraph train-tagger`: trains the tagger model from CoNLL-U (docs/models.md).
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "lang/conllu.h"
#include "lang/tagger.h"
#include "lang/word_clusters.h"
#include "newsgraph/reader.h"
#include "newsgraph/text.h"

namespace newsgraph::cli {
namespace {

struct TrainTaggerFlags {
  std::string train, dev, out;
  std::vector<std::string> raw;
  std::string clusters;
  int epochs = 10;
  uint64_t seed = 1;
};

void PrintEpoch(int epoch, double upos, double xpos, double ufeats) {
  std::fprintf(stderr, "epoch %d: dev UPOS %.2f XPOS %.2f UFeats %.2f\n", epoch, upos, xpos,
               ufeats);
}

}  // namespace

CommandRunner RegisterTrainTagger(CLI::App& app) {
  auto flags = std::make_shared<TrainTaggerFlags>();
  CLI::App* cmd =
      app.add_subcommand("train-tagger", "Train the part-of-speech tagger model from CoNLL-U");
  cmd->add_option("--train", flags->train, "training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", flags->dev, "development treebank (CoNLL-U)");
  cmd->add_option("--out", flags->out, "model file to write")->required();
  cmd->add_option("--epochs", flags->epochs, "training epochs")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", flags->seed, "shuffling seed");
  cmd->add_option("--raw", flags->raw,
                  "untagged articles (files, folders, JSONL) for word statistics; repeatable");
  cmd->add_option("--clusters", flags->clusters,
                  "word clusters (train-clusters output) to use as features");
  return [flags]() -> int {
    std::vector<lang::ConlluSentence> train, dev;
    if (Status read = ReadTreebanks(flags->train, flags->dev, &train, &dev); !read.ok()) {
      PrintError(read);
      return kExitBadInput;
    }
    lang::TaggerTrainOptions options;
    options.epochs = flags->epochs;
    options.seed = flags->seed;
    std::unique_ptr<lang::WordClusters> clusters;
    if (!flags->clusters.empty()) {
      auto loaded =
          LoadClustersFor(flags->clusters, lang::kTaggerMaxCoarse, lang::kTaggerMaxFine);
      if (!loaded.ok()) return Fail(loaded.status());
      clusters = std::move(loaded).value();
      options.clusters = clusters.get();
    }
    if (!flags->raw.empty()) {
      auto raw = ReadRawSentences(flags->raw, "train-tagger");
      if (!raw.ok()) {
        PrintError(raw.status());
        return kExitBadInput;
      }
      std::fprintf(stderr, "train-tagger: %zu raw sentences\n", raw->size());
      options.raw = std::move(raw.value());
    }
    auto tagger = lang::Tagger::Train(train, dev, options, &PrintEpoch);
    if (!tagger.ok()) {
      PrintError(tagger.status());
      return kExitBadInput;
    }
    Status written = WriteModel(flags->out, (*tagger)->Serialize(), "tagger");
    if (!written.ok()) {
      PrintError(written);
      return kExitEnvironment;
    }
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
