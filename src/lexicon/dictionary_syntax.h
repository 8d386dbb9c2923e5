// What the PETRARCH/TABARI .actors and .agents readers share
// (lexicon/actor_dictionary.h, agent_dictionary.h; docs/dictionaries.md):
// splitting a file into lines, comments, phrases and their match keys,
// `[CODE date]` blocks with TABARI's dates, the skip-or-fail policy for
// malformed lines. The longest-match index over our tokens is
// lexicon/phrase_index.h.
//
// Phrase keys. A phrase as written ("AL_'IRAQ_", "MAZAR-I-SHARIF_") and a
// run of tokens from a text ("al-'Iraq") are both reduced to one key: ASCII
// letters upper-cased (PETRARCH upper-cases everything), U+2018/U+2019
// written as "'", and every run of separators - '_', '-', U+2010/U+2011
// hyphens, blanks and other white space - written as one ' '. Other bytes
// stay as they are. A token run is keyed from its slice of the text, gaps
// included, so the key does not depend on how the tokenizer split the words
// ("Mazar" "-" "i" "-" "Sharif" and "al" "-" "'Iraq" key as MAZAR I SHARIF
// and AL 'IRAQ, like the dictionary phrases).
//
// Whole word vs stem (TABARI manual 5.2.2). A phrase written with a
// trailing '_' is whole-word: its last word must end where a token ends.
// Without it the last word is a stem: it also matches a longer word that
// starts with it ("SYRI" matches "Syrian"), the rest of that word being
// letters or digits. Inner words are always whole (they are followed by
// '_'). With `implicit_plural` (the actors) a whole-word phrase also takes
// TABARI's regular plural ending S (manual 5.2.3); the possessive 's is a
// token of its own and needs nothing.
//
// Thread-safety: plain functions and values.
#ifndef NEWSGRAPH_LEXICON_DICTIONARY_SYNTAX_H_
#define NEWSGRAPH_LEXICON_DICTIONARY_SYNTAX_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_codes.h"
#include "newsgraph/status.h"

namespace newsgraph::lexicon {

// How the .actors and .agents readers treat a malformed line.
struct DictionaryOptions {
  // false: the first malformed line fails the load (kCorruption,
  // "FILE:LINE: what is wrong"). true: the line is skipped and the same
  // message is appended to the caller's warnings.
  bool skip_malformed = false;
  // true: TABARI's stems (a phrase without a trailing '_' matches words it
  // starts: KUNAR matches "Kunari"). false: PETRARCH's whole words (THE_KU
  // does not match "The Kuwait"); the regular plural still matches.
  bool stems = true;
};

namespace dict {

// The bytes of the file at `path`: kNotFound when there is no such file,
// kIoError when it cannot be read.
Status ReadWholeFile(const std::string& path, std::string* contents);

// Blanks, tabs, CR, LF, VT and FF trimmed from both ends.
std::string_view Trim(std::string_view s);

// Splits file contents into lines (LF, CRLF or CR endings), numbered from 1.
// Stops before a line that is `~FINISH` (TABARI's end-of-file mark).
class LineReader {
 public:
  explicit LineReader(std::string_view contents) : rest_(contents) {}
  // False at the end; `line` excludes the line ending.
  bool Next(std::string_view* line, size_t* number);

 private:
  std::string_view rest_;
  size_t number_ = 0;
  bool done_ = false;
};

// `line` without its comment: from the first '#' (PETRARCH) or ';' (TABARI)
// on, then trimmed. A whole-line comment ('#', '/' at the start, TABARI;
// "<!--", PETRARCH's validation files) yields "".
std::string_view StripComment(std::string_view line);

// The key of a phrase as written (see the file comment) and whether its
// last word is whole; trailing '_' are dropped. nullopt when nothing but
// separators is left.
struct PhraseKey {
  std::string key;
  bool whole_word = false;
};
std::optional<PhraseKey> KeyOfPhrase(std::string_view written);

// Appends `s` to `key` normalised (see the file comment), merging a leading
// separator of `s` with a trailing one of `key`; nothing is dropped at the
// start, so a key that starts with a separator never matches a phrase.
void AppendKey(std::string_view s, std::string* key);

// A byte that may continue a stemmed word: an ASCII letter or digit, or any
// byte of a non-ASCII character (letters of other scripts).
bool IsWordByte(char c);

// A phrase as written, '_' written as ' ' and trailing '_' dropped: the
// display name of an entry ("Iraq_" -> "Iraq", "AL_'IRAQ_" -> "AL 'IRAQ").
std::string DisplayName(std::string_view written);

// The [...] blocks of `s`: each opened by '[' and closed by ']' (or '}', as
// in the manual's own `[~LEG}`), separated only by blanks. Bodies come back
// trimmed. Empty `s` gives no blocks. On error `what` says what is wrong.
bool SplitBlocks(std::string_view s, std::vector<std::string_view>* bodies, std::string* what);

// A TABARI date: YYMMDD with years 00-30 read as 2000-2030 and 31-99 as
// 1931-1999 (manual 6.5.2), or YYYYMMDD; month and day must exist on the
// calendar (leap years included). Returns yyyymmdd; nullopt otherwise.
std::optional<int32_t> ParseDate(std::string_view digits);

// A code: letters, digits and '/' (TABARI's compound codes, GME/GMW), or
// one of TABARI's special codes: "---" null, "+++" complex, "###" discard.
bool IsCode(std::string_view code);

// The body of an actor code block: "CODE", "CODE <date", "CODE >date",
// "CODE date-date" (blanks allowed after '<' and '>'), or "CODE date", which
// PETRARCH reads as ">date". Limits are inclusive and stored half-open
// (actor_codes.h): `<d` and `d1-d2` get `to` = the day after; a range whose
// ends are the same day holds on that day (Phoenix writes one-day roles
// so); one that ends before it starts is an error. On error `what` says
// what is wrong.
bool ParseDatedCode(std::string_view body, DatedCode* out, std::string* what);

// The skip-or-fail policy of one file.
class Problems {
 public:
  Problems(std::string_view file, const DictionaryOptions& options,
           std::vector<std::string>* warnings)
      : file_(file), options_(options), warnings_(warnings) {}
  // "FILE:LINE: what". Strict: returns it as kCorruption (the caller stops).
  // Skipping: appends it to the warnings (if any) and returns OK (the caller
  // drops the line).
  Status Malformed(size_t line, std::string_view what);
  std::string Origin(size_t line) const;  // "FILE:LINE"

 private:
  std::string_view file_;
  DictionaryOptions options_;
  std::vector<std::string>* warnings_;
};

}  // namespace dict
}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_DICTIONARY_SYNTAX_H_
