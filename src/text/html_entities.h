// HTML character references: the named table (data/text/html_entities.tsv,
// generated from the WHATWG list) and decoding of one reference.
//
// Thread-safety: immutable after Load; lookups may run concurrently.
#ifndef NEWSGRAPH_TEXT_HTML_ENTITIES_H_
#define NEWSGRAPH_TEXT_HTML_ENTITIES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsgraph/status.h"

namespace newsgraph::text {

class HtmlEntityTable {
 public:
  // The table compiled into the library.
  static Result<HtmlEntityTable> LoadDefault();
  // `name` prefixes errors ("text/html_entities.tsv:12: ...").
  static Result<HtmlEntityTable> Parse(std::string_view name, std::string_view tsv);

  // UTF-8 value of "&name;" (name without & and ;), or nullptr.
  const std::string* Find(std::string_view name) const;
  size_t size() const { return values_.size(); }

 private:
  std::unordered_map<std::string, std::string> values_;
};

// Decodes the reference starting at text[0] == '&'. On success returns the
// UTF-8 value and sets *length to the bytes consumed (including '&' and ';').
// Numeric references to surrogates, U+0000 or beyond U+10FFFF are not
// decoded (left as written). Requires the terminating ';'.
std::optional<std::string> DecodeReference(std::string_view text, const HtmlEntityTable& table,
                                           size_t* length);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_HTML_ENTITIES_H_
