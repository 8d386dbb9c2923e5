// `newsgraph parse [FILE|-] [--input-format text|conllu]`: CoNLL-U with
// lemmas, tags and dependency trees (docs/cli.md, docs/models.md).
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/text_lines.h"
#include "lang/annotator.h"
#include "lang/conllu.h"
#include "text/decode.h"

namespace newsgraph::cli {
namespace {

enum class InputFormat { kText, kConllu };

// Treebanks are tens of megabytes (EWT train: 13 MB); a bigger input is
// more likely a wrong file than a corpus.
constexpr size_t kMaxConlluBytes = size_t{256} << 20;

struct ParseFlags {
  std::string input = "-";
  InputFormat format = InputFormat::kText;
  bool keep_excluded = false;
  std::string tagger_model, parser_model;  // empty: the built-in models
};

// Re-annotates pre-tokenized CoNLL-U: words, comments, multiword tokens and
// MISC kept; LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL predicted.
Result<std::string> ParseConlluInput(const lang::Annotator& annotator, const std::string& path) {
  auto input = ReadInput(path, kMaxConlluBytes);
  if (!input.ok()) return input.status();
  // Empty, binary, invalid UTF-8 or oversized input: the text stage's errors.
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckTextInput(input->bytes, input->origin, kMaxConlluBytes));
  auto sentences = lang::ParseConllu(input->bytes, input->origin);
  if (!sentences.ok()) return sentences.status();
  std::string out;
  for (lang::ConlluSentence& s : *sentences) {
    annotator.AnnotateConllu(&s);
    lang::AppendConllu(s, &out);
  }
  return out;
}

// Repairs, segments and tokenizes raw text, then annotates each sentence.
Result<std::string> ParseTextInput(const lang::Annotator& annotator, const ParseFlags& flags) {
  TextOptions options;
  options.keep_excluded = flags.keep_excluded;
  auto result = ProcessTextInput(flags.input, options);
  if (!result.ok()) return result.status();
  std::string out;
  for (lang::ConlluSentence& sentence : TokensAsConllu(*result)) {
    annotator.AnnotateConllu(&sentence);
    lang::AppendConllu(sentence, &out);
  }
  return out;
}

}  // namespace

CommandRunner RegisterParse(CLI::App& app) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* sub = app.add_subcommand(
      "parse", "Tag, lemmatise and parse a text (or re-annotate CoNLL-U) and print CoNLL-U");
  sub->add_option("input", flags->input, "Text or CoNLL-U file, or - for standard input")
      ->capture_default_str();
  const std::map<std::string, InputFormat> formats = {{"text", InputFormat::kText},
                                                      {"conllu", InputFormat::kConllu}};
  sub->add_option("--input-format", flags->format,
                  "text: repair, segment and tokenize first; conllu: keep the given words "
                  "(gold tokenization) and predict the rest")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("text");
  sub->add_flag("--keep-excluded", flags->keep_excluded,
                "Text input: also parse duplicated paragraphs and credits");
  sub->add_option("--tagger-model", flags->tagger_model,
                  "tagger model file to use instead of the built-in one");
  sub->add_option("--parser-model", flags->parser_model,
                  "parser model file to use instead of the built-in one");
  return [flags]() -> int {
    auto annotator = lang::Annotator::Create(flags->tagger_model, flags->parser_model);
    if (!annotator.ok()) {
      // A damaged built-in model is the installation's fault; a missing or
      // bad model file named on the command line is bad input.
      PrintError(annotator.status());
      const bool named = !flags->tagger_model.empty() || !flags->parser_model.empty();
      return named ? kExitBadInput : kExitEnvironment;
    }
    auto out = flags->format == InputFormat::kConllu
                   ? ParseConlluInput(**annotator, flags->input)
                   : ParseTextInput(**annotator, *flags);
    if (!out.ok()) return Fail(out.status());
    return Emit(*out);
  };
}

}  // namespace newsgraph::cli
