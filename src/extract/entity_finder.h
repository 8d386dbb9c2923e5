// Entity finding over a tokenized Document.
//
// Baseline (issue 2): (1) longest-match lookup of country names, demonyms and
// capitals from the gazetteer (lexicon/gazetteer.h), giving GPE (countries,
// capitals as metonyms) or NORP (demonyms) entities with an ISO 3166-1
// alpha-3 country and actor code; (2) runs of capitalised tokens
// (extract/capitalized_spans.h) as UNKNOWN-typed name candidates. A run never
// starts on a function word ("The", "In", "He", months); a single-word run
// that opens a sentence is kept only when the same word is found as a name
// elsewhere in the article, alone or as the last word of a longer name
// ("Hussein" after "Fuad Hussein"). Possessive "'s" is split off first.
// Mentions with the same type and normalised name are one entity; all names
// of a country ("US", "United States") share its display name, so they are
// one entity, while capitals and demonyms keep their own names. Entity::rule
// names the source of the first mention ("gazetteer:aliases.tsv:Washington",
// "baseline:capitalized-span"). Issue 5 replaces this with a trained model,
// roles, coreference and actor coding.
//
// Thread-safety: immutable after Create(); Find() may run concurrently.
#ifndef NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_
#define NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_

#include <memory>
#include <vector>

#include "core/document.h"
#include "newsgraph/analysis.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

class EntityFinder {
 public:
  // Uses the gazetteer compiled into the library.
  static Result<std::shared_ptr<const EntityFinder>> CreateDefault();
  virtual ~EntityFinder() = default;

  // Entities with ids "E1", "E2", ... in order of first mention; every
  // mention's span slices exactly to its text in doc.text().
  virtual std::vector<Entity> Find(const Document& doc) const = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_
