// The entity stage: who and what an article names, with roles, links
// between mentions and actor codes.
//
// Per sentence, mentions and role words are found by longest match in order
// of trust (extract/mention_scanner.h): the user's PETRARCH actor
// dictionaries, our actor data (people with dated roles, organisations:
// data/actors/), the gazetteer (countries, demonyms, capitals; "Iraqi
// government" is one collective actor), role words (titles, group nouns),
// then runs of capitalised words. Titles attach to adjacent names
// (extract/titles.h), mentions are linked across the article
// (extract/coreference.h: surnames, transliterations, acronyms, titles used
// alone) and each entity is coded as an actor with the reason for its code
// (extract/actor_coder.h; dated roles follow the article date).
// Entity::rule names the source of the first mention
// ("gazetteer:aliases.tsv:Washington", "actors:actors/people.tsv:31",
// "capitalized-span").
//
// Thread-safety: immutable after Create(); Find() may run concurrently.
#ifndef NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_
#define NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "newsgraph/analysis.h"
#include "newsgraph/analyzer.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

class EntityFinder {
 public:
  // Uses the data compiled into the library.
  static Result<std::shared_ptr<const EntityFinder>> CreateDefault();
  // With the user's dictionaries (AnalyzerOptions documents the fields).
  static Result<std::shared_ptr<const EntityFinder>> Create(const AnalyzerOptions& options,
                                                            std::vector<std::string>* warnings);
  virtual ~EntityFinder() = default;

  // Entities with ids "E1", "E2", ... in order of first mention; every
  // mention's span slices exactly to its text in doc.text().
  virtual std::vector<Entity> Find(const Document& doc) const = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ENTITY_FINDER_H_
