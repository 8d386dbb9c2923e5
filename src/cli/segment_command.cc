// `newsgraph segment [FILE|-] [--format lines|jsonl] [--keep-excluded]`:
// the repaired text's sentences, one per line (docs/cli.md).
#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/text_lines.h"
#include "newsgraph/json.h"

namespace newsgraph::cli {
namespace {

enum class SegmentFormat { kLines, kJsonl };

struct SegmentFlags {
  std::string input = "-";
  SegmentFormat format = SegmentFormat::kLines;
  bool keep_excluded = false;
};

}  // namespace

CommandRunner RegisterSegment(CLI::App& app) {
  auto flags = std::make_shared<SegmentFlags>();
  CLI::App* sub = app.add_subcommand(
      "segment", "Repair one text and print its sentences, one per line or as JSONL with offsets");
  sub->add_option("input", flags->input, "Text file, or - for standard input")
      ->capture_default_str();
  const std::map<std::string, SegmentFormat> formats = {{"lines", SegmentFormat::kLines},
                                                        {"jsonl", SegmentFormat::kJsonl}};
  sub->add_option("--format", flags->format,
                  "lines: one sentence per line (line breaks inside become spaces); "
                  "jsonl: one JSON object per sentence with its offsets")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("lines");
  sub->add_flag("--keep-excluded", flags->keep_excluded,
                "Also print the sentences of duplicated paragraphs and credits");
  return [flags]() -> int {
    TextOptions options;
    options.tokenize = false;
    options.keep_excluded = flags->keep_excluded;
    auto result = ProcessTextInput(flags->input, options);
    if (!result.ok()) return Fail(result.status());
    std::string out;
    for (size_t i = 0; i < result->sentences.size(); ++i) {
      if (flags->format == SegmentFormat::kJsonl) {
        out += SentenceToJson(*result, i);
      } else {
        AppendOneLine(SpanText(*result, result->sentences[i].span), &out);
      }
      out.push_back('\n');
    }
    return Emit(out);
  };
}

}  // namespace newsgraph::cli
