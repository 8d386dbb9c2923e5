// newsgraph/text.h — the text stage on its own: repair raw bytes into clean
// text, split it into sentences, split sentences into tokens.
//
// This is what `newsgraph repair`, `segment` and `tokenize` run, and the
// first thing Analyzer does. Every span carries byte offsets into the
// repaired text and back into the raw input (see Span in analysis.h).
// Ranges the repair flags as duplicate paragraphs or boilerplate (credits)
// stay in the text but, unless TextOptions::keep_excluded, yield no
// sentences and no tokens: the same rule the Analyzer follows.
//
// Thread-safety: a TextProcessor is immutable after Create(); Process() may
// be called from many threads at once on the same object.
#ifndef NEWSGRAPH_TEXT_H_
#define NEWSGRAPH_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"
#include "newsgraph/status.h"

namespace newsgraph {

// Inputs above this size are rejected with kInvalidInput: no news story is
// this long, and the byte maps cost ~40 bytes per input byte while the text
// stage runs.
inline constexpr size_t kMaxTextBytes = size_t{16} << 20;  // 16 MiB

struct TextOptions {
  bool segment = true;         // fill TextResult::sentences
  bool tokenize = true;        // fill TextResult::tokens (implies segment)
  bool keep_excluded = false;  // also segment and tokenize excluded ranges
};

struct TextToken {
  Span span;
  std::string_view kind;  // "word", "number", "punct", "symbol", "clitic", "url",
                          // "email", "handle", "hashtag", "emoji", "currency";
                          // static storage, never dangles
  uint32_t sentence = 0;  // index into TextResult::sentences
};

struct TextResult {
  std::string text;                  // the repaired text
  std::vector<Repair> repairs;       // every change and flag, in raw order
  std::vector<Exclusion> excluded;   // ranges of `text` kept out of analysis
  std::vector<Sentence> sentences;   // in text order
  std::vector<TextToken> tokens;     // in text order
};

class TextProcessor {
 public:
  // Loads the built-in tables (compiled into the library); kCorruption names
  // the table file and line when one is malformed.
  static Result<std::shared_ptr<const TextProcessor>> Create();
  ~TextProcessor();

  // Returns kInvalidInput, its message prefixed with `origin`, for input
  // that is not text: empty, binary, invalid UTF-8 (byte, line and column
  // given) or larger than kMaxTextBytes.
  Result<TextResult> Process(std::string_view raw, const TextOptions& options = {},
                             std::string_view origin = "<input>") const;

 private:
  struct Resources;
  explicit TextProcessor(std::unique_ptr<const Resources> resources);
  std::unique_ptr<const Resources> resources_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_H_
