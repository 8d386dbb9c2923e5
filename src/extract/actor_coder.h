// Coding one entity as an actor: its CAMEO-style code, the PLOVER fields
// (country, sector, other sectors, description) and the reason, and, for
// places, where it is. In order of trust:
//   1. a listed person or organisation (our actor data, a user dictionary):
//      the code in force on the article date (lexicon::CodeOn), its
//      position as the description;
//   2. a person's titles: the title's country + its sector ("Iraqi Foreign
//      Minister" -> IRQGOV), other titles' sectors as other sectors;
//   3. a collective actor: country + group sector ("Iraqi forces" -> IRQMIL);
//   4. a capital used as an actor ("talks with Washington", not "in
//      Washington"): the country's government, USAGOV; otherwise the
//      country, as for country names and demonyms.
// A code's first three letters are the country when they are an ISO 3166-1
// alpha-3 code; for international codes (IGO, IMG, NGO, ...) `country` is
// empty and the prefix is the sector.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_EXTRACT_ACTOR_CODER_H_
#define NEWSGRAPH_EXTRACT_ACTOR_CODER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/document.h"
#include "extract/coreference.h"
#include "extract/entity_resources.h"

namespace newsgraph::extract {

// Marks capital-city mentions used as actors (Candidate::actor_use).
void MarkMetonyms(const Document& doc, std::vector<Candidate>* candidates);

// Fills entity->actor, ->roles and ->place from the cluster's mentions.
// `date` is the article's (yyyymmdd) when known.
void CodeActor(const EntityResources& resources, std::optional<int32_t> date,
               const Cluster& cluster, const std::vector<Candidate>& candidates, Entity* entity);

// The country the article is mostly about: the country with most mentions
// over entities coded with a country (ties: the first mentioned), or none.
std::optional<std::string> FocusCountry(const std::vector<Entity>& entities);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ACTOR_CODER_H_
