// Event finding: who did what to whom, per sentence, coded by a verb
// dictionary over the dependency parse (code/pattern_coder.h).
//
// The verb dictionary is ours (data/cameo/verbs.tsv, code/verb_table.h) or a
// user's PETRARCH/TABARI file (Phoenix's CAMEO.2.0.txt). The actors are the
// entity stage's: every mention of an entity with an actor code is an actor
// phrase, its code the entity's. Coding follows the PETRARCH/TABARI rules
// the validation suite checks (docs/events.md) with three differences that
// suit articles rather than one-sentence records: an event needs a source
// or a target, not both; an infinitive under a coded verb is coded too
// ("Iraq agreed to withdraw": the agreement and the withdrawal); and no
// comma-delimited clause is left out.
//
// Each event carries: CAMEO code, Goldstein, QuadClass and PLOVER fields
// from the CAMEO/PLOVER tables (data/cameo/event_codes.tsv; codes a user
// dictionary invents get none), `negated` ("did not attack"), `modality`
// (a modal auxiliary: "will meet"), `attributed_to` (the source entity of
// a statement event whose reported clause holds the event: "Iraq said Iran
// attacked Kuwait"), trigger and evidence spans, and `rule`, the dictionary
// "FILE:LINE" that fired.
//
// REQUIRES for Find(): doc.words annotates doc.tokens (core/analyzer.cc);
// sentences without words yield no events.
//
// Thread-safety: immutable after Create(); Find() may run concurrently.
#ifndef NEWSGRAPH_CODE_EVENT_FINDER_H_
#define NEWSGRAPH_CODE_EVENT_FINDER_H_

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "newsgraph/analysis.h"
#include "newsgraph/status.h"

namespace newsgraph::code {

struct EventFinderOptions {
  // A PETRARCH/TABARI verb file used instead of ours; "" = ours.
  std::string verb_file;
  // Malformed lines of `verb_file`: an error (false) or skipped, each
  // with a "FILE:LINE: what" warning.
  bool skip_malformed = false;
};

class EventFinder {
 public:
  // Our verb dictionary and the CAMEO/PLOVER tables compiled into the
  // library.
  static Result<std::shared_ptr<const EventFinder>> CreateDefault();
  // Errors name the verb file and line; `warnings` (may be null) gets the
  // skipped lines.
  static Result<std::shared_ptr<const EventFinder>> Create(const EventFinderOptions& options,
                                                           std::vector<std::string>* warnings);
  virtual ~EventFinder() = default;

  // Events with ids "V1", "V2", ... in text order; at most one event per
  // (source, target, code) per sentence; evidence and trigger spans slice
  // exactly into doc.text().
  virtual std::vector<Event> Find(const Document& doc,
                                  const std::vector<Entity>& entities) const = 0;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_EVENT_FINDER_H_
