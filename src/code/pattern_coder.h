// Dictionary-driven event coding of one parsed sentence, TABARI/PETRARCH
// style: verbs found in a verb dictionary (code/verb_dictionary.h, or ours:
// code/verb_table.h), their block's patterns matched against the words
// around them (code/pattern_match.h), over actor phrases the caller gives
// (from dictionaries: code/sentence_actors.h; from the entity stage:
// code/event_finder.cc). docs/events.md states the rules in full:
//
//   1. the verb: the longest multi-word dictionary verb at a word (form or
//      lemma), one of its words tagged a verb (or a verb form right after
//      the sentence's opening actor), outside actor phrases;
//   2. the code: the block's pattern with the most elements that matches
//      (file order on ties), else the verb's own or its block's code; the
//      null code yields nothing;
//   3. source and target: the pattern's '$' / '+' / '%' bindings, else the
//      actors of the verb's subject and object phrases (code/arguments.h),
//      passives ("by X"), and TABARI's linear search within the clause when
//      the parse gives none; compounds, agents handed across of/from/in and
//      codes "A/B" give one event per actor (code/coder_actors.h);
//   4. a paired code "032:033" adds the reverse event.
// Events with the same source and target, and repeats of a (source, target,
// code) in the sentence, are dropped; with require_dyad so is an event
// missing its source or target, else that side is coded "---".
//
// Thread-safety: immutable; Code() may run concurrently.
#ifndef NEWSGRAPH_CODE_PATTERN_CODER_H_
#define NEWSGRAPH_CODE_PATTERN_CODER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "code/comma_clauses.h"
#include "code/verb_dictionary.h"
#include "code/sentence_actors.h"
#include "newsgraph/analysis.h"
#include "text/tokenizer.h"

namespace newsgraph::code {

struct CodedEvent {
  std::string source;  // actor code, "---" when absent (require_dyad off)
  std::string target;
  std::string code;    // CAMEO (or the dictionary's own) event code
  size_t verb = 0;     // word indices [verb, verb_end) of the (multi-word) verb
  size_t verb_end = 0;
  std::optional<size_t> source_word;  // first word of the source phrase
  std::optional<size_t> target_word;
  std::string source_ref;  // ActorPhrase::ref of the source ("" when none)
  std::string target_ref;
  bool negated = false;
  std::string modality;  // a modal auxiliary of the verb ("will", "may"), or ""
  std::string rule;      // "FILE:LINE" of the pattern or verb that fired
};

struct PatternCoderOptions {
  bool require_dyad = true;
  // PETRARCH's new actors: > 0 codes a subject or object phrase holding no
  // dictionary actor by its own words when it has at most this many,
  // upper case in double quotes ("THE MINISTRY OF MAGIC"); 0 = off.
  int new_actor_length = 0;
  // Comma-delimited clauses left out before coding (code/comma_clauses.h);
  // nullopt codes the whole sentence.
  std::optional<CommaLimits> commas;
  // false (PETRARCH): an infinitive under a coded verb ("urged Bree to
  // help") is that verb's event, not one of its own. true: both are coded.
  bool code_infinitives = false;
};

class PatternCoder {
 public:
  // REQUIRES: `verbs` outlives the coder.
  explicit PatternCoder(const VerbDictionary& verbs) : verbs_(verbs) {}

  // The events of one sentence whose actors are `phrases` (in text order,
  // not overlapping; from dictionaries: FindSentenceActors, or from the
  // entity stage).
  // REQUIRES: words.size() == tokens.size(), tokens inside `text`.
  std::vector<CodedEvent> Code(std::string_view text, std::span<const text::Token> tokens,
                               const std::vector<Word>& words, std::vector<ActorPhrase> phrases,
                               const PatternCoderOptions& options) const;

 private:
  const VerbDictionary& verbs_;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_PATTERN_CODER_H_
