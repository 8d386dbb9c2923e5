// A PETRARCH / TABARI verb-pattern dictionary held in memory: the format of
// Phoenix's CAMEO.2.0.txt and PETRARCH's PETR.Validate.verbs.txt, read
// unchanged (docs/dictionaries.md describes every rule).
//
//   &NAME / +PHRASE lines      a synonym set ("synset"); phrases may name
//                              other synsets (+&TIETYPES); a name or phrase
//                              ending in '_' gets no generated plurals.
//   --- LABEL [CODE] ---       opens a verb block; CODE ("---" = null code)
//                              is the code of its verbs without their own.
//   VERB {FORMS} [CODE]        a verb of the block: its irregular forms, else
//                              regular ones are generated (S, ED, ING); an
//                              optional own code.
//   +WORD_WORD {...} [CODE]    a multi-word verb; '+' marks the verb word
//                              ("+BEEF_UP", "WIRE_+TAP", "KLM_NOP_+RST").
//   - PATTERN [CODE] # note    a pattern of the block, TABARI or PETRARCH 2
//                              style: words, &SYNSETs, '*' (the verb), '$'
//                              (the source), '+' (the target), '^' (skip
//                              one word), '%' (compound actor), '(PREP
//                              NOUN)' prepositional phrases, '{ADJ NOUN}'
//                              noun phrases; '_' joins words that must be
//                              consecutive. CODE may be paired, "032:033":
//                              the second event has source and target
//                              swapped.
//   ~ a (b c VERB) VERB = a b CODE   a transformation (kept, not applied
//                              by the reader).
//   # ... / <!-- ... -->       comments.
//
// Words are stored upper case. Every element records its line so errors
// and fired rules can point at "FILE:LINE".
//
// Thread-safety: immutable after Parse()/LoadFile(); concurrent reads are
// safe.
#ifndef NEWSGRAPH_CODE_VERB_DICTIONARY_H_
#define NEWSGRAPH_CODE_VERB_DICTIONARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "newsgraph/status.h"

namespace newsgraph::code {

// A bracketed code: "[064]", "[032:033]", "[---]".
struct VerbCode {
  std::string code;    // "" for the null code "---"
  std::string paired;  // the reverse event's code, "" when not paired
  bool null() const { return code.empty(); }
};

// One element of a pattern, in text order.
struct PatternElement {
  enum class Kind : uint8_t {
    kWord,       // a word, upper case; `exact` when written with a trailing '_'
    kSynset,     // text = the synset name without '&'
    kVerb,       // '*'
    kSource,     // '$'
    kTarget,     // '+'
    kSkip,       // '^'
    kCompound,   // '%'
    kOpenPrep,   // '(' : a prepositional phrase starts; the next word is the preposition
    kClosePrep,  // ')'
    kOpenNoun,   // '{' : a noun phrase starts; its last word is the head
    kCloseNoun,  // '}'
  };
  Kind kind = Kind::kWord;
  std::string text;
  bool exact = false;           // kWord/kSynset: written "WORD_" at a phrase end: no stemming
  bool joined_to_next = false;  // written "A_B": the next element must follow at once
  int synset = -1;  // kSynset: index into VerbDictionary::synsets(), set by the dictionary
};

struct VerbPattern {
  std::vector<PatternElement> elements;  // holds exactly one kVerb
  // The kWord texts, set by the dictionary: a sentence lacking any of them
  // cannot match (the coder's cheap first test).
  std::vector<std::string> required_words;
  // Synsets (indices) the pattern needs whose every phrase starts with a
  // plain word: a sentence with none of those first words cannot match.
  std::vector<int> required_synsets;
  VerbCode code;
  std::string note;  // the comment after '#', trimmed
  int line = 0;
};

// A verb of a block, one or several words.
struct VerbEntry {
  std::vector<std::string> words;  // upper case, e.g. {"BREAK", "DOWN"}
  size_t verb_word = 0;            // index of the inflected word in `words`
  // Every form of the verb word: the base, the irregular forms given in
  // {...} (for multi-word verbs, the verb word of each), else the
  // generated regular ones. Upper case, without duplicates.
  std::vector<std::string> forms;
  std::optional<VerbCode> code;  // its own code; else the block's
  int line = 0;
};

struct VerbBlock {
  std::string label;  // "ABANDON" in "--- ABANDON [345] ---"
  VerbCode code;
  std::vector<VerbEntry> verbs;
  std::vector<VerbPattern> patterns;
  int line = 0;
};

struct Synset {
  std::string name;  // without '&' or a trailing '_'
  // Each phrase as words (upper case). A word "&X" names a nested synset.
  // Generated plurals are listed as phrases of their own.
  std::vector<std::vector<std::string>> phrases;
  // The phrases' first words, set by the dictionary; empty when a phrase
  // starts with a nested synset (then no word is required).
  std::vector<std::string> first_words;
  int line = 0;
};

// "~ a (a b ATTACK) SAY = a b 015": when a verb of class `upper_verb`
// (a code or a block label, "Q" = any) with source `upper_source` governs
// an event (lower_source, lower_target, lower_verb), the result is
// (result_source, result_target, result_code). Variables are letters;
// "." = unspecified actor, "_" = absent actor.
struct VerbTransformation {
  std::string upper_source, lower_source, lower_target, lower_verb, upper_verb;
  std::string result_source, result_target, result_code;
  int line = 0;
};

// Where a verb form occurs: block and verb index.
struct VerbFormRef {
  uint32_t block = 0;
  uint32_t verb = 0;
};

class VerbDictionary {
 public:
  struct Options {
    // Malformed lines: false = Parse fails with "ORIGIN:LINE: what";
    // true = the line is skipped and a warning is appended.
    bool skip_malformed = false;
  };

  // `origin` names the input in errors ("CAMEO.2.0.txt").
  static Result<VerbDictionary> Parse(std::string_view text, std::string_view origin,
                                      const Options& options,
                                      std::vector<std::string>* warnings = nullptr);
  static Result<VerbDictionary> LoadFile(const std::string& path, const Options& options,
                                         std::vector<std::string>* warnings = nullptr);
  // A dictionary from parts another reader built (our own table format,
  // code/verb_table.h): the forms of the blocks' verbs are indexed.
  // REQUIRES: every pattern's synsets are among `synsets`.
  static VerbDictionary FromParts(std::string origin, std::vector<VerbBlock> blocks,
                                  std::vector<Synset> synsets,
                                  std::vector<VerbTransformation> transformations = {});

  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  const std::vector<Synset>& synsets() const { return synsets_; }
  const std::vector<VerbTransformation>& transformations() const { return transformations_; }
  const std::string& origin() const { return origin_; }

  // The synset named `name` (without '&'), or nullptr.
  const Synset* FindSynset(std::string_view name) const;
  // Every verb having `upper_form` as a form of its verb word (for
  // multi-word verbs the other words still have to be checked).
  const std::vector<VerbFormRef>* FindForm(std::string_view upper_form) const;

 private:
  std::string origin_;
  std::vector<VerbBlock> blocks_;
  std::vector<Synset> synsets_;
  std::vector<VerbTransformation> transformations_;
  std::unordered_map<std::string, size_t> synset_index_;
  std::unordered_map<std::string, std::vector<VerbFormRef>, StringHash, std::equal_to<>> forms_;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_VERB_DICTIONARY_H_
