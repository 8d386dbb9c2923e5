// `newsgraph evaluate-ner`: scores the named-entity recognizer on GUM
// CoNLL-U (docs/models.md, "Named entities").
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "extract/ner_eval.h"
#include "extract/ner_model.h"

namespace newsgraph::cli {
namespace {

struct EvaluateNerFlags {
  std::string gold, model;
  bool show = false;
};

// The sentence with names bracketed: "[PERSON Fuad Hussein] met ...".
std::string Bracketed(const std::vector<std::string>& words,
                      const std::vector<extract::NamedSpan>& spans) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    for (const auto& s : spans) {
      if (s.begin == i) out += "[" + s.type + " ";
    }
    out += words[i];
    for (const auto& s : spans) {
      if (s.end == i + 1) out += "]";
    }
    out += i + 1 < words.size() ? " " : "\n";
  }
  return out;
}

}  // namespace

CommandRunner RegisterEvaluateNer(CLI::App& app) {
  auto flags = std::make_shared<EvaluateNerFlags>();
  CLI::App* cmd = app.add_subcommand(
      "evaluate-ner", "Score the named-entity recognizer on GUM CoNLL-U: P/R/F1 per type");
  cmd->add_option("--gold", flags->gold, "GUM CoNLL-U with Entity annotations")->required();
  cmd->add_option("--model", flags->model, "NER model file (default: the built-in model)");
  cmd->add_flag("--show", flags->show,
                "print each sentence whose names differ, as \"gold:\" and \"model:\" lines");
  return [flags]() -> int {
    auto model = flags->model.empty() ? extract::NerModel::LoadDefault()
                                      : extract::NerModel::LoadFile(flags->model);
    if (!model.ok()) return Fail(model.status());
    auto tagger = extract::DefaultNerTagger();
    if (!tagger.ok()) return Fail(tagger.status());
    auto gold = extract::ReadGumNer(flags->gold, **tagger);
    if (!gold.ok()) return Fail(gold.status());
    extract::NerScorer scorer;
    std::string out;
    for (const auto& x : *gold) {
      const std::vector<std::string_view> w(x.words.begin(), x.words.end()),
          u(x.upos.begin(), x.upos.end()), p(x.xpos.begin(), x.xpos.end());
      const std::vector<extract::NamedSpan> predicted = (*model)->Tag(w, u, p);
      scorer.Add(x.gold, predicted);
      if (flags->show && predicted != x.gold) {
        out += "gold:  " + Bracketed(x.words, x.gold);
        out += "model: " + Bracketed(x.words, predicted) + "\n";
      }
    }
    return Emit(out + scorer.Table());
  };
}

}  // namespace newsgraph::cli
