// CoNLL-U (https://universaldependencies.org/format.html): reading
// treebanks for training and evaluation, and writing the parser's output.
//
// A sentence keeps its comment lines, its syntactic words (ID 1..n, the
// units that are tagged and parsed) and, verbatim, the lines that are not
// words: multiword-token ranges ("3-4") and empty nodes ("5.1"), so that
// writing a sentence back reproduces it.
//
// Errors are kInvalidInput naming "origin:line" and the problem: wrong
// column count, an ID out of sequence, a HEAD that is not an integer in
// 0..n, an empty FORM, invalid UTF-8, a sentence without words.
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_LANG_CONLLU_H_
#define NEWSGRAPH_LANG_CONLLU_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::lang {

// One syntactic word. Unknown fields ("_") are kept as "_", except `head`.
struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;  // 0 = the root; -1 = "_" (not parsed)
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

// A line that is not a word, written back before word `before` (0-based;
// == words.size() for the end of the sentence).
struct ConlluExtraLine {
  size_t before = 0;
  std::string line;  // without the newline
};

struct ConlluSentence {
  std::vector<std::string> comments;  // whole lines, starting with '#'
  std::vector<ConlluWord> words;
  std::vector<ConlluExtraLine> extra;  // multiword tokens, empty nodes
  uint32_t line = 0;                   // 1-based line of its first line

  // The value of a "# key = value" comment, or "" when absent.
  std::string Comment(std::string_view key) const;
};

// Parses a whole CoNLL-U text. `origin` names it in errors.
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, std::string_view origin);

// Reads and parses a CoNLL-U file (kNotFound / kIoError when unreadable).
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Appends the sentence in CoNLL-U, ending with its blank line.
void AppendConllu(const ConlluSentence& sentence, std::string* out);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_CONLLU_H_
