// The three long-lived objects of the text stage, loaded together: the
// cleaner, the sentence segmenter and the tokenizer. TextProcessor and
// Analyzer both hold one.
//
// Thread-safety: immutable after Load(); share freely between threads.
#ifndef NEWSGRAPH_TEXT_TEXT_STAGE_H_
#define NEWSGRAPH_TEXT_TEXT_STAGE_H_

#include <memory>

#include "newsgraph/status.h"
#include "text/cleaner.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace newsgraph::text {

struct TextStage {
  std::shared_ptr<const Cleaner> cleaner;
  std::shared_ptr<const Segmenter> segmenter;
  std::shared_ptr<const Tokenizer> tokenizer;

  // Loads the embedded tables; kCorruption names a malformed file and line.
  static Result<TextStage> Load();
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TEXT_STAGE_H_
