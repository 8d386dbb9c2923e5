// Stage 4 of the cleaner (see stages.h): whitespace layout.
#include "text/stages.h"

namespace newsgraph::text {

std::vector<TextEdit> FindLayoutEdits(std::string_view s) {
  std::vector<TextEdit> edits;
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = 0;
  while (i < n) {
    if (s[i] != ' ' && s[i] != '\n') {
      ++i;
      continue;
    }
    // A run of whitespace [b, i): decide what it becomes.
    uint32_t b = i, newlines = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n')) {
      if (s[i] == '\n') ++newlines;
      ++i;
    }
    std::string_view want;
    if (b == 0 || i == n) {
      want = "";  // leading or trailing whitespace of the document
    } else if (newlines >= 2) {
      want = "\n\n";
    } else if (newlines == 1) {
      want = "\n";
    } else {
      want = " ";
    }
    if (s.substr(b, i - b) != want) edits.push_back({b, i, std::string(want), "whitespace", ""});
  }
  return edits;
}

}  // namespace newsgraph::text
