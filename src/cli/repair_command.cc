// `newsgraph repair [FILE|-] [--explain] [--pretty]`: the repaired text, or
// with --explain the JSON of every fix and flag (docs/cli.md).
#include <memory>
#include <string>

#include "cli/commands.h"
#include "newsgraph/json.h"

namespace newsgraph::cli {
namespace {

struct RepairFlags {
  std::string input = "-";
  bool explain = false;
  bool pretty = false;
};

}  // namespace

CommandRunner RegisterRepair(CLI::App& app) {
  auto flags = std::make_shared<RepairFlags>();
  CLI::App* sub = app.add_subcommand(
      "repair", "Repair one text (mojibake, entities, layout, ...) and print the repaired text");
  sub->add_option("input", flags->input, "Text file, or - for standard input")
      ->capture_default_str();
  sub->add_flag("--explain", flags->explain,
                "Print JSON instead: the text, every repair (kind, offsets, before, after, "
                "encoding path) and the ranges excluded from analysis");
  sub->add_flag("--pretty", flags->pretty, "Indent the JSON of --explain");
  return [flags]() -> int {
    TextOptions options;
    options.segment = options.tokenize = false;
    auto result = ProcessTextInput(flags->input, options);
    if (!result.ok()) return Fail(result.status());
    if (!flags->explain) {
      if (!result->text.empty() && result->text.back() != '\n') result->text.push_back('\n');
      return Emit(result->text);
    }
    std::string json = RepairsToJson(*result, flags->pretty ? 2 : -1);
    json.push_back('\n');
    return Emit(json);
  };
}

}  // namespace newsgraph::cli
