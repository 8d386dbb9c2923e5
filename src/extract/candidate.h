// The entity stage's working state: mentions found in one sentence before
// they are grouped into entities, and the role words found beside them.
// Shared by the scanner, title attachment, coreference and actor coding
// (entity_finder.cc runs them in that order).
//
// Thread-safety: plain values owned by one Find() call.
#ifndef NEWSGRAPH_EXTRACT_CANDIDATE_H_
#define NEWSGRAPH_EXTRACT_CANDIDATE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/actor_codes.h"
#include "lexicon/actor_table.h"
#include "lexicon/gazetteer.h"
#include "lexicon/role_table.h"
#include "newsgraph/analysis.h"

namespace newsgraph::extract {

// A role word in a sentence: a title ("Foreign Minister") or a group noun
// ("government"), with the country written next to it, if any.
struct RoleSpan {
  uint32_t sentence = 0;
  size_t lead = 0;             // first token, with the country word before it
  size_t first = 0, last = 0;  // tokens [first, last) of the role word(s)
  size_t tail = 0;             // one past the last token, with "of <country>"
  uint32_t start = 0, end = 0;  // bytes of the role word(s) in the text
  const lexicon::RoleEntry* role = nullptr;
  std::string alpha3;  // country written before ("Iraqi ...") or after ("... of Iraq")
  bool used = false;   // attached to a name, or part of a group candidate
};

struct Candidate {
  uint32_t sentence = 0;
  size_t first = 0, last = 0;   // tokens [first, last) of the sentence
  uint32_t start = 0, end = 0;  // bytes in the text
  std::string type;             // PERSON, ORG, GPE, LOC, NORP or UNKNOWN
  std::string name;             // the entity name this mention proposes
  std::string rule;             // what found it
  // Where it came from (at most one of these is set).
  const lexicon::GazetteerEntry* place = nullptr;
  const lexicon::KnownActor* known = nullptr;       // our actor data
  const lexicon::ActorEntry* dictionary = nullptr;  // a user's PETRARCH dictionary
  // A collective actor "Iraqi government": country + the group role word.
  std::string group_alpha3;
  const lexicon::RoleEntry* group_role = nullptr;
  std::string group_reason;
  bool initial = false;  // one capitalised word opening its sentence
  bool actor_use = false;  // a capital standing for its government
  std::vector<Role> roles;  // titles attached to this mention
  int cluster = -1;         // entity index after coreference
};

// A name that may be a person's: found as a capitalised run (whatever type
// the named-entity model proposed) or listed as a person. Places, listed
// organisations, dictionary entries and collective actors are not.
inline bool MayBePerson(const Candidate& c) {
  if (c.place != nullptr || c.dictionary != nullptr || c.group_role != nullptr) return false;
  return c.known == nullptr || c.known->type == "PERSON";
}

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_CANDIDATE_H_
