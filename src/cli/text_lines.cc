#include "cli/text_lines.h"

namespace newsgraph::cli {

void AppendOneLine(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out->push_back(' ');
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {  // U+2028, U+2029
      out->push_back(' ');
      i += 2;
    } else {
      out->push_back(c);
    }
  }
}

}  // namespace newsgraph::cli
