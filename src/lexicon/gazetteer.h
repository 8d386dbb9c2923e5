// Country gazetteer: ISO 3166-1 names (data/gazetteer/countries.tsv, generated
// by tools/build_gazetteer.py) plus our curated names, demonyms and capitals
// (data/gazetteer/aliases.tsv), looked up by longest match over tokens.
//
// Matching (BASELINE, issue 2): keys are normalised token sequences (see
// lexicon/phrase_table.h). A name with no lower-case letter ("US", "U.S.")
// matches only with exactly that case, so the pronoun "us" is never the
// United States; any other name must begin with a capital letter in the text
// ("Turkey", not "turkey").
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_GAZETTEER_H_
#define NEWSGRAPH_LEXICON_GAZETTEER_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/phrase_table.h"
#include "newsgraph/status.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {

enum class PlaceKind {
  kCountry,  // a name of the country (ISO name, preferred name or alias) -> GPE
  kDemonym,  // "Iraqi", "Americans" -> NORP
  kCapital,  // "Baghdad": the city standing for the country's government -> GPE
  kBlock,    // "New Mexico": a longer name that is not the country inside it
};

struct GazetteerEntry {
  std::string text;    // as written in the data file
  std::string alpha3;  // ISO 3166-1 alpha-3; empty for kBlock
  PlaceKind kind = PlaceKind::kCountry;
  std::string source;       // data file name: "countries.tsv" or "aliases.tsv"
  bool exact_case = false;  // text has no lower-case letter: match case exactly
};

class Gazetteer {
 public:
  // The gazetteer compiled into the library.
  static Result<Gazetteer> LoadDefault();
  // From file contents. Malformed lines, unknown alpha-3 codes and a name
  // given to two different countries are kCorruption errors naming the file
  // and line ("gazetteer/aliases.tsv:12: ...").
  static Result<Gazetteer> Parse(std::string_view countries_tsv, std::string_view aliases_tsv);

  struct Match {
    size_t end = 0;  // one past the last matched token
    const GazetteerEntry* entry = nullptr;
  };
  // The longest entry whose phrase starts at tokens[begin] and passes the
  // case rule; kBlock entries are returned too (callers skip them).
  // REQUIRES: begin < tokens.size(); tokens lie inside `text`.
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;

  // Preferred short name of a country: the aliases.tsv "name" row, else the
  // ISO common name, else the ISO name. Empty for an unknown code.
  std::string_view DisplayName(std::string_view alpha3) const;

  size_t size() const { return entries_.size(); }

 private:
  Status AddEntry(GazetteerEntry entry, std::string_view file, size_t line);

  std::vector<GazetteerEntry> entries_;
  PhraseTable table_;                                     // normalised text -> index into entries_
  std::unordered_map<std::string, size_t> by_key_;        // first entry per key
  std::unordered_map<std::string, std::string> display_;  // alpha3 -> name
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_GAZETTEER_H_
