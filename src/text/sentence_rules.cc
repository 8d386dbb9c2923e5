#include "text/sentence_rules.h"

#include "text/segmenter_scan.h"

namespace newsgraph::text {

void SplitParagraph(std::string_view text, TextRange para, uint32_t index,
                    const Abbreviations& abbreviations, std::vector<SentenceRange>* out) {
  ParagraphScanner(text, para, index, abbreviations, out).Run();
}

void ParagraphScanner::Run() {
  for (uint32_t i = NextSentenceMark(t_, b_, e_); i < e_; i = NextSentenceMark(t_, i, e_)) {
    CodePoint cp = DecodeAt(t_, i);
    if (cp.c == '.') {
      if (i + 1 < e_ && t_[i + 1] == ')') {  // "1.)" is decided at its ')'
        i = ListItem(i + 1) ? i + 2 : Terminator(i);
      } else {
        i = ListItem(i) ? i + 1 : Terminator(i);
      }
    } else if (cp.c == kEllipsisChar || IsBang(cp.c)) {
      i = Terminator(i);
    } else if (cp.c == ')') {
      ListItem(i);
      ++i;
    } else if (cp.c == '\n') {
      LineBreak(i);
      ++i;
    } else if (cp.c == ':') {
      ArabicColon(i);
      ++i;
    } else if (cp.c == kArabicComma) {
      ArabicComma(i, cp);
      i += cp.len;
    } else {
      Bullet(i, cp);
      i += cp.len;
    }
  }
  Emit(e_);
}

void ParagraphScanner::Emit(uint32_t end) {
  uint32_t s = sentence_, e = end;
  while (s < e) {
    CodePoint cp = DecodeAt(t_, s);
    if (!IsSpaceChar(cp.c)) break;
    s += cp.len;
  }
  while (e > s) {
    CodePoint cp = DecodeBefore(t_, s, e);
    if (!IsSpaceChar(cp.c)) break;
    e -= cp.len;
  }
  if (s < e) out_->push_back({{s, e}, index_});
  sentence_ = end;
}

uint32_t ParagraphScanner::SkipSpace(uint32_t i) const {
  while (i < e_) {
    CodePoint cp = DecodeAt(t_, i);
    if (!IsSpaceChar(cp.c)) break;
    i += cp.len;
  }
  return i;
}

bool ParagraphScanner::SpaceOrEndAt(uint32_t i) const {
  return i >= e_ || IsSpaceChar(DecodeAt(t_, i).c);
}

bool ParagraphScanner::PeekNextWord(uint32_t i, NextWord* next) const {
  i = SkipSpace(i);
  while (i < e_) {
    CodePoint cp = DecodeAt(t_, i);
    if (!IsOpener(cp.c) && !IsFormatChar(cp.c)) break;
    i += cp.len;
  }
  if (i >= e_) return false;
  next->initial = ClassifyInitial(DecodeAt(t_, i).c);
  uint32_t j = i;
  while (j < e_ && ((t_[j] >= 'a' && t_[j] <= 'z') || (t_[j] >= 'A' && t_[j] <= 'Z'))) ++j;
  next->letters = t_.substr(i, j - i);
  return true;
}

uint32_t ParagraphScanner::SkipClosers(uint32_t i) const {
  while (i < e_) {
    CodePoint cp = DecodeAt(t_, i);
    if (!IsCloser(cp.c) && !IsFormatChar(cp.c) && cp.c != '.' && !IsBang(cp.c) &&
        cp.c != kEllipsisChar) {
      break;
    }
    i += cp.len;
  }
  return i;
}

}  // namespace newsgraph::text
