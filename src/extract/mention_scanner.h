// Finding mention candidates and role words in one sentence, left to right,
// longest match first, in this order of trust at each token: our actor data
// (people, organisations), the gazetteer (countries, demonyms, capitals;
// a country word followed by a group noun is one collective actor, "Iraqi
// government"; a country word followed by a title becomes that title's
// country, "Iraqi Foreign Minister"), role words (titles, group nouns), then
// runs of capitalised words, typed PERSON / ORG / LOC by the named-entity
// model where it sees a name there (else UNKNOWN; a lone capitalised word it
// does not take for a name is dropped). A user dictionary entry with no code
// on the article's date, or a country word right before a role word, yields
// to the later sources.
//
// Thread-safety: stateless function.
#ifndef NEWSGRAPH_EXTRACT_MENTION_SCANNER_H_
#define NEWSGRAPH_EXTRACT_MENTION_SCANNER_H_

#include <cstdint>
#include <vector>

#include "core/document.h"
#include "extract/candidate.h"
#include "extract/entity_resources.h"

namespace newsgraph::extract {

struct SentenceScan {
  std::vector<Candidate> candidates;  // in token order, not overlapping
  std::vector<RoleSpan> roles;        // in token order
};

// REQUIRES: s < doc.sentences.size() and s < doc.tokens.size().
SentenceScan ScanSentence(const EntityResources& resources, const Document& doc, uint32_t s);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_MENTION_SCANNER_H_
