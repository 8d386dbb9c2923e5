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

// The ASCII-lower-cased bytes of `s` (at most 8) packed into an integer,
// first byte lowest.
constexpr uint64_t PackLower(std::string_view s) {
  uint64_t v = 0;
  for (size_t i = 0; i < s.size() && i < 8; ++i) {
    v |= static_cast<uint64_t>(static_cast<uint8_t>(AsciiLower(s[i]))) << (8 * i);
  }
  return v;
}

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
  // Cheap rejection first, without branches: this runs on every word. Bit x
  // of first[n] (last[n]) is set when a fused form of length n starts (ends)
  // with letter 'a' + x, in any case; other bytes land on arbitrary bits and
  // the full compare below decides.
  constexpr size_t kMaxLength = 8;  // the forms packed into 64 bits
  static_assert(std::all_of(std::begin(kFused), std::end(kFused),
                            [](const Fused& f) { return f.word.size() <= kMaxLength; }));
  struct Masks {
    std::array<uint32_t, 16> first{}, last{};  // by length; 0 past kMaxLength
  };
  static constexpr Masks kMasks = [] {
    Masks m;
    for (const Fused& f : kFused) {
      m.first[f.word.size()] |= 1u << (f.word.front() - 'a');
      m.last[f.word.size()] |= 1u << (f.word.back() - 'a');
    }
    return m;
  }();
  if (word.size() < 2) return 0;
  const size_t len = word.size() < 16 ? word.size() : 0;
  auto letter_bit = [](char c) {
    return (static_cast<uint32_t>(static_cast<uint8_t>(c) | 0x20) - 'a') & 31;
  };
  const uint32_t first = letter_bit(word.front()), last = letter_bit(word.back());
  if ((((kMasks.first[len] >> first) & (kMasks.last[len] >> last)) & 1) == 0) return 0;
  // Then one integer compare per form: the lower-cased bytes, packed (no
  // word contains a NUL byte, so the packing also tells the lengths apart).
  static constexpr auto kPacked = [] {
    std::array<uint64_t, std::size(kFused)> packed{};
    for (size_t i = 0; i < std::size(kFused); ++i) packed[i] = PackLower(kFused[i].word);
    return packed;
  }();
  const uint64_t key = PackLower(word);
  for (size_t i = 0; i < kPacked.size(); ++i) {
    if (kPacked[i] == key) return kFused[i].split;
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
