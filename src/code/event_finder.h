// Event finding: who did what to whom, per sentence.
//
// Baseline (issue 2): a small verb-form list (data/cameo/baseline_verbs.tsv,
// lexicon/verb_list.h) maps trigger words to CAMEO codes, longest form first
// ("called for" before "called"). A trigger is skipped when it lies inside an
// entity mention, is capitalised anywhere but at the sentence start (then it
// is likely part of a name) or follows a determiner ("the attack" is a noun).
// The source is the nearest entity mention before the trigger in the
// sentence, the target the nearest after it; a trigger with neither yields
// no event. "not", "no", "never", "cannot" or a word ending in "n't" among
// the 3 tokens before the trigger sets `negated`. Goldstein, QuadClass and
// PLOVER fields come from tables carried from the CAMEO and PLOVER
// publications (data/cameo/event_codes.tsv). Event::rule is
// "baseline-verbs:<form>→<code>". Issue 6 replaces this with dictionary
// patterns matched over dependency parses.
//
// Thread-safety: immutable after Create(); Find() may run concurrently.
#ifndef NEWSGRAPH_CODE_EVENT_FINDER_H_
#define NEWSGRAPH_CODE_EVENT_FINDER_H_

#include <memory>
#include <vector>

#include "core/document.h"
#include "newsgraph/analysis.h"
#include "newsgraph/status.h"

namespace newsgraph::code {

class EventFinder {
 public:
  // Uses the verb list and CAMEO/PLOVER tables compiled into the library.
  static Result<std::shared_ptr<const EventFinder>> CreateDefault();
  virtual ~EventFinder() = default;

  // Events with ids "V1", "V2", ... in text order; at most one event per
  // (source, target, code) per sentence; evidence and trigger spans slice
  // exactly into doc.text().
  virtual std::vector<Event> Find(const Document& doc,
                                  const std::vector<Entity>& entities) const = 0;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_EVENT_FINDER_H_
