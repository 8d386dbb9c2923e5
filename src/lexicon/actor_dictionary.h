// PETRARCH/TABARI .actors dictionaries read unchanged (the Phoenix set:
// Phoenix.Countries/International/MilNonState.actors.txt), looked up by
// longest match over our tokens. Syntax, matching and dates in full:
// docs/dictionaries.md. In short:
//
//   IRAQ_  [IRQ]          # a block: primary phrase, optional code blocks
//   +AL_'IRAQ_            # synonym of the block above (same ActorEntry)
//   SADDAM_HUSSEIN_       ; TABARI comment
//   	[IRQELI 550101-790716]   # date line: starts with '[' once trimmed
//   	[IRQGOV >790716]
//   	[IRQELI]               # unrestricted: the default (see CodeOn)
//
// A block's codes are those on its primary line followed by its date lines,
// in file order; a block without any code is malformed. Lines starting
// with '#' or '/' and text from '#' or ';' on are comments; `<NOUN>` and
// `<ADJECTIVE>` sections (TABARI nouns and adjectives, no codes) are
// skipped; `~FINISH` ends the file. Dates: dictionary_syntax.h ParseDate;
// the code in force on a date: actor_codes.h CodeOn.
//
// Matching (dictionary_syntax.h): keys compare ASCII case-insensitively,
// '_', '-' and blanks all separate words; a phrase ending in '_' must end
// on a whole word (TABARI's regular plural S allowed: IRAQI_ matches
// "Iraqis"), a phrase without it ends in a stem (KUNAR matches "Kunari").
// A phrase defined twice keeps the later definition, as in PETRARCH.
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_ACTOR_DICTIONARY_H_
#define NEWSGRAPH_LEXICON_ACTOR_DICTIONARY_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_codes.h"
#include "lexicon/dictionary_syntax.h"
#include "lexicon/phrase_index.h"
#include "newsgraph/status.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {

class ActorDictionary {
 public:
  using Options = DictionaryOptions;

  // One file's contents; `name` (a file name such as
  // "Phoenix.Countries.actors.txt") starts error messages and origins.
  struct Source {
    std::string_view name;
    std::string_view contents;
  };

  // The files read in order into one dictionary (a later file's phrase
  // replaces an earlier one's). A malformed line is a kCorruption error
  // "FILE:LINE: what is wrong", or with options.skip_malformed a warning
  // with that text appended to `warnings` (may be null) and the line
  // skipped; a malformed primary line skips its whole block.
  static Result<std::unique_ptr<ActorDictionary>> Parse(std::span<const Source> files,
                                                        const Options& options = {},
                                                        std::vector<std::string>* warnings = nullptr);
  // One file.
  static Result<std::unique_ptr<ActorDictionary>> Parse(std::string_view name,
                                                        std::string_view contents,
                                                        const Options& options = {},
                                                        std::vector<std::string>* warnings = nullptr);
  // Files read from disk (kNotFound / kIoError when unreadable), each named
  // by its base name.
  static Result<std::unique_ptr<ActorDictionary>> LoadFiles(
      std::span<const std::string> paths, const Options& options = {},
      std::vector<std::string>* warnings = nullptr);

  struct Match {
    size_t end = 0;  // one past the last matched token
    const ActorEntry* entry = nullptr;
  };
  // The longest phrase starting at tokens[begin] (see the file comment).
  // REQUIRES: tokens lie inside `text`, sorted (as the tokenizer gives them).
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;
  // The entry of a phrase written as in the dictionary ("Saddam Hussein",
  // "AL_'IRAQ"), matched as a whole under the same rules; null if none.
  const ActorEntry* Find(std::string_view phrase) const;

  const std::vector<ActorEntry>& entries() const { return entries_; }  // one per block
  size_t phrase_count() const { return index_.size(); }  // primary phrases and synonyms

 private:
  ActorDictionary() : index_(/*implicit_plural=*/true) {}
  Status ReadFile(const Source& file, const Options& options, std::vector<std::string>* warnings);

  std::vector<ActorEntry> entries_;
  dict::PhraseIndex index_;  // phrase key -> index into entries_
};

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_ACTOR_DICTIONARY_H_
