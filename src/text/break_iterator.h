// Shared ICU BreakIterator plumbing for the segmenter and the tokenizer: one
// prototype iterator created once, cloned per call (an ICU iterator holds
// per-text state, so it cannot be shared between threads), run over UTF-8
// through a UText so that boundaries come back as byte offsets.
//
// Thread-safety: immutable after Create(); ForEachSegment() may be called
// concurrently.
#ifndef NEWSGRAPH_TEXT_BREAK_ITERATOR_H_
#define NEWSGRAPH_TEXT_BREAK_ITERATOR_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsgraph/status.h"
#include "text/utext_util.h"

namespace newsgraph::text {

enum class BreakKind { kSentence, kWord };

class BreakPrototype {
 public:
  static Result<BreakPrototype> Create(BreakKind kind);

  // Calls visit(start, end, rule_status) for every segment of `piece`, with
  // byte offsets relative to `piece`.
  // REQUIRES: `piece` is valid UTF-8.
  template <typename Visit>
  Status ForEachSegment(std::string_view piece, Visit&& visit) const {
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    if (!it) return Status::Internal("ICU break iterator clone failed");
    Utf8Text ut(piece);
    if (!ut.ok()) return Status::Internal(std::string("ICU UText: ") + u_errorName(ut.status()));
    UErrorCode err = U_ZERO_ERROR;
    it->setText(ut.get(), err);
    if (U_FAILURE(err)) return Status::Internal(std::string("ICU setText: ") + u_errorName(err));
    int32_t prev = it->first();
    for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
      visit(prev, next, it->getRuleStatus());
      prev = next;
    }
    return Status::Ok();
  }

 private:
  std::shared_ptr<const icu::BreakIterator> prototype_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_BREAK_ITERATOR_H_
