// `newsgraph evaluate GOLD PREDICTED`: scores a CoNLL-U file against gold
// on the same tokenization (docs/models.md).
#include <fmt/core.h>

#include <memory>
#include <string>

#include "cli/commands.h"
#include "lang/conllu.h"
#include "lang/evaluation.h"

namespace newsgraph::cli {
namespace {

struct EvaluateFlags {
  std::string gold;
  std::string predicted;
};

}  // namespace

CommandRunner RegisterEvaluate(CLI::App& app) {
  auto flags = std::make_shared<EvaluateFlags>();
  CLI::App* sub = app.add_subcommand(
      "evaluate", "Score a predicted CoNLL-U file against gold (same words): UPOS, XPOS, UFeats, "
                  "AllTags, Lemmas, UAS, LAS");
  sub->add_option("gold", flags->gold, "Gold CoNLL-U file")->required();
  sub->add_option("predicted", flags->predicted,
                  "Predicted CoNLL-U file, e.g. from `newsgraph parse --input-format conllu`")
      ->required();
  return [flags]() -> int {
    auto gold = lang::ReadConlluFile(flags->gold);
    if (!gold.ok()) return Fail(gold.status());
    auto predicted = lang::ReadConlluFile(flags->predicted);
    if (!predicted.ok()) return Fail(predicted.status());
    lang::Scorer scorer;
    Status added = scorer.AddAll(*gold, *predicted, flags->predicted);
    if (!added.ok()) return Fail(added);
    return Emit(scorer.scores().Report());
  };
}

}  // namespace newsgraph::cli
