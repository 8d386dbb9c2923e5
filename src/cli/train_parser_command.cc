// `newsgraph train-parser`: trains the parser model from CoNLL-U (docs/models.md).
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "lang/conllu.h"
#include "lang/parser.h"

namespace newsgraph::cli {
namespace {

struct TrainParserFlags {
  std::string train, dev, out;
  int epochs = 10;
  uint64_t seed = 1;
};

void PrintEpoch(int epoch, double uas, double las) {
  std::fprintf(stderr, "epoch %d: dev UAS %.2f LAS %.2f\n", epoch, uas, las);
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
  return [flags]() -> int {
    auto train = lang::ReadConlluFile(flags->train);
    if (!train.ok()) {
      PrintError(train.status());
      return kExitBadInput;
    }
    std::vector<lang::ConlluSentence> dev;
    if (!flags->dev.empty()) {
      auto d = lang::ReadConlluFile(flags->dev);
      if (!d.ok()) {
        PrintError(d.status());
        return kExitBadInput;
      }
      dev = std::move(d.value());
    }
    lang::ParserTrainOptions options;
    options.epochs = flags->epochs;
    options.seed = flags->seed;
    auto parser = lang::Parser::Train(*train, dev, options, &PrintEpoch);
    if (!parser.ok()) {
      PrintError(parser.status());
      return kExitBadInput;
    }
    std::string bytes = (*parser)->Serialize();
    std::ofstream out(flags->out, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      PrintError(Status::IoError(flags->out + ": cannot write the parser model"));
      return kExitEnvironment;
    }
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
