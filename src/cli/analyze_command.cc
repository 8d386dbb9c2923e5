// `newsgraph analyze [FILE|-] [--date] [--id] [--pretty]`: one article in,
// its analysis JSON out.
#include <memory>
#include <utility>

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
};

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
  sub->add_option("input", flags->input, "Article file, or - for standard input")
      ->capture_default_str();
  sub->add_option("--date", flags->date, "Article date, YYYY-MM-DD");
  sub->add_option("--id", flags->id, "Article id (default: the file name without extension)");
  sub->add_flag("--pretty", flags->pretty, "Indent the JSON");
  return [flags]() -> int {
    auto article = LoadArticle(*flags);
    if (!article.ok()) return Fail(article.status());
    auto analyzer = Analyzer::Create();
    if (!analyzer.ok()) {
      PrintError(analyzer.status());
      return kExitEnvironment;
    }
    auto analysis = (*analyzer)->Analyze(*article);
    if (!analysis.ok()) return Fail(analysis.status());
    std::string json = AnalysisToJson(*analysis, flags->pretty ? 2 : -1);
    json.push_back('\n');
    return Emit(json);
  };
}

}  // namespace newsgraph::cli
