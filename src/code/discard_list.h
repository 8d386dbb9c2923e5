// PETRARCH discard lists (Phoenix.discards.txt, PETR.Validate.discards.txt):
// phrases that mark a sentence or a whole story as not worth coding (sports,
// disasters, historical chronologies). TABARI wrote them as [###] codes in
// its .actors and .verbs files (manual 6.3: "the presence of a discard
// condition causes most of the other processing of the text to be
// terminated"); PETRARCH moved them into this list of their own.
//
//   # comment                  '#' (PETRARCH) or ';' (TABARI) to the line end
//   BASEBALL                   sentence-level: the sentence is not coded
//   +TYPHOON   # ELH 2009      story-level ('+', blanks may follow): the story
//   GROUP A_                   trailing '_': the last word is whole
//
// Lines are read as by the dictionary readers (lexicon/dictionary_syntax.h:
// LineReader, StripComment), so '/' lines are comments too and `~FINISH`
// ends the list. A phrase is a sequence of words separated by blanks or '_'
// (TABARI writes '_' for a space; runs count as one separator); letters are
// compared ASCII case-insensitively. A '+' with no phrase after it is an
// error, kInvalidInput "ORIGIN:LINE: empty story-level discard", as are NUL
// bytes and invalid UTF-8. A phrase listed twice is kept twice (harmless).
//
// Matching (PETRARCH's dictionary docs: "if the string, prefixed with ' ',
// is found in the sentence ... If the string ends with '_', the matched
// string must also end with a blank or punctuation mark; otherwise it is
// treated as a stem"): a phrase matches consecutive words of a sentence,
// starting at a word start; all its words but the last must equal words of
// the text, and the last is a stem (TABARI manual 5.2.2: CHAMPION matches
// CHAMPIONS, CHAMPIONSHIP) unless written with a trailing '_'. Tokenizers
// split words differently from PETRARCH's blank-separated text ("QUEEN'S"
// -> QUEEN 'S, "SEMI-FINAL" -> SEMI - FINAL), so one phrase word may match
// several consecutive input words whose concatenation it is.
//
// Thread-safety: immutable after loading; Find/Match may run concurrently.
#ifndef NEWSGRAPH_CODE_DISCARD_LIST_H_
#define NEWSGRAPH_CODE_DISCARD_LIST_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::code {

struct Discard {
  std::string phrase;        // as written, without '+' and comment ("Manchester United")
  bool story_level = false;  // '+': discard the whole story, else the sentence
  int line = 0;              // 1-based line in the list
};

struct DiscardMatch {
  const Discard* discard = nullptr;  // points into the list
  size_t begin = 0, end = 0;         // the matched words [begin, end)
};

class DiscardList {
 public:
  // `origin` (a file name) starts error messages.
  static Result<DiscardList> Parse(std::string_view text, std::string_view origin);
  // The file at `path` (kNotFound / kIoError when unreadable), named by its
  // base name.
  static Result<DiscardList> LoadFile(const std::string& path);

  // The discard found in `words` (a sentence's words, upper-case as PETRARCH
  // compares them; lower-case ASCII is upper-cased anyway), or nullopt. A
  // story-level discard anywhere wins over a sentence-level one, since it
  // has the larger effect (PETRARCH gives '+' matches priority); within a
  // level the earliest start wins, then the longer phrase, then the earlier
  // line.
  std::optional<Discard> Find(const std::vector<std::string_view>& upper_words) const;
  // The same, with where it matched.
  std::optional<DiscardMatch> Match(const std::vector<std::string_view>& upper_words) const;

  const std::vector<Discard>& discards() const { return discards_; }  // in file order

 private:
  struct Phrase {
    std::vector<std::string> words;  // upper-case
    bool whole_last = false;         // written with a trailing '_'
  };
  // The end of the match of `phrase` at words[begin], or nullopt.
  static std::optional<size_t> MatchAt(const Phrase& phrase,
                                       const std::vector<std::string_view>& words, size_t begin);

  std::vector<Discard> discards_;
  std::vector<Phrase> phrases_;  // parallel to discards_
  // First phrase word -> indexes of the phrases starting with it.
  std::unordered_map<std::string, std::vector<size_t>> by_first_;
  size_t longest_first_ = 0;  // the longest first word (bytes)
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_DISCARD_LIST_H_
