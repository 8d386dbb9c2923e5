// PETRARCH/TABARI .agents dictionaries read unchanged (Phoenix.agents.txt),
// looked up by longest match over our tokens. Syntax in full:
// docs/dictionaries.md. In short, one agent a line:
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN    # substitution set (macro)
//   MINISTER [~GOV]                      # suffix agent: IRQ + GOV = IRQGOV
//   HUMAN_RIGHTS_BODY [NGO~]             # prefix agent: NGO + IRQ
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]   # irregular plural
//   POLICE {} [~COP]                     # no plural
//   CONGRESS!PERSON! [~LEG]              # one agent per value of the set
//
// Plurals (PETRARCH2 docs): without {...} a regular plural of the last word
// is added: consonant + Y -> IES, S/X/Z/CH/SH -> +ES, other letters -> +S
// (the manual writes "Y -> IES" for every Y; ENVOY -> ENVOYS follows
// English instead); none when the phrase ends in a non-letter. {X} adds X
// instead, {} adds none. Phrases with a !macro! get no automatic plural: the
// set lists the forms. A macro must be defined before it is used; a later
// definition replaces an earlier one. Blanks inside a phrase are word
// separators like '_' (the verb-pattern "gap" meaning does not apply).
// The code block may close with '}' as in the manual's `[~LEG}`.
//
// Matching, comments, options and errors are those of the .actors reader
// (actor_dictionary.h, dictionary_syntax.h), without the implicit plural S
// (agents list their plurals).
//
// Thread-safety: immutable after loading; lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_AGENT_DICTIONARY_H_
#define NEWSGRAPH_LEXICON_AGENT_DICTIONARY_H_

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

class AgentDictionary {
 public:
  using Options = DictionaryOptions;

  // From file contents; `name` starts error messages and origins. A
  // malformed line is a kCorruption error "FILE:LINE: what is wrong", or
  // with options.skip_malformed a warning appended to `warnings` (may be
  // null) and the line skipped.
  static Result<std::unique_ptr<AgentDictionary>> Parse(std::string_view name,
                                                        std::string_view contents,
                                                        const Options& options = {},
                                                        std::vector<std::string>* warnings = nullptr);
  // From disk (kNotFound / kIoError when unreadable), named by its base name.
  static Result<std::unique_ptr<AgentDictionary>> LoadFile(
      const std::string& path, const Options& options = {},
      std::vector<std::string>* warnings = nullptr);

  struct Match {
    size_t end = 0;  // one past the last matched token
    const AgentEntry* entry = nullptr;
  };
  // The longest agent phrase starting at tokens[begin].
  // REQUIRES: tokens lie inside `text`, sorted (as the tokenizer gives them).
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;
  // The entry of a phrase written as in the dictionary ("FOREIGN_MINISTERS"),
  // matched as a whole under the same rules; null if none.
  const AgentEntry* Find(std::string_view phrase) const;

  // One per generated singular phrase (a macro line yields several); a
  // plural shares its singular's entry.
  const std::vector<AgentEntry>& entries() const { return entries_; }
  size_t phrase_count() const { return index_.size(); }

 private:
  AgentDictionary() : index_(/*implicit_plural=*/false) {}
  Status ReadLine(std::string_view line, size_t number, dict::Problems* problems);

  struct Macro {
    std::string name;  // with its '!': "!PERSON!"
    std::vector<std::string> values;
  };
  std::vector<Macro> macros_;
  std::vector<AgentEntry> entries_;
  dict::PhraseIndex index_;  // phrase key -> index into entries_
};

// The regular plural the reader adds (see the file comment), keeping the
// trailing '_' and the case of the last letter; "" when none is formed.
std::string RegularPlural(std::string_view phrase);

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_AGENT_DICTIONARY_H_
