// Event finding: who did what to whom, per sentence.
//
// A small verb-form list (data/cameo/baseline_verbs.tsv, issue 2's,
// lexicon/verb_list.h) maps trigger words to CAMEO codes, longest form first
// ("called for" before "called"). A trigger must be tagged VERB by the
// tagger (so "the attack" is not one) and lie outside entity mentions. Its
// source and target are the entity mentions nearest the heads of its
// subject and object phrases in the dependency tree (code/arguments.h:
// nsubj, passive agent, inherited through xcomp/conj/relative clauses; obj,
// iobj, passive subject, else an obl); a trigger with neither yields no
// event. A "not"/"never" advmod of the verb sets `negated`. Goldstein,
// QuadClass and PLOVER fields come from tables carried from the CAMEO and
// PLOVER publications (data/cameo/event_codes.tsv). Event::rule is
// "baseline-verbs:<form>→<code>". Issue 6 replaces the verb list with
// dictionary patterns matched over the same trees.
//
// REQUIRES for Find(): doc.words annotates doc.tokens (core/analyzer.cc);
// sentences without words yield no events.
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
