// Line-level syntax of PETRARCH / TABARI verb dictionaries
// (code/verb_dictionary.h; docs/dictionaries.md "Verb dictionaries"): the
// comment split, bracketed codes, block headers, pattern lines and
// transformations. Each parser takes one line's text and either fills its
// output and returns true, or returns false with `what` saying what is wrong
// (no file or line: the reader adds "ORIGIN:LINE: ").
//
// Thread-safety: plain functions over values.
#ifndef NEWSGRAPH_CODE_VERB_PATTERN_SYNTAX_H_
#define NEWSGRAPH_CODE_VERB_PATTERN_SYNTAX_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "code/verb_dictionary.h"

namespace newsgraph::code::verb_syntax {

// True when a synset of this name (upper case, without '&') is defined.
using SynsetLookup = std::function<bool(std::string_view upper_name)>;

// `s` with ASCII letters upper-cased (other bytes as they are).
std::string Upper(std::string_view s);

// A trimmed line split at its comment: the first '#' or ';' (TABARI) that is
// not inside [...] (so the code "[###]" stays whole). Both parts trimmed;
// `comment` excludes the '#' / ';'.
struct CommentSplit {
  std::string_view body;
  std::string_view comment;
};
CommentSplit SplitComment(std::string_view line);

// True when `word` may be a dictionary word: non-empty, no blank, control
// byte or '_', and none of the syntax characters  [ ] { } ( ) * $ % ^ & + ~ , ; # < > =
// Other bytes (letters, digits, ' - . / and UTF-8) are word bytes.
bool IsWord(std::string_view word);

// True when `name` is words joined by single '_' ("FIGHT_OF_WORDS").
bool IsSynsetName(std::string_view name);

// The length of the synset name at the start of `run` (the text after '&',
// up to a blank or bracket): the longest '_'-joined prefix that `defined`
// knows ("FIGHT_OF_WORDS"), else the first '_'-separated part ("FIGHT" in
// "FIGHT_CRIM" when only FIGHT is defined, or an undefined name).
size_t SynsetNameLength(std::string_view run, const SynsetLookup& defined);

// The inside of "[...]": "064", "032:033", ":110" (null primary, paired
// 110), "---" (null). A code part is printable ASCII without blanks and
// without [ ] { } ( ) : ; "---" means the null code and is stored as "".
bool ParseCode(std::string_view inside, VerbCode* out, std::string* what);

// "--- LABEL [CODE] ---" (body without comment). The leading dashes, the
// code (default: null) and trailing dashes are optional parts around a
// required label; the label is kept as written, upper-cased ("LASH OUT",
// "RE-ACTIVATE", "REVOKE_"). A second code after the first ("--- DELAY
// [120] [031:031] ---") is returned in `extra_code` (the caller warns and
// ignores it, as PETRARCH reads only the first); any other text after the
// code is malformed.
bool ParseHeader(std::string_view body, std::string* label, VerbCode* code, std::string* extra_code,
                 std::string* what);

// The pattern text between '-' and '[' (see verb_dictionary.h): elements in
// text order, words upper-cased. Blanks separate elements; '(' ')' '{' '}'
// and '*' are elements of their own wherever they stand ("*SCEPTICAL" is
// '*' then SCEPTICAL); '_' between two elements joins them
// (joined_to_next); a '_' ending an element before a blank, bracket or the
// end marks a word or synset `exact` ("OFF_"). '$' '+' '^' '%' must stand
// alone; "&NAME" is a synset (name: SynsetNameLength). Structure: exactly
// one '*', outside brackets; '(' opens a prepositional phrase starting with
// a word or synset and may hold one '{...}'; '{' does not nest; brackets
// close in order and are not empty.
bool ParsePattern(std::string_view text, const SynsetLookup& defined,
                  std::vector<PatternElement>* out, std::string* what);

// "~ a (b c VERB) VERB = a b CODE" (body without comment, '~' included):
// actors are one ASCII letter, '.' or '_'; verbs are words (upper-cased);
// the result code is a code part or "Q", kept as written.
bool ParseTransformation(std::string_view body, VerbTransformation* out, std::string* what);

}  // namespace newsgraph::code::verb_syntax

#endif  // NEWSGRAPH_CODE_VERB_PATTERN_SYNTAX_H_
