// PETRARCH issue lists (Phoenix.IssueCoding.txt; PETRARCH 2 dictionary docs,
// "Issues List"): phrases that tag a sentence with issue codes, printed
// after an event as "CODE N" (N = the number of matched phrases).
//
//   # comment                          '#' to the line end (';' and '/' are text)
//   <ISSUE CATEGORY="EDUCATION" TYPE="ALL">    opens a block; CATEGORY required,
//                                      TYPE optional ("ALL", "COUNTEVENT"),
//                                      both recorded on each entry, no other
//                                      attributes
//   n:preschool [EARLY_CHILDHOOD_EDUCATION]    an entry: PHRASE [CODE]
//   ~a head start                      an ignore phrase ('~' or '~~', no code)
//   </ISSUE>                           closes the block
//
// Every entry lies inside a block; a code is any non-empty text without
// blanks or brackets; only a comment may follow it. Words are separated by
// blanks (not '_'); ASCII letters are upper-cased. Expansions (PETRARCH:
// "these apply to the string that follows up to the next blank"):
//   n:WORD   WORD and its regular plural (verb_syntax::RegularPlural:
//            SCHOOL SCHOOLS, ACADEMY ACADEMIES; none for a word ending in one
//            S or a non-letter)
//   v:WORD   WORD and its regular forms (verb_syntax::RegularVerbForms:
//            KIDNAP KIDNAPS KIDNAPED KIDNAPING - no consonant doubled)
//   A+B      two versions: the words A B, and the one word A-B. All '+' of
//            one blank-separated word take the same choice (wa+sh+sham: WA SH
//            SHAM, WA-SH-SHAM); words choose independently. An empty side
//            drops out of the blank version and keeps its '-' ("eu+": EU,
//            EU-), as PETRARCH's text replacement does.
// A prefix may start any '+' part of a word and always inflects the word's
// end: pre+n:school and n:pick+pocket both give ...SCHOOLS / ...POCKETS.
// One prefix per word; a letter followed by ':' other than n/v is an error.
// An entry's versions (duplicates removed) are its phrases(); at most
// kMaxVersions per entry.
//
// Errors, kInvalidInput "ORIGIN:LINE: what": an entry or ignore phrase
// outside a block, a block opened inside another or never closed (at its
// opening line), "</ISSUE>" with no open block (closed twice), another tag
// or a malformed <ISSUE> tag, an entry without [CODE] or with an empty one,
// text after the code, an ignore phrase with a code, an empty phrase, an
// unknown or doubled prefix, a prefix with nothing to inflect, too many
// versions. With Options::skip_malformed each is a warning ending in
// "(skipped)" and the line is dropped (a malformed <ISSUE> tag drops its
// block's entries with it; an <ISSUE> inside an open block warns and then
// opens the new block; an unclosed block keeps its entries). NUL bytes and
// invalid UTF-8 fail the load in both modes, as in discard_list.h.
//
// Matching. PETRARCH pads the sentence and each phrase with blanks and looks
// for the phrase as a substring: whole words, no stems. Here a phrase word
// matches one or more consecutive input words whose concatenation it is
// (the discard list's rule), since our tokenizer may split what PETRARCH saw
// as one word: "PRE-SCHOOL" matches the tokens PRE - SCHOOL as well as one
// token PRE-SCHOOL, "E.C.B." matches E . C . B . A blank version (PRE
// SCHOOL) needs the two words, so "pre-school" in the text is matched by the
// hyphen version only, and counts once. A side effect of concatenation: the
// phrase word PRESCHOOL also matches the tokens PRE SCHOOL (words carry no
// blanks to tell them apart).
//
// Counting follows PETRARCH's get_issues: each distinct phrase found counts
// once however often it occurs, and the versions of an entry are distinct
// phrases ("the school and the schools" gives SCHOOLS 2 from n:school). Codes
// come in the order of their first match in the sentence (earliest start;
// at one start, file order). Any ignore phrase found cancels all issues of
// the sentence ("the occurrence of an ignore phrase of either type cancels
// all coding of issues from the sentence"); '~' and '~~' behave alike.
//
// Thread-safety: immutable after loading; Match may run concurrently.
#ifndef NEWSGRAPH_CODE_ISSUE_LIST_H_
#define NEWSGRAPH_CODE_ISSUE_LIST_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::code {

struct IssueEntry {
  std::string phrase;    // as written, without '~', code and comment ("pre+n:school")
  std::string code;      // "EARLY_CHILDHOOD_EDUCATION"; empty for an ignore phrase
  std::string category;  // the block's CATEGORY ("EDUCATION")
  std::string type;      // the block's TYPE ("ALL"); empty when absent
  int ignore = 0;        // 0: an issue phrase; 1: '~'; 2: '~~'
  int line = 0;          // 1-based line in the list
};

// One version of an entry, as matched.
struct IssuePhrase {
  std::vector<std::string> words;  // upper-case, non-empty
  uint32_t entry = 0;              // index into entries()
};

struct IssueCount {
  std::string code;
  int count = 0;  // distinct phrases of this code found in the sentence
  bool operator==(const IssueCount&) const = default;
};

struct IssueListOptions {
  // Malformed lines: false = Parse fails with "ORIGIN:LINE: what";
  // true = the line is skipped and a warning is appended.
  bool skip_malformed = false;
};

class IssueList {
 public:
  using Options = IssueListOptions;
  // The most versions one entry may expand to.
  static constexpr size_t kMaxVersions = 1024;

  // `origin` (a file name) starts error messages and warnings.
  static Result<IssueList> Parse(std::string_view text, std::string_view origin,
                                 const Options& options = {},
                                 std::vector<std::string>* warnings = nullptr);
  // The file at `path` (kNotFound / kIoError when unreadable), named by its
  // base name.
  static Result<IssueList> LoadFile(const std::string& path, const Options& options = {},
                                    std::vector<std::string>* warnings = nullptr);

  // The issues of a sentence given as its words (upper-case, as PETRARCH
  // compares them; lower-case ASCII is upper-cased anyway): each code with
  // its count, in order of first match; empty when an ignore phrase occurs.
  std::vector<IssueCount> Match(const std::vector<std::string_view>& upper_words) const;

  const std::vector<IssueEntry>& entries() const { return entries_; }   // in file order
  const std::vector<IssuePhrase>& phrases() const { return phrases_; }  // entry order

 private:
  friend class IssueListBuilder;
  // The end of the match of `phrase` at words[begin], or nullopt.
  static std::optional<size_t> MatchAt(const IssuePhrase& phrase,
                                       const std::vector<std::string_view>& words, size_t begin);

  std::vector<IssueEntry> entries_;
  std::vector<IssuePhrase> phrases_;
  // First phrase word -> indexes of the phrases starting with it.
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
  size_t longest_first_ = 0;  // the longest first word (bytes)
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_ISSUE_LIST_H_
