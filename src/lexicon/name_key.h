// Transliteration-tolerant keys for person names, so that the spellings of
// one name that the press uses compare equal: "Mustafa Al-Kazemi" and
// "Mustafa al-Kadhimi" (key "mstf kzm"), "Anthony Blinken" and "Antony
// Blinken". The rules are data (data/actors/name_variants.tsv, which
// documents the algorithm): articles dropped, rewrites applied, then vowels
// after a word's first letter dropped and doubled letters collapsed.
//
// Keys are for comparing names of people already found as names; they are
// deliberately lossy and must not be used to find names in running text.
//
// Thread-safety: immutable after Parse(); Key() may run concurrently.
#ifndef NEWSGRAPH_LEXICON_NAME_KEY_H_
#define NEWSGRAPH_LEXICON_NAME_KEY_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::lexicon {

class NameKeyRules {
 public:
  static Result<NameKeyRules> LoadDefault();
  // Malformed rows are kCorruption errors "name:LINE: ...".
  static Result<NameKeyRules> Parse(std::string_view name, std::string_view tsv);

  // The key of a whole name: word keys joined by single spaces; words are
  // split at spaces (a hyphen stays inside its word, but an article prefix
  // "al-" is removed). Non-ASCII letters are kept as they are. Empty when
  // nothing is left ("al").
  std::string Key(std::string_view name) const;
  // The key of the name's last word that is not an article ("Kazemi" for
  // "Mustafa Al-Kazemi"): how a surname alone refers to the person.
  std::string SurnameKey(std::string_view name) const;

 private:
  std::vector<std::string> WordKeys(std::string_view name) const;
  std::string WordKey(std::string word) const;

  std::vector<std::string> articles_;                         // "al", "el", ...
  std::vector<std::pair<std::string, std::string>> rewrites_;  // in file order
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_NAME_KEY_H_
