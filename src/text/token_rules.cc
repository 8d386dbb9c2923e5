#include "text/token_rules.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "text/char_class.h"

namespace newsgraph::text {
namespace {

// True when `s` equals the lower-case ASCII `lower` in any ASCII case.
bool EqualsFolded(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool InFolded(const std::string_view (&list)[N], std::string_view s) {
  return std::any_of(std::begin(list), std::end(list),
                     [&](std::string_view w) { return EqualsFolded(s, w); });
}

// Kept whole in EWT train (count whole vs split): e 38/2, non 28/0,
// pre 15/0, anti 14/0, mid 13/0, re 13/0, post 7/0, co 7/0, pro 5/0,
// multi 5/0, ex 4/0, sub 3/1, semi 3/0; the rest are rarer but regular.
constexpr std::string_view kHyphenPrefixes[] = {
    "anti",   "co",    "counter", "cross", "e",   "ex",    "extra", "inter", "intra",
    "macro",  "micro", "mid",     "multi", "neo", "non",   "post",  "pre",   "pro",
    "psycho", "re",    "semi",    "socio", "sub", "super", "trans", "ultra", "un",
};

constexpr std::string_view kClitics[] = {"s", "m", "d", "ll", "re", "ve"};

constexpr std::string_view kTopLevelDomains[] = {
    "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "uk", "us",
    "de",  "fr",  "ru",  "cn",  "jp",  "au",  "ca",  "in",   "iq",  "sa", "ae", "eu",
    "tv",  "me",  "ly",  "ir",  "eg",  "qa",  "kw",  "jo",   "lb",  "sy", "tr", "il",
};

struct Fused {
  std::string_view word;
  uint32_t split;
};
// EWT splits these fused forms into two words, the second a clitic; the
// apostrophe-less negations ("dont" -> "do" "nt") are common in web text.
constexpr Fused kFused[] = {
    {"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3},   {"outta", 3},   {"dont", 2},
    {"doesnt", 4}, {"didnt", 3}, {"isnt", 2},  {"wasnt", 3},   {"arent", 3},   {"werent", 4},
    {"havent", 4}, {"hasnt", 3}, {"hadnt", 3}, {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6},
    {"cant", 2},   {"aint", 2},  {"im", 1},    {"ive", 1},     {"alot", 1},
};

// Digits at the start of `s` (at most 6).
size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && j - i < 6 && IsAsciiDigit(s[j])) ++j;
  return j - i;
}

}  // namespace

bool IsHyphenPrefix(std::string_view word) {
  return word.size() <= 7 && InFolded(kHyphenPrefixes, word);
}

bool IsApostropheClitic(std::string_view letters) {
  return letters.size() <= 2 && InFolded(kClitics, letters);
}

uint32_t FusedSplit(std::string_view word) {
  // Cheap rejection first: this runs on every word.
  if (word.size() < 2 || word.size() > 8) return 0;
  char last = AsciiLower(word.back());
  if (last != 't' && last != 'a' && last != 'm' && last != 'e') return 0;
  char first = AsciiLower(word[0]);
  constexpr uint32_t kFirstLetters = [] {
    uint32_t mask = 0;
    for (const Fused& f : kFused) mask |= 1u << (f.word[0] - 'a');
    return mask;
  }();
  if (first < 'a' || first > 'z' || (kFirstLetters & (1u << (first - 'a'))) == 0) return 0;
  for (const Fused& f : kFused) {
    if (f.word[0] != first || f.word.size() != word.size()) continue;
    if (EqualsFolded(word, f.word)) return f.split;
  }
  return 0;
}

bool KeepsNumberSuffix(std::string_view suffix) {
  if (suffix.size() == 1 && IsAsciiUpper(suffix[0])) {
    return suffix[0] != 'M' && suffix[0] != 'K' && suffix[0] != 'B';
  }
  return EqualsFolded(suffix, "s") || EqualsFolded(suffix, "st") || EqualsFolded(suffix, "nd") ||
         EqualsFolded(suffix, "rd") || EqualsFolded(suffix, "th");
}

uint32_t UrlPrefixLength(std::string_view s) {
  static constexpr std::string_view kPrefixes[] = {"http://", "https://", "ftp://",
                                                   "mailto:", "www."};
  // Cheap rejection first: this runs on every word.
  if (s.size() < 5) return 0;
  char first = AsciiLower(s[0]), second = AsciiLower(s[1]);
  if (!((first == 'h' && second == 't') || (first == 'f' && second == 't') ||
        (first == 'm' && second == 'a') || (first == 'w' && second == 'w'))) {
    return 0;
  }
  for (std::string_view p : kPrefixes) {
    if (s.size() > p.size() && EqualsFolded(s.substr(0, p.size()), p)) {
      return static_cast<uint32_t>(p.size());
    }
  }
  return 0;
}

bool IsTopLevelDomain(std::string_view label) {
  return label.size() >= 2 && label.size() <= 4 && InFolded(kTopLevelDomains, label);
}

uint32_t PhoneNumberLength(std::string_view s) {
  std::array<size_t, 5> groups{};
  size_t n = 0, i = 0;
  while (n < groups.size()) {
    size_t d = DigitRun(s, i);
    if (d == 0) return 0;
    groups[n++] = d;
    i += d;
    if (i + 1 < s.size() && s[i] == '-' && IsAsciiDigit(s[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (i < s.size() && (IsAsciiDigit(s[i]) || IsAsciiAlpha(s[i]))) return 0;
  using G = std::array<size_t, 5>;
  static constexpr G kShapes[] = {{3, 4}, {3, 3, 4}, {1, 3, 3, 4}, {5, 4}, {1, 4}};
  G got{};
  std::copy(groups.begin(), groups.begin() + static_cast<long>(n), got.begin());
  for (const G& shape : kShapes) {
    if (shape == got) return static_cast<uint32_t>(i);
  }
  return 0;
}

}  // namespace newsgraph::text
