// Our own actor data: people with dated roles (data/actors/people.tsv) and
// organisations (data/actors/organizations.tsv), both written by hand in the
// format those files document. Each person or organisation becomes one
// KnownActor whose names are matched as phrases over tokens, and whose
// transliteration key (lexicon/name_key.h) lets a spelling the file does not
// list still find the person ("Mustafa Al-Kazemi" -> Mustafa al-Kadhimi).
//
// Case rule (as the gazetteer's): a name with no lower-case letter ("UN",
// "ISIS") matches only with exactly that case; a name written with a capital
// first letter must begin with a capital letter in the text; a name written
// all in lower case ("coalition forces") matches in any case.
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_ACTOR_TABLE_H_
#define NEWSGRAPH_LEXICON_ACTOR_TABLE_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/actor_codes.h"
#include "lexicon/name_key.h"
#include "lexicon/phrase_table.h"
#include "newsgraph/status.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {

struct KnownActor {
  ActorEntry entry;                       // name = the canonical name
  std::vector<std::string> descriptions;  // parallel to entry.codes: the position held
  std::string type;                       // "PERSON" or "ORG"
};

class ActorTable {
 public:
  // people.tsv and organizations.tsv as compiled into the library.
  static Result<ActorTable> LoadDefault(const NameKeyRules& rules);
  // Adds one file's records; `type` is "PERSON" or "ORG". Malformed rows
  // (unknown kind, a key without a name row first, a bad date or code, a
  // name given to two actors) are kCorruption errors "name:LINE: ...".
  Status Add(std::string_view name, std::string_view tsv, std::string_view type,
             const NameKeyRules& rules);
  // Call once after the last Add(). An actor without a code row is a
  // kCorruption error naming its name row.
  Status Build();

  struct Match {
    size_t end = 0;
    const KnownActor* actor = nullptr;
  };
  // REQUIRES: Build() was called; begin < tokens.size().
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;
  // The person whose name has this transliteration key (NameKeyRules::Key of
  // a full name of two or more words), or null.
  const KnownActor* FindPerson(std::string_view name_key) const;

  size_t size() const { return actors_.size(); }

 private:
  struct Form {
    size_t actor = 0;
    bool exact_case = false;
    bool any_case = false;
  };
  std::vector<KnownActor> actors_;
  std::vector<Form> forms_;
  PhraseTable table_;  // normalised name -> index into forms_
  std::unordered_map<std::string, size_t> by_key_id_;     // file key -> actor
  std::unordered_map<std::string, size_t> person_by_name_key_;
  std::unordered_map<std::string, size_t> actor_by_phrase_;  // normalised name -> actor
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_ACTOR_TABLE_H_
