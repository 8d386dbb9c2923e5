// `newsgraph analyze [FILE|-]`: one article in, its analysis JSON out.
// `newsgraph entities [FILE|-]`: the same analysis, only its entities part.
// Both take --date, --id, --pretty and the dictionary options --actors,
// --agents, --no-default-actors, --skip-malformed.

#include <cstdio>
#include <memory>
#include <utility>
#include <variant>
#include <vector>

#include "cli/commands.h"
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
  AnalyzerOptions dictionaries;
  bool no_default_actors = false;
};

Result<Article> LoadArticle(const AnalyzeFlags& f);

constexpr size_t kMaxWarningsShown = 20;

void AddFlags(CLI::App* sub, AnalyzeFlags* flags) {
  sub->add_option("input", flags->input, "Article file, or - for standard input")
      ->capture_default_str();
  sub->add_option("--date", flags->date, "Article date, YYYY-MM-DD (picks dated actor roles)");
  sub->add_option("--id", flags->id, "Article id (default: the file name without extension)");
  sub->add_flag("--pretty", flags->pretty, "Indent the JSON");
  // One file per --actors (repeat it, or separate files with commas), so
  // that the article path after it is not taken for a dictionary.
  sub->add_option("--actors", flags->dictionaries.actor_files,
                  "A PETRARCH/TABARI .actors dictionary, matched before ours; repeat the "
                  "option or separate files with commas for several")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->delimiter(',');
  sub->add_option("--agents", flags->dictionaries.agent_file,
                  "A PETRARCH/TABARI .agents dictionary, matched before our role words");
  sub->add_flag("--no-default-actors", flags->no_default_actors,
                "Use only the --actors dictionaries for people and organisations");
  sub->add_flag("--skip-malformed", flags->dictionaries.skip_malformed,
                "Skip malformed dictionary lines with a warning instead of failing");
}

// The analysis of the input, or the exit code after an error was printed.
std::variant<Analysis, int> RunAnalysis(const AnalyzeFlags& flags) {
  auto article = LoadArticle(flags);
  if (!article.ok()) return Fail(article.status());
  AnalyzerOptions options = flags.dictionaries;
  options.default_actors = !flags.no_default_actors;
  std::vector<std::string> warnings;
  auto analyzer = Analyzer::Create(options, &warnings);
  for (size_t i = 0; i < warnings.size() && i < kMaxWarningsShown; ++i) {
    std::fprintf(stderr, "newsgraph: warning: skipped %s\n", warnings[i].c_str());
  }
  if (warnings.size() > kMaxWarningsShown) {
    std::fprintf(stderr, "newsgraph: warning: ... %zu more malformed dictionary lines skipped\n",
                 warnings.size() - kMaxWarningsShown);
  }
  if (!analyzer.ok()) {
    // A user's dictionary that cannot be read or parsed is bad input; our
    // own data failing to load is a broken installation.
    bool user_files = !options.actor_files.empty() || !options.agent_file.empty();
    PrintError(analyzer.status());
    return user_files ? kExitBadInput : kExitEnvironment;
  }
  auto analysis = (*analyzer)->Analyze(*article);
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

}  // namespace newsgraph::cli
