#include "text/period_rules.h"

namespace newsgraph::text {
namespace {

// Sentences that end in an abbreviation need more than this many words:
// "At 5 a.m." is a fronted time, not a sentence ("At 5 a.m. Mr. Smith went"),
// while "He left the bank at 6 P.M." is one.
constexpr int kMinWordsBeforeAbbreviationEnd = 4;

struct Word {
  uint32_t begin = 0;  // after leading opening quotes and brackets
  uint32_t end = 0;    // before the period (and invisible marks before it)
  uint32_t raw_begin = 0;
};

bool IsSpaceAt(std::string_view t, uint32_t floor, uint32_t i) {
  return IsSpaceChar(DecodeBefore(t, floor, i).c);
}

// The white-space delimited word ending at `end`, not before `floor`.
Word WordBefore(std::string_view t, uint32_t floor, uint32_t end) {
  Word w;
  while (end > floor) {
    CodePoint cp = DecodeBefore(t, floor, end);
    if (!IsFormatChar(cp.c)) break;
    end -= cp.len;
  }
  uint32_t b = end;
  while (b > floor && !IsSpaceAt(t, floor, b)) b -= DecodeBefore(t, floor, b).len;
  w.raw_begin = b;
  while (b < end) {
    CodePoint cp = DecodeAt(t, b);
    if (!IsOpener(cp.c)) break;
    b += cp.len;
  }
  w.begin = b;
  w.end = end;
  return w;
}

// "U.S", "E.U", "P.M": single letters joined by periods.
bool IsInitialismShape(std::string_view w) {
  uint32_t i = 0, letters = 0;
  const auto n = static_cast<uint32_t>(w.size());
  while (i < n) {
    CodePoint cp = DecodeAt(w, i);
    if (cp.c < 0 || !u_isalpha(cp.c)) return false;
    ++letters;
    i += cp.len;
    if (i == n) break;
    if (w[i] != '.') return false;
    ++i;
  }
  return letters >= 2 && i == n;
}

// A single upper-case letter: "E" in "Jonas E. Smith".
bool IsSingleCapital(std::string_view w) {
  if (w.empty()) return false;
  CodePoint cp = DecodeAt(w, 0);
  return cp.len == w.size() && ClassifyInitial(cp.c) == Initial::kUpper;
}

int CountWords(std::string_view t, uint32_t begin, uint32_t end, int limit) {
  int words = 0;
  bool in_word = false;
  for (uint32_t i = begin; i < end && words <= limit; ++i) {
    bool space = t[i] == ' ' || t[i] == '\n' || t[i] == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "E." is an initial when it opens the sentence or follows a capitalised
// word or another initial ("Jonas E.", "J. R. R."); after "you and I." it is
// the pronoun.
bool LooksLikeInitial(std::string_view t, uint32_t sentence_begin, const Word& w) {
  uint32_t i = w.raw_begin;
  while (i > sentence_begin && IsSpaceAt(t, sentence_begin, i)) {
    i -= DecodeBefore(t, sentence_begin, i).len;
  }
  if (i == sentence_begin) return true;
  Word prev = WordBefore(t, sentence_begin, i);
  if (prev.begin >= prev.end) return false;
  return ClassifyInitial(DecodeAt(t, prev.begin).c) == Initial::kUpper;
}

}  // namespace

bool PeriodEndsSentence(std::string_view t, uint32_t sentence_begin, uint32_t period,
                        const NextWord& next, const Abbreviations& abbreviations) {
  if (next.initial == Initial::kLower) return false;
  Word w = WordBefore(t, sentence_begin, period);
  if (w.begin >= w.end) return true;
  std::string_view word = t.substr(w.begin, w.end - w.begin);
  std::optional<AbbreviationKind> kind = abbreviations.Find(word);
  if (!kind && IsInitialismShape(word)) kind = AbbreviationKind::kInitialism;
  if (kind) {
    bool before_number = next.initial == Initial::kDigit;
    switch (*kind) {
      case AbbreviationKind::kTitle:
      case AbbreviationKind::kInner:
        return false;
      case AbbreviationKind::kInitialism:
        return !before_number && abbreviations.IsSentenceStarter(next.letters);
      case AbbreviationKind::kNumber:
      case AbbreviationKind::kMonth:
        if (before_number) return false;
        [[fallthrough]];
      case AbbreviationKind::kOther:
        return CountWords(t, sentence_begin, period, kMinWordsBeforeAbbreviationEnd) >=
               kMinWordsBeforeAbbreviationEnd;
    }
  }
  if (IsSingleCapital(word) && LooksLikeInitial(t, sentence_begin, w)) {
    return abbreviations.IsSentenceStarter(next.letters);
  }
  return true;
}

}  // namespace newsgraph::text
