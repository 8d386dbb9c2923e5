// `newsgraph analyze [FILE|-]`: one article in, its analysis JSON out.
// `newsgraph entities [FILE|-]`: the same analysis, only its entities part.
// `newsgraph events [FILE|-] [--format json|tsv]`: only its events.
// All take --date, --id, --pretty and the dictionary options --actors,
// --agents, --verbs, --no-default-actors, --skip-malformed.

#include <memory>
#include <utility>
#include <variant>
#include <vector>

#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "cli/events_tsv.h"
#include "newsgraph/analyzer.h"
#include "newsgraph/json.h"
#include "newsgraph/reader.h"

namespace newsgraph::cli {
namespace {

struct AnalyzeFlags {
  std::string input = "-";
  std::string date;
  std::string id;
  bool pretty = false;
  DictionaryFlags dictionaries;
};

Result<Article> LoadArticle(const AnalyzeFlags& f);

void AddFlags(CLI::App* sub, AnalyzeFlags* flags) {
  sub->add_option("input", flags->input, "Article file, or - for standard input")
      ->capture_default_str();
  sub->add_option("--date", flags->date, "Article date, YYYY-MM-DD (picks dated actor roles)");
  sub->add_option("--id", flags->id, "Article id (default: the file name without extension)");
  sub->add_flag("--pretty", flags->pretty, "Indent the JSON");
  AddDictionaryFlags(sub, &flags->dictionaries);
}

// The analysis of the input, or the exit code after an error was printed.
std::variant<Analysis, int> RunAnalysis(const AnalyzeFlags& flags) {
  auto article = LoadArticle(flags);
  if (!article.ok()) return Fail(article.status());
  auto analyzer = MakeAnalyzer(flags.dictionaries);
  if (const int* code = std::get_if<int>(&analyzer)) return *code;
  auto analysis = std::get<std::shared_ptr<const Analyzer>>(analyzer)->Analyze(*article);
  if (!analysis.ok()) return Fail(analysis.status());
  return std::move(analysis).value();
}

Result<Article> LoadArticle(const AnalyzeFlags& f) {
  auto input = ReadInput(f.input, Analyzer::kMaxArticleBytes);
  if (!input.ok()) return input.status();
  Article a;
  a.raw = std::move(input->bytes);
  a.origin = std::move(input->origin);
  a.id = std::move(input->stem);
  if (!f.id.empty()) a.id = f.id;
  if (!f.date.empty()) {
    auto date = NormalizeDate(f.date);
    if (!date.ok()) return date.status().WithContext("--date");
    a.date = std::move(date).value();
  }
  return a;
}

}  // namespace

CommandRunner RegisterAnalyze(CLI::App& app) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* sub = app.add_subcommand(
      "analyze", "Analyse one article (a UTF-8 text file, or - for stdin) and print its JSON");
  AddFlags(sub, flags.get());
  return [flags]() -> int {
    auto result = RunAnalysis(*flags);
    if (const int* code = std::get_if<int>(&result)) return *code;
    std::string json = AnalysisToJson(std::get<Analysis>(result), flags->pretty ? 2 : -1);
    json.push_back('\n');
    return Emit(json);
  };
}

CommandRunner RegisterEntities(CLI::App& app) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* sub = app.add_subcommand(
      "entities",
      "Analyse one article and print only its entities: names, mentions, roles, actor codes "
      "with reasons, places and the focus country");
  AddFlags(sub, flags.get());
  return [flags]() -> int {
    auto result = RunAnalysis(*flags);
    if (const int* code = std::get_if<int>(&result)) return *code;
    std::string json = EntitiesToJson(std::get<Analysis>(result), flags->pretty ? 2 : -1);
    json.push_back('\n');
    return Emit(json);
  };
}

CommandRunner RegisterEvents(CLI::App& app) {
  auto flags = std::make_shared<AnalyzeFlags>();
  auto format = std::make_shared<std::string>("json");
  CLI::App* sub = app.add_subcommand(
      "events",
      "Analyse one article and print only its events: who did what to whom (CAMEO, PLOVER), "
      "with evidence");
  AddFlags(sub, flags.get());
  sub->add_option("--format", *format,
                  "json (the analysis' event objects) or tsv (PETRARCH's columns first: date, "
                  "source, target, code; then ours)")
      ->check(CLI::IsMember({"json", "tsv"}))
      ->capture_default_str();
  return [flags, format]() -> int {
    auto result = RunAnalysis(*flags);
    if (const int* code = std::get_if<int>(&result)) return *code;
    const Analysis& a = std::get<Analysis>(result);
    if (*format == "tsv") return Emit(EventsTsv(a));
    std::string json = EventsToJson(a, flags->pretty ? 2 : -1);
    json.push_back('\n');
    return Emit(json);
  };
}

}  // namespace newsgraph::cli
