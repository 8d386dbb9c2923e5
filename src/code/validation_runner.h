// Running a PETRARCH validation suite (code/validation_records.h) through
// our own tokenizer, parser and dictionary coder (code/pattern_coder.h):
// each coded record's events are compared with its <EventCoding>s. The
// record's embedded <Parse> is ignored.
//
// The dictionaries named in <Environment> are resolved relative to
// `dictionary_dir` (the records file's folder unless the caller says
// otherwise). Actor and agent phrases match whole words, as PETRARCH does
// (no TABARI stems). <Config> options met along the way change the coding
// of the records after them: require_dyad, new_actor_length and the
// comma_* limits (PETRARCH's defaults until then); stop_on_error is not
// needed and is ignored. Infinitives under a coded verb are not coded
// (PatternCoderOptions::code_infinitives false).
//
// A record holding a phrase of the discard list codes no events.
// A record passes when the set of coded (source, target, code) triples
// equals the set of expected ones; a noevents record, or one expecting an
// error (<EventCoding error=...>: we read no <Parse> to find one broken),
// passes when nothing is coded. Records with sentence="false" are context
// and are not scored.
//
// Thread-safety: a ValidationRunner is immutable after Create(); Run() may
// be called from several threads.
#ifndef NEWSGRAPH_CODE_VALIDATION_RUNNER_H_
#define NEWSGRAPH_CODE_VALIDATION_RUNNER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "code/discard_list.h"
#include "code/validation_records.h"
#include "code/verb_dictionary.h"
#include "core/document.h"
#include "lang/annotator.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/agent_dictionary.h"
#include "newsgraph/status.h"
#include "text/text_stage.h"

namespace newsgraph::code {

struct RecordOutcome {
  size_t record = 0;  // index into the suite's records
  std::vector<ExpectedEvent> coded;
  bool passed = false;
};

struct CategoryTally {
  std::string category;
  int passed = 0;
  int failed = 0;
};

struct ValidationReport {
  std::vector<RecordOutcome> outcomes;     // one per scored record, in file order
  std::vector<CategoryTally> categories;   // in order of first appearance
  int passed = 0;
  int failed = 0;
};

class ValidationRunner {
 public:
  // Loads the environment's dictionaries from `dictionary_dir`; an error
  // names the file and line. `warnings` (may be null) gets the readers'.
  static Result<std::unique_ptr<ValidationRunner>> Create(const ValidationEnvironment& environment,
                                                          const std::string& dictionary_dir,
                                                          std::vector<std::string>* warnings);

  // REQUIRES: `suite` is the one whose environment made this runner.
  Result<ValidationReport> Run(const ValidationSuite& suite) const;

 private:
  ValidationRunner() = default;
  bool Discarded(const Document& doc) const;

  text::TextStage text_;
  std::shared_ptr<const lang::Annotator> annotator_;
  std::unique_ptr<VerbDictionary> verbs_;
  std::unique_ptr<lexicon::ActorDictionary> actors_;
  std::unique_ptr<lexicon::AgentDictionary> agents_;
  std::optional<DiscardList> discards_;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_VALIDATION_RUNNER_H_
