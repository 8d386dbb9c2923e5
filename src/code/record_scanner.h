// The forgiving XML-ish scanner under the validation record reader
// (code/validation_records.h): it splits a records file into text runs and
// tags, and knows nothing of what the elements mean. Internal to the
// reader.
//
//   - `<!-- ... -->` comments are skipped wherever they are; `<!...>` and
//     `<?...?>` declarations (DOCTYPE, CDATA, processing instructions) too.
//   - A '<' not followed by a letter, '_', '/', '!' or '?' is text.
//   - Element and attribute names: a letter or '_', then letters, digits,
//     '_', '-', '.', ':'. Names are returned as written (case-sensitive).
//   - Attribute values take single or double quotes (the other kind may
//     appear inside), blanks around '=' are allowed. An unquoted value runs
//     to a blank, '>' or "/>" (warned); a name without '=' has the value ""
//     (warned); a stray byte inside a tag is skipped (warned).
//   - Entities in attribute values are decoded (DecodeEntities); text runs
//     are returned raw.
//   - Lines count LF, CRLF and lone CR endings, from 1.
//
// Errors are kInvalidInput "ORIGIN:LINE: what": an unterminated comment,
// declaration, tag or quoted value, "</" without a name. Warnings are
// appended as "ORIGIN:LINE: what".
//
// Thread-safety: a Scanner is used by one thread; the functions are pure.
#ifndef NEWSGRAPH_CODE_RECORD_SCANNER_H_
#define NEWSGRAPH_CODE_RECORD_SCANNER_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::code::record_scan {

// `s` with the five XML entities (&amp; &lt; &gt; &quot; &apos;) and numeric
// references (&#65; &#x41;, naming a Unicode scalar value other than NUL)
// decoded; an '&' that starts none stays as written.
std::string DecodeEntities(std::string_view s);

// Ok when `xml` holds no NUL byte and is valid UTF-8; else kInvalidInput
// "ORIGIN:LINE: NUL byte at byte B (column C)" (or "invalid UTF-8 ..."),
// naming the first bad byte.
Status CheckBytes(std::string_view xml, std::string_view origin);

struct Attribute {
  std::string name, value;  // value entity-decoded
};

struct Tag {
  std::string_view name;              // points into the scanned input
  bool end = false;                   // </Name>
  bool self_closing = false;          // <Name ... />
  int line = 0;                       // of its '<'
  std::vector<Attribute> attributes;  // in written order, duplicates kept
};

class Scanner {
 public:
  // REQUIRES: `xml` and `origin` outlive the scanner; `warnings` not null.
  Scanner(std::string_view xml, std::string_view origin, std::vector<std::string>* warnings)
      : xml_(xml), origin_(origin), warnings_(warnings) {}

  enum class Kind { kEnd, kText, kTag };
  // The next item: a (non-empty) text run in `*text`, or a tag in `*tag`;
  // kEnd once the input is used up. After an error the scanner must not be
  // used again.
  Result<Kind> Next(std::string_view* text, Tag* tag);

  // The 1-based line of byte `pos` (cheap when positions go forward).
  int LineAt(size_t pos);
  // "ORIGIN:LINE".
  std::string Where(int line) const;
  // kInvalidInput "ORIGIN:LINE: what".
  Status Error(int line, std::string_view what) const;
  // Appends "ORIGIN:LINE: what" to the warnings.
  void Warn(int line, std::string_view what);

 private:
  bool StartsMarkup(size_t pos) const;
  Status ReadTag(Tag* tag);
  Status ReadAttributes(Tag* tag);

  std::string_view xml_;
  std::string_view origin_;
  std::vector<std::string>* warnings_;
  size_t pos_ = 0;
  size_t counted_ = 0;  // LineAt() has counted line breaks before here
  int line_ = 1;
};

}  // namespace newsgraph::code::record_scan

#endif  // NEWSGRAPH_CODE_RECORD_SCANNER_H_
