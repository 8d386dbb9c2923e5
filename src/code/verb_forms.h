// Verb lines and synset phrases of PETRARCH / TABARI verb dictionaries
// (code/verb_dictionary.h), with the regular English forms the reader
// generates for them. Parsers return false with `what` set on malformed
// text, like verb_pattern_syntax.h.
//
// Regular verb forms (when a verb has no {...}). PETRARCH 2 adds S (ES after
// S, X, Z), ED (D after E) and ING (dropping a final E); we follow English
// spelling a little further, so the forms of a base B are:
//   third person   consonant+Y -> IES (MODIFY: MODIFIES);
//                  S, X, Z, CH, SH -> ES (PUNISH: PUNISHES); else S
//   past           E -> D (ARRIVE: ARRIVED); consonant+Y -> IED; else ED
//   ING            IE -> YING (DIE: DYING); E after a consonant or U
//                  -> drop E (ARRIVE: ARRIVING; AGREE, SEE keep it); else ING
// No final consonant is doubled - PETRARCH doubles none either, and the
// dictionaries spell those forms out (STOP {STOPS STOPPING STOPPED}).
// Forms are made only for a base ending in an ASCII letter.
//
// Regular plurals (synset phrases, last word only): consonant+Y -> IES
// (ARMY: ARMIES), vowel+Y -> S; SS, X, Z, CH, SH -> ES; a word ending in a
// single S gets none (it is taken as plural already: TROOPS, FORCES); else
// S. Only for a last word ending in an ASCII letter.
//
// Thread-safety: plain functions over values.
#ifndef NEWSGRAPH_CODE_VERB_FORMS_H_
#define NEWSGRAPH_CODE_VERB_FORMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/verb_dictionary.h"
#include "code/verb_pattern_syntax.h"

namespace newsgraph::code::verb_syntax {

// The generated forms of an upper-case verb `base`, in the order third
// person, past, ING (empty when base does not end in a letter).
std::vector<std::string> RegularVerbForms(std::string_view base);

// The generated plural of an upper-case noun, if any (see above).
std::optional<std::string> RegularPlural(std::string_view word);

// A verb line (body without comment): WORDS [{FORMS}] [[CODE]].
//   WORDS   words joined by '_' (or blanks: "LASH OUT"); a leading '+' marks
//           the verb word ("+BEEF_UP", "WIRE_+TAP"), else it is the first;
//           one trailing '_' is dropped.
//   FORMS   blank- or comma-separated, each written like WORDS with the
//           verb's number of words ("+CORDON_OFF {+CORDONED_OFF}"); "{}"
//           means no other forms. Without {...} the regular forms are made.
//           The forms may differ from the verb in one word only, the verb
//           word. The '+' inside forms is not checked: when the forms all
//           inflect another word than the one marked ('+WIRE_TAP
//           {+WIRE_TAPS}', CAMEO.2.0.txt), that word becomes the verb word
//           and `note` says so (the caller warns); else `note` is cleared.
//   CODE    the verb's own code (ParseCode).
// Fills words, verb_word, forms (base first, no duplicates) and code.
bool ParseVerbLine(std::string_view body, VerbEntry* out, std::string* note, std::string* what);

// A synset phrase line after its '+' (body without comment): words joined
// by '_' or blanks; a word "&NAME" names another synset (SynsetNameLength).
// Appends the phrase and, unless `no_plurals` or the phrase ends in '_' or
// in a synset, its regular plural. Fills `undefined` with a referenced
// synset that `defined` does not know (the caller then drops the phrase).
bool ParseSynsetPhrase(std::string_view body, bool no_plurals, const SynsetLookup& defined,
                       std::vector<std::vector<std::string>>* phrases, std::string* undefined,
                       std::string* what);

}  // namespace newsgraph::code::verb_syntax

#endif  // NEWSGRAPH_CODE_VERB_FORMS_H_
