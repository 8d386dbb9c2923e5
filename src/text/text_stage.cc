#include "text/text_stage.h"

#include <utility>

namespace newsgraph::text {

Result<TextStage> TextStage::Load() {
  TextStage stage;
  auto cleaner = Cleaner::Create();
  if (!cleaner.ok()) return cleaner.status().WithContext("loading text resources");
  stage.cleaner = std::move(cleaner).value();
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) return segmenter.status();
  stage.segmenter = std::move(segmenter).value();
  auto tokenizer = Tokenizer::Create();
  if (!tokenizer.ok()) return tokenizer.status();
  stage.tokenizer = std::move(tokenizer).value();
  return stage;
}

}  // namespace newsgraph::text
