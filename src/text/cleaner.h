// The text stage: turns raw (valid UTF-8) bytes into the repaired text that
// every later stage reads, keeping a byte map back to the raw input and a
// log of every change. Stages and their order: see stages.h; flags that keep
// duplicated paragraphs and credits out of analysis: see paragraph_flags.h.
//
// Thread-safety: a Cleaner is immutable after Create(); Clean() may be
// called concurrently.
#ifndef NEWSGRAPH_TEXT_CLEANER_H_
#define NEWSGRAPH_TEXT_CLEANER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"
#include "newsgraph/status.h"
#include "text/html_entities.h"
#include "text/mapped_text.h"
#include "text/paragraph_flags.h"

namespace newsgraph::text {

class MojibakeRepairer;

struct CleanText {
  MappedText mapped;                // the repaired text with its map to raw bytes
  std::vector<Repair> repairs;      // in raw order; spans refer to mapped.text()
  std::vector<Exclusion> excluded;  // ranges of mapped.text() kept out of analysis
};

class Cleaner {
 public:
  static Result<std::shared_ptr<const Cleaner>> Create();

  // REQUIRES: `raw` is valid UTF-8 (CheckDecodable(raw).ok()).
  Result<CleanText> Clean(std::string_view raw) const;

 private:
  Cleaner() = default;
  HtmlEntityTable entities_;
  std::shared_ptr<const MojibakeRepairer> mojibake_;
  std::unique_ptr<const ParagraphFlagger> flagger_;
};

// Clean() with a process-wide default Cleaner, created on first use.
Result<CleanText> Clean(std::string_view raw);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CLEANER_H_
