// In-document coreference of names: which candidate mentions are the same
// entity.
//   - a listed person or organisation (our actor data, a user dictionary) is
//     one entity however it is written;
//   - person names of two or more words are one entity when their
//     transliteration keys are equal ("Anthony Blinken" = "Antony Blinken",
//     lexicon/name_key.h), and a key found in our data links the entity to
//     the listed person ("Mustafa Al-Kazemi" -> Mustafa al-Kadhimi);
//   - a single name word joins the one multi-word person whose surname has
//     the same key ("Hussein" -> Fuad Hussein, "Al-Kazemi" -> Mustafa
//     Al-Kazemi), anywhere in the article, before or after; a sentence-
//     initial single word is kept only when it joins something;
//   - an acronym joins the name whose capitalised words it abbreviates;
//   - a capitalised title used alone ("The Commander-in-Chief of the Armed
//     Forces emphasized") is a mention of the one person who holds that
//     title in the article;
//   - places and demonyms group by their name, collective actors by their
//     code ("US forces" = "American soldiers", USAMIL), unnamed officials by
//     code and title.
//
// Thread-safety: stateless function.
#ifndef NEWSGRAPH_EXTRACT_COREFERENCE_H_
#define NEWSGRAPH_EXTRACT_COREFERENCE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/candidate.h"
#include "extract/entity_resources.h"

namespace newsgraph::extract {

struct Cluster {
  std::vector<size_t> members;  // indices into the candidates, in text order
  std::string type;
  std::string name;
  const lexicon::KnownActor* known = nullptr;
  const lexicon::ActorEntry* dictionary = nullptr;  // a user dictionary's entry
  std::string known_via;  // empty when a listed name matched; else how it was linked
};

// Clusters of `candidates`, in order of first mention; sets each member's
// `cluster`. Candidates that join nothing and need support are dropped
// (cluster stays -1). Title-only mentions are appended to `candidates`.
// REQUIRES: candidates sorted by start.
std::vector<Cluster> Corefer(const EntityResources& resources, const Document& doc,
                             const std::vector<RoleSpan>& roles,
                             std::vector<Candidate>* candidates);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_COREFERENCE_H_
