// `newsgraph analyze [FILE|-] [--date] [--id] [--pretty]`: one article in,
// its analysis JSON out.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>

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
  Article a;
  if (f.input == "-") {
    a.raw.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return Status::IoError("<stdin>: read error");
    a.origin = "<stdin>";
    a.id = "stdin";
  } else {
    auto bytes = ReadWholeFile(f.input);
    if (!bytes.ok()) return bytes.status();
    a.raw = std::move(bytes).value();
    a.origin = f.input;
    a.id = std::filesystem::path(f.input).stem().string();
  }
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
    if (!article.ok()) {
      PrintError(article.status());
      return ExitCodeFor(article.status());
    }
    auto analyzer = Analyzer::Create();
    if (!analyzer.ok()) {
      PrintError(analyzer.status());
      return kExitEnvironment;
    }
    auto analysis = (*analyzer)->Analyze(*article);
    if (!analysis.ok()) {
      PrintError(analysis.status());
      return ExitCodeFor(analysis.status());
    }
    std::string json = AnalysisToJson(*analysis, flags->pretty ? 2 : -1);
    json.push_back('\n');
    if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0) {
      PrintError(Status::IoError("cannot write to standard output"));
      return kExitEnvironment;
    }
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
