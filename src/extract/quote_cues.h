// The verbs that introduce quotations and reported speech
// (data/extract/quote_cues.tsv): "say", "tell", "affirm", ... Each is a
// `speech` verb, whose clause complement is reported speech ("X confirmed
// that Iraq seeks ..."), or a `direct` verb that only introduces quoted words
// ("expressed ... "...""). Matched on lower-case lemmas.
//
// Thread-safety: immutable after loading; Default() is shared.
#ifndef NEWSGRAPH_EXTRACT_QUOTE_CUES_H_
#define NEWSGRAPH_EXTRACT_QUOTE_CUES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/string_hash.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

enum class QuoteCueKind {
  kSpeech,  // direct quotes and reported speech
  kDirect,  // direct quotes only
};

class QuoteCues {
 public:
  // The embedded data/extract/quote_cues.tsv, parsed once.
  static Result<std::shared_ptr<const QuoteCues>> Default();
  // Errors name `name` and the line ("extract/quote_cues.tsv:12: ...").
  static Result<std::shared_ptr<const QuoteCues>> Parse(std::string_view contents,
                                                        std::string_view name);

  // The kind of a lower-case lemma, or null when it is not a cue.
  const QuoteCueKind* Find(std::string_view lemma) const;
  size_t size() const { return cues_.size(); }

 private:
  std::unordered_map<std::string, QuoteCueKind, StringHash, std::equal_to<>> cues_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_QUOTE_CUES_H_
