#include "extract/name_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <string>

namespace newsgraph::extract {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <size_t N>
bool Contains(const std::string_view (&sorted)[N], std::string_view word) {
  return std::binary_search(std::begin(sorted), std::end(sorted), word);
}

// Both lists are sorted for binary search.
constexpr std::string_view kFunctionWords[] = {
    "a",        "about",    "according", "after",    "again",     "against",   "all",
    "also",     "although", "among",     "an",       "and",       "another",   "any",
    "april",    "are",      "as",        "at",       "august",    "be",        "because",
    "been",     "before",   "being",     "between",  "both",      "but",       "by",
    "can",      "could",    "december",  "despite",  "did",       "do",        "does",
    "during",   "each",     "eight",     "either",   "even",      "every",     "february",
    "few",      "first",    "five",      "for",      "four",      "friday",    "from",
    "had",      "has",      "have",      "he",       "her",       "here",      "hers",
    "his",      "how",      "however",   "i",        "if",        "in",        "into",
    "is",       "it",       "it's",      "its",      "january",   "july",      "june",
    "just",     "last",     "many",      "march",    "may",       "meanwhile", "monday",
    "more",     "most",     "mr",        "mrs",      "ms",        "my",        "neither",
    "next",     "nine",     "no",        "nor",      "not",       "november",  "now",
    "october",  "of",       "on",        "once",     "one",       "only",      "or",
    "other",    "our",      "over",      "saturday", "september", "seven",     "she",
    "should",   "since",    "six",       "so",       "some",      "still",     "such",
    "sunday",   "ten",      "than",      "that",     "the",       "their",     "them",
    "then",     "there",    "therefore", "these",    "they",      "this",      "those",
    "though",   "three",    "through",   "thursday", "thus",      "to",        "today",
    "tomorrow", "tonight",  "toward",    "towards",  "tuesday",   "two",       "under",
    "until",    "upon",     "us",        "was",      "we",        "we're",     "wednesday",
    "were",     "what",     "when",      "where",    "whether",   "which",     "while",
    "who",      "whom",     "whose",     "why",      "will",      "with",      "within",
    "without",  "would",    "yesterday", "yet",      "you",       "your",
};

constexpr std::string_view kConnectors[] = {
    "al", "bin", "da", "de", "del", "della", "der", "di",  "du",
    "el", "ibn", "la", "le", "of",  "the",   "van", "von", "y",
};

static_assert(std::is_sorted(std::begin(kFunctionWords), std::end(kFunctionWords)));
static_assert(std::is_sorted(std::begin(kConnectors), std::end(kConnectors)));

}  // namespace

std::vector<text::Token> SplitPossessives(std::string_view text,
                                          const std::vector<text::Token>& tokens) {
  std::vector<text::Token> out;
  out.reserve(tokens.size());
  for (const text::Token& t : tokens) {
    std::string_view s = text.substr(t.start, t.end - t.start);
    size_t clitic = 0;
    if (t.kind == text::TokenKind::kWord) {
      if (s.size() > 2 && (s.ends_with("'s") || s.ends_with("'S"))) clitic = 2;
      if (s.size() > 4 && s.ends_with("\xE2\x80\x99s")) clitic = 4;  // ’s
    }
    if (clitic == 0) {
      out.push_back(t);
      continue;
    }
    uint32_t cut = t.end - static_cast<uint32_t>(clitic);
    out.push_back({t.start, cut, t.kind});
    out.push_back({cut, t.end, text::TokenKind::kPunct});
  }
  return out;
}

bool IsCapitalized(std::string_view token_text) {
  if (token_text.empty()) return false;
  const auto* b = reinterpret_cast<const uint8_t*>(token_text.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(b, i, static_cast<int32_t>(token_text.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool IsFunctionWord(std::string_view token_text) {
  return Contains(kFunctionWords, AsciiLower(token_text));
}

bool IsNameConnector(std::string_view token_text) { return Contains(kConnectors, token_text); }

}  // namespace newsgraph::extract
