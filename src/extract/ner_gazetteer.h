// The dictionary features of the recognizer (extract/ner_features.h): which
// words of a sentence lie in a place name of lexicon/gazetteer.h (country,
// demonym, capital, city), in a role phrase of lexicon/role_table.h
// (data/actors/roles.tsv: "foreign minister", "government") and in a known
// person's or organisation's name of lexicon/actor_table.h
// (data/actors/people.tsv, organizations.tsv), each by longest match from
// left to right.
//
// Thread-safety: TagLexicons is a pure function of its arguments;
// SharedLexicons may be called from many threads at once.
#ifndef NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_
#define NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/ner_features.h"
#include "lexicon/actor_table.h"
#include "lexicon/gazetteer.h"
#include "lexicon/role_table.h"
#include "newsgraph/status.h"

namespace newsgraph::extract::ner {

struct Lexicons {
  lexicon::Gazetteer gazetteer;
  lexicon::RoleTable roles;
  lexicon::ActorTable actors;
};

// The built-in tables (LoadDefault of each), loaded once per process and
// shared by every model.
Result<std::shared_ptr<const Lexicons>> SharedLexicons();

// One tag per word into `out`. Gazetteer and actor matches only start at
// words beginning with an ASCII capital or a non-ASCII byte (the tables'
// case rule); role matches start at any word starting with a letter (roles
// are matched case-insensitively).
void TagLexicons(const Lexicons& lexicons, std::span<const std::string_view> words,
                 std::vector<LexiconTag>* out);

}  // namespace newsgraph::extract::ner

#endif  // NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_
