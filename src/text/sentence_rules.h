// The sentence-boundary rules for one paragraph: a single left-to-right pass
// over its bytes that stops only at candidate marks (. ! ? … ؟ ۔ ، : ), single
// line breaks, list markers; found by NextSentenceMark(), segmenter_scan.h)
// and decides each from the few words around it. The Arabic comma ، ends a
// clause (pySBD's convention, which the Golden Rules encode); other commas
// and semicolons, the Arabic ؛ included, never end a sentence. docs/segmentation.md lists
// the rules; the Golden Rules suite (tests/suites/golden_rules_test.cc)
// checks them.
//
// Thread-safety: stateless function; `abbreviations` is only read.
#ifndef NEWSGRAPH_TEXT_SENTENCE_RULES_H_
#define NEWSGRAPH_TEXT_SENTENCE_RULES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/list_markers.h"
#include "text/period_rules.h"
#include "text/utf8_chars.h"
#include "text/segmenter.h"

namespace newsgraph::text {

// Appends the sentences of paragraph `para` (number `index`) of `text` to
// *out, in order, each trimmed of white space and non-empty.
// REQUIRES: para lies inside text; text is valid UTF-8 (invalid bytes are
// tolerated: they never start or end a sentence on their own).
void SplitParagraph(std::string_view text, TextRange para, uint32_t index,
                    const Abbreviations& abbreviations, std::vector<SentenceRange>* out);

// The pass over one paragraph. Internal to SplitParagraph; declared here so
// that its mark handlers can live in sentence_marks.cc.
class ParagraphScanner {
 public:
  ParagraphScanner(std::string_view text, TextRange para, uint32_t index,
                   const Abbreviations& abbreviations, std::vector<SentenceRange>* out)
      : t_(text), b_(para.start), e_(para.end), index_(index), abbreviations_(abbreviations),
        out_(out), sentence_(para.start) {}

  void Run();

 private:
  // Ends the current sentence at `end` (exclusive, trimmed, dropped when
  // empty); the next starts there.
  void Emit(uint32_t end);
  uint32_t SkipSpace(uint32_t i) const;
  bool SpaceOrEndAt(uint32_t i) const;
  // The word after white space at `i`, past opening quotes and brackets.
  // Returns false when the paragraph ends first: trailing quotes and marks
  // then stay with the sentence before them.
  bool PeekNextWord(uint32_t i, NextWord* next) const;
  // Past closing quotes and brackets and any further marks after them
  // (`"Stop!").`), and invisible marks (`د‪.‬`).
  uint32_t SkipClosers(uint32_t i) const;

  // Mark handlers (sentence_marks.cc). Terminator() returns where the scan
  // resumes; the others only decide whether to Emit().
  uint32_t Terminator(uint32_t start);
  uint32_t SpacedEllipsis(uint32_t start, uint32_t run_end, bool attached);
  void LineBreak(uint32_t i);
  void ArabicColon(uint32_t i);
  void ArabicComma(uint32_t i, CodePoint cp);
  // At a '.' or ')' that may close a list enumerator; true when it does (the
  // item then starts a sentence and the period ends nothing).
  bool ListItem(uint32_t mark);
  void Bullet(uint32_t i, CodePoint cp);

  std::string_view t_;
  uint32_t b_, e_, index_;
  const Abbreviations& abbreviations_;
  std::vector<SentenceRange>* out_;
  uint32_t sentence_;  // first byte of the current sentence (untrimmed)
  uint32_t longest_line_ = 0;  // LongestLine() of the paragraph, 0 until needed
  // The last enumerator seen, listed or not: "a." makes a later "b." a list.
  bool have_enumerator_ = false;
  Enumerator last_enumerator_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SENTENCE_RULES_H_
