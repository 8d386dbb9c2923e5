#include "text/break_iterator.h"

#include <unicode/locid.h>

namespace newsgraph::text {

Result<BreakPrototype> BreakPrototype::Create(BreakKind kind) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Locale& english = icu::Locale::getEnglish();
  std::unique_ptr<icu::BreakIterator> it(
      kind == BreakKind::kSentence ? icu::BreakIterator::createSentenceInstance(english, err)
                                   : icu::BreakIterator::createWordInstance(english, err));
  if (U_FAILURE(err) || !it) {
    return Status::Internal(std::string("cannot create ICU ") +
                            (kind == BreakKind::kSentence ? "sentence" : "word") +
                            " iterator: " + u_errorName(err));
  }
  BreakPrototype p;
  p.prototype_ = std::move(it);
  return p;
}

}  // namespace newsgraph::text
