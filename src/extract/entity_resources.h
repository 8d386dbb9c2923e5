// Everything the entity stage looks names up in, loaded once and shared by
// every Find() call: the gazetteer, our actor data and role words, the
// transliteration rules, and the user's PETRARCH dictionaries if any.
//
// Thread-safety: immutable after loading.
#ifndef NEWSGRAPH_EXTRACT_ENTITY_RESOURCES_H_
#define NEWSGRAPH_EXTRACT_ENTITY_RESOURCES_H_

#include <memory>
#include <optional>
#include <vector>

#include "extract/ner_model.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_table.h"
#include "lexicon/agent_dictionary.h"
#include "lexicon/gazetteer.h"
#include "lexicon/name_key.h"
#include "lexicon/role_table.h"

namespace newsgraph::extract {

struct EntityResources {
  lexicon::Gazetteer gazetteer;
  lexicon::NameKeyRules name_keys;
  lexicon::RoleTable roles;
  std::optional<lexicon::ActorTable> actors;  // absent when the user turned ours off
  // Types capitalised name candidates (PERSON, ORG, PLACE); may be null.
  std::unique_ptr<const NerModel> ner;
  // The user's PETRARCH/TABARI dictionaries, matched before ours.
  std::unique_ptr<const lexicon::ActorDictionary> dictionary;
  std::unique_ptr<const lexicon::AgentDictionary> agents;
  std::vector<lexicon::RoleEntry> agent_roles;  // parallel to agents->entries()
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ENTITY_RESOURCES_H_
