// TextProcessor (newsgraph/text.h): the cleaner, segmenter and tokenizer
// behind one public call, with spans mapped back to the raw input.
#include <utility>

#include "newsgraph/text.h"
#include "text/decode.h"
#include "text/exclusions.h"
#include "text/text_stage.h"

namespace newsgraph {

struct TextProcessor::Resources {
  text::TextStage stage;
};

TextProcessor::TextProcessor(std::unique_ptr<const Resources> resources)
    : resources_(std::move(resources)) {}
TextProcessor::~TextProcessor() = default;

Result<std::shared_ptr<const TextProcessor>> TextProcessor::Create() {
  auto stage = text::TextStage::Load();
  if (!stage.ok()) return stage.status();
  auto r = std::make_unique<Resources>(Resources{std::move(stage).value()});
  return std::shared_ptr<const TextProcessor>(new TextProcessor(std::move(r)));
}

Result<TextResult> TextProcessor::Process(std::string_view raw, const TextOptions& options,
                                          std::string_view origin) const {
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckTextInput(raw, origin, kMaxTextBytes));
  auto cleaned = resources_->stage.cleaner->Clean(raw);
  if (!cleaned.ok()) return cleaned.status().WithContext(origin);

  TextResult out;
  out.repairs = std::move(cleaned->repairs);
  out.excluded = std::move(cleaned->excluded);
  const text::MappedText& mapped = cleaned->mapped;
  if (options.segment || options.tokenize) {
    auto sentences = resources_->stage.segmenter->Split(mapped.text());
    if (!sentences.ok()) return sentences.status().WithContext(origin);
    if (!options.keep_excluded) text::DropExcludedSentences(out.excluded, &sentences.value());
    out.sentences.reserve(sentences->size());
    for (const text::SentenceRange& s : *sentences) {
      const auto index = static_cast<uint32_t>(out.sentences.size());
      out.sentences.push_back({mapped.MakeSpan(s.range.start, s.range.end), s.paragraph, {}, {}});
      if (!options.tokenize) continue;
      auto tokens = resources_->stage.tokenizer->Tokenize(mapped.text(), s.range.start, s.range.end);
      if (!tokens.ok()) return tokens.status().WithContext(origin);
      if (!options.keep_excluded) text::DropExcludedTokens(out.excluded, &tokens.value());
      for (const text::Token& t : *tokens) {
        out.tokens.push_back({mapped.MakeSpan(t.start, t.end), text::TokenKindName(t.kind), index});
      }
    }
  }
  out.text = mapped.text();
  return out;
}

}  // namespace newsgraph
