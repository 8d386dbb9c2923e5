#include "lang/language_id.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace newsgraph::lang {
namespace {

// The most frequent English function words; in English news they make up
// roughly a quarter to a third of all words, in other Latin-script languages
// only a few percent (shared spellings such as "a", "in").
constexpr std::array<std::string_view, 24> kEnglishFunctionWords = {
    "the", "of",   "and",  "to",   "in",   "a",    "is",  "that",
    "for", "it",   "on",   "was",  "with", "he",   "as",  "by",
    "at",  "from", "his",  "have", "are",  "this", "has", "said"};

bool IsEnglishFunctionWord(const std::string& lower) {
  for (std::string_view w : kEnglishFunctionWords) {
    if (lower == w) return true;
  }
  return false;
}

}  // namespace

std::string IdentifyLanguage(std::string_view text) {
  const auto* b = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size()), i = 0;
  size_t latin = 0, arabic = 0, other = 0, words = 0, english = 0;
  std::string word;
  auto end_word = [&]() {
    if (word.empty()) return;
    ++words;
    if (IsEnglishFunctionWord(word)) ++english;
    word.clear();
  };
  while (i < n) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0 || !u_isalpha(c)) {
      end_word();
      continue;
    }
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &err);
    if (script == USCRIPT_LATIN) {
      ++latin;
      if (c < 0x80) word.push_back(static_cast<char>(u_tolower(c)));
      else word.push_back('#');  // non-ASCII letter: cannot be an English function word
    } else {
      end_word();
      if (script == USCRIPT_ARABIC) ++arabic;
      else ++other;
    }
  }
  end_word();
  size_t letters = latin + arabic + other;
  if (letters == 0) return "und";
  if (arabic * 2 > letters) return "ar";
  if (latin * 2 > letters && words >= 5 && english * 8 >= words) return "en";  // >= 12.5%
  return "und";
}

}  // namespace newsgraph::lang
