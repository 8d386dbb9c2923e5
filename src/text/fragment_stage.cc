// Stage 5 of the cleaner (see stages.h): rejoining shattered paragraphs.
//
// Machine translation and copy-paste often break one sentence over several
// "paragraphs": "... to fight ISIS\n\n, and had an influential role\n\n,
// will be discussed\n\n." A paragraph that starts with punctuation that can
// only continue a sentence, or with a lower-case letter after a paragraph
// that did not end a sentence, is joined to the one before it.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/byte_masks.h"
#include "text/stages.h"

namespace newsgraph::text {
namespace {

bool IsContinuationPunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == ')' ||
         c == ']';
}

bool EndsSentence(std::string_view before) {
  if (before.empty()) return true;
  char last = before.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
         before.ends_with("\xE2\x80\x9D") /* ” */ || before.ends_with("\xD8\x9F") /* ؟ */;
}

bool StartsLowercase(std::string_view after) {
  const auto* b = reinterpret_cast<const uint8_t*>(after.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(b, i, static_cast<int32_t>(after.size()), c);
  return c >= 0 && u_islower(c);
}

}  // namespace

std::vector<TextEdit> FindFragmentEdits(std::string_view text) {
  std::vector<TextEdit> edits;
  for (size_t pos = bytes::FindParagraphBreak(text, 0); pos != std::string_view::npos;
       pos = bytes::FindParagraphBreak(text, pos + 2)) {
    std::string_view before = text.substr(0, pos);
    std::string_view after = text.substr(pos + 2);
    if (after.empty()) break;
    auto at = static_cast<uint32_t>(pos);
    if (IsContinuationPunct(after.front())) {
      edits.push_back({at, at + 2, "", "paragraph_join", "paragraph starts with punctuation"});
    } else if (!EndsSentence(before) && StartsLowercase(after)) {
      edits.push_back({at, at + 2, " ", "paragraph_join", "paragraph starts in lower case"});
    }
  }
  return edits;
}

}  // namespace newsgraph::text
