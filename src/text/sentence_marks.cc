// The mark handlers of ParagraphScanner (sentence_rules.h): what each
// candidate mark does. The order of the checks is the order of the rules in
// docs/segmentation.md.
#include "text/sentence_rules.h"

#include <cstring>  // memrchr (glibc)

#include "text/segmenter_scan.h"

namespace newsgraph::text {
namespace {

// A line ending in one of these goes on to the next line.
bool IsContinuation(UChar32 c) {
  return c == ',' || c == ';' || c == ':' || c == '-' || c == 0x2013 /* – */ ||
         c == 0x2014 /* — */ || c == '(' || c == '[' || c == '/' || c == '&' || c == '+' ||
         c == kArabicComma || c == kArabicSemicolon;
}

bool IsTerminal(UChar32 c) { return c == '.' || c == kEllipsisChar || IsBang(c); }

// How far ahead "1." looks for "2." to decide that it opens a list.
constexpr uint32_t kListReach = 2000;

}  // namespace

uint32_t ParagraphScanner::Terminator(uint32_t start) {
  uint32_t r = start;
  int dots = 0;
  bool other = false;  // ! ? … ؟ ۔ in the run
  while (r < e_) {
    CodePoint cp = DecodeAt(t_, r);
    if (cp.c == '.') {
      ++dots;
    } else if (cp.c == kEllipsisChar || IsBang(cp.c)) {
      other = true;
    } else {
      break;
    }
    r += cp.len;
  }
  // "[...]", "(...)": an omission inside brackets is never a boundary.
  if (start > b_ && (t_[start - 1] == '[' || t_[start - 1] == '(')) return r;
  bool attached = start > b_ && !IsSpaceChar(DecodeBefore(t_, b_, start).c);
  if (dots == 1 && !other && r + 1 < e_ && t_[r] == ' ' && t_[r + 1] == '.') {
    return SpacedEllipsis(start, r, attached);
  }
  uint32_t after = SkipClosers(r);
  // Inside a token: "U.S.A", "2.5", "Jane.Doe@", "Jr.'s", "mean...see".
  if (!SpaceOrEndAt(after)) return after;
  NextWord next;
  // At the end of the paragraph trailing quotes stay in this sentence.
  if (!PeekNextWord(after, &next)) return after;
  // Nothing ends before a lower-case word: "Yahoo! in", "'great.' she said".
  if (next.initial == Initial::kLower) return after;
  bool lone_period = dots == 1 && !other;
  if (!lone_period || PeriodEndsSentence(t_, sentence_, start, next, abbreviations_)) {
    Emit(after);
  }
  return after;
}

// A period followed by " ." pairs: ". . ." (MLA ellipsis). `run_end` is just
// past the first period.
uint32_t ParagraphScanner::SpacedEllipsis(uint32_t start, uint32_t run_end, bool attached) {
  uint32_t r = run_end;
  int dots = 1;
  while (r + 1 < e_ && t_[r] == ' ' && t_[r + 1] == '.') {
    r += 2;
    ++dots;
  }
  uint32_t after = SkipClosers(r);
  if (!SpaceOrEndAt(after)) return after;
  NextWord next;
  if (!PeekNextWord(after, &next) || next.initial == Initial::kLower) return after;
  if (dots == 3) return after;  // ". . ." omits words inside the sentence
  if (attached && dots >= 4) {
    // "compounds. . . . The": the period ends the sentence and the ellipsis
    // opens the next one (". . . The practice").
    Emit(start + 1);
    return after;
  }
  Emit(after);  // "a period . . . . Next"
  return after;
}

// A single line break inside a paragraph (the cleaner leaves "\n" for those).
// It ends a sentence when the line is a heading, a table row or a list line
// rather than wrapped prose: the line does not end in punctuation that
// continues, the next line does not start in lower case, and the line plus
// the next word would have fitted within the paragraph's longest line (so the
// break was not forced by wrapping).
void ParagraphScanner::LineBreak(uint32_t i) {
  if (i + 2 < e_ && (t_[i + 1] == '-' || t_[i + 1] == '*') && t_[i + 2] == ' ') {
    Emit(i);  // "- item" / "* item" lines
    return;
  }
  uint32_t p = i;  // end of the line's text
  while (p > sentence_ && IsSpaceChar(DecodeBefore(t_, sentence_, p).c)) {
    p -= DecodeBefore(t_, sentence_, p).len;
  }
  if (p <= sentence_) return;
  uint32_t q = p;  // before any closing quotes
  while (q > sentence_ && IsCloser(DecodeBefore(t_, sentence_, q).c)) {
    q -= DecodeBefore(t_, sentence_, q).len;
  }
  if (q > sentence_) {
    UChar32 last = DecodeBefore(t_, sentence_, q).c;
    if (IsTerminal(last)) return;  // Terminator() has decided
    if (q == p && IsContinuation(last)) return;
  }
  NextWord next;
  if (!PeekNextWord(i + 1, &next) || next.initial == Initial::kLower) return;
  uint32_t line_begin = b_;
  if (const void* nl = memrchr(t_.data() + b_, '\n', p - b_)) {
    line_begin = static_cast<uint32_t>(static_cast<const char*>(nl) - t_.data()) + 1;
  }
  while (line_begin < p && (t_[line_begin] == ' ' || t_[line_begin] == '\t')) ++line_begin;
  uint32_t word_begin = SkipSpace(i + 1), word_end = word_begin;
  while (word_end < e_ && !IsSpaceChar(DecodeAt(t_, word_end).c)) {
    word_end += DecodeAt(t_, word_end).len;
  }
  if (longest_line_ == 0) longest_line_ = LongestLine(t_, b_, e_);
  if ((p - line_begin) + 1 + (word_end - word_begin) <= longest_line_) Emit(i);
}

// Arabic text ends a sentence at a colon after an Arabic word ("سؤال وجواب:
// ماذا"), never between digits ("05:01") or after Latin text ("site is: http").
void ParagraphScanner::ArabicColon(uint32_t i) {
  if (i <= b_ || !IsArabicLetter(DecodeBefore(t_, b_, i).c) || !SpaceOrEndAt(i + 1)) return;
  NextWord next;
  if (!PeekNextWord(i + 1, &next) || next.initial == Initial::kLower) return;
  Emit(i + 1);
}

// The Arabic comma ends a clause-sentence, as pySBD's Arabic rules and the
// Golden Rules have it (arabic.json's fifth case), except when followed by a
// single word and another comma: "الدم، والقلب، زرعها" lists items and ends
// after the last one. The Arabic semicolon ؛ never ends a sentence.
void ParagraphScanner::ArabicComma(uint32_t i, CodePoint cp) {
  uint32_t after = i + cp.len;
  if (!SpaceOrEndAt(after)) return;
  NextWord next;
  if (!PeekNextWord(after, &next) || next.initial == Initial::kLower) return;
  uint32_t j = SkipSpace(after);
  for (uint32_t k = j; k < e_;) {
    CodePoint c = DecodeAt(t_, k);
    if (IsSpaceChar(c.c)) break;
    if (c.c == kArabicComma && k > j) return;
    k += c.len;
  }
  Emit(after);
}

bool ParagraphScanner::ListItem(uint32_t mark) {
  std::optional<Enumerator> e = EnumeratorAt(t_, b_, e_, mark);
  if (!e) return false;
  bool follows = have_enumerator_ && last_enumerator_.style == e->style &&
                 last_enumerator_.value + 1 == e->value;
  have_enumerator_ = true;
  last_enumerator_ = *e;
  if (!e->anchored && !follows &&
      !EnumeratorAhead(t_, e->end, e_, e->style, e->value + 1, kListReach)) {
    return false;
  }
  if (!e->after_bullet && e->start > sentence_) Emit(e->start);
  return true;
}

// A bullet at the start of a word starts a sentence: "• 9. The first item".
void ParagraphScanner::Bullet(uint32_t i, CodePoint cp) {
  if (!IsBulletChar(cp.c)) return;
  if (i > b_ && !IsSpaceChar(DecodeBefore(t_, b_, i).c)) return;
  if (i > sentence_) Emit(i);
}

}  // namespace newsgraph::text
