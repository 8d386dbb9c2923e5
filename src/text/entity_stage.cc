// Stage 1 of the cleaner (see stages.h): HTML character references.
#include <string>

#include "text/stages.h"

namespace newsgraph::text {

std::vector<TextEdit> FindEntityEdits(std::string_view text, const HtmlEntityTable& table) {
  std::vector<TextEdit> edits;
  for (size_t pos = text.find('&'); pos != std::string_view::npos; pos = text.find('&', pos + 1)) {
    size_t length = 0;
    auto value = DecodeReference(text.substr(pos), table, &length);
    if (!value.has_value()) continue;
    auto begin = static_cast<uint32_t>(pos);
    edits.push_back(
        {begin, begin + static_cast<uint32_t>(length), std::move(*value), "html_entity", ""});
    pos += length - 1;
  }
  return edits;
}

}  // namespace newsgraph::text
