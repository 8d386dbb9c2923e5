// `newsgraph tokenize [FILE|-] [--format lines|jsonl|conllu]
// [--keep-excluded]`: the repaired text's tokens (docs/cli.md).
#include <fmt/core.h>

#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/text_lines.h"
#include "newsgraph/json.h"

namespace newsgraph::cli {
namespace {

enum class TokenFormat { kLines, kJsonl, kConllu };

struct TokenizeFlags {
  std::string input = "-";
  TokenFormat format = TokenFormat::kLines;
  bool keep_excluded = false;
};

// One sentence per line, its tokens separated by single spaces.
std::string AsLines(const TextResult& r) {
  std::string out;
  for (size_t i = 0; i < r.tokens.size(); ++i) {
    bool first_of_sentence = i == 0 || r.tokens[i - 1].sentence != r.tokens[i].sentence;
    if (!first_of_sentence) out.push_back(' ');
    out += SpanText(r, r.tokens[i].span);
    if (i + 1 == r.tokens.size() || r.tokens[i + 1].sentence != r.tokens[i].sentence) {
      out.push_back('\n');
    }
  }
  return out;
}

std::string AsConllu(const TextResult& r) {
  std::string out;
  for (const lang::ConlluSentence& sentence : TokensAsConllu(r)) {
    lang::AppendConllu(sentence, &out);
  }
  return out;
}

}  // namespace

CommandRunner RegisterTokenize(CLI::App& app) {
  auto flags = std::make_shared<TokenizeFlags>();
  CLI::App* sub = app.add_subcommand(
      "tokenize", "Repair one text, split it into sentences and print their tokens");
  sub->add_option("input", flags->input, "Text file, or - for standard input")
      ->capture_default_str();
  const std::map<std::string, TokenFormat> formats = {{"lines", TokenFormat::kLines},
                                                      {"jsonl", TokenFormat::kJsonl},
                                                      {"conllu", TokenFormat::kConllu}};
  sub->add_option("--format", flags->format,
                  "lines: one sentence per line, tokens separated by spaces; "
                  "jsonl: one JSON object per token with kind and offsets; "
                  "conllu: CoNLL-U with ID, FORM and TokenRange")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("lines");
  sub->add_flag("--keep-excluded", flags->keep_excluded,
                "Also tokenize duplicated paragraphs and credits");
  return [flags]() -> int {
    TextOptions options;
    options.keep_excluded = flags->keep_excluded;
    auto result = ProcessTextInput(flags->input, options);
    if (!result.ok()) return Fail(result.status());
    switch (flags->format) {
      case TokenFormat::kLines: return Emit(AsLines(*result));
      case TokenFormat::kConllu: return Emit(AsConllu(*result));
      case TokenFormat::kJsonl: break;
    }
    std::string out;
    for (size_t i = 0; i < result->tokens.size(); ++i) {
      out += TokenToJson(*result, i);
      out.push_back('\n');
    }
    return Emit(out);
  };
}

}  // namespace newsgraph::cli
