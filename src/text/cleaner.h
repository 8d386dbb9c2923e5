// Baseline text cleaning (issue 2): the minimal repairs every input needs
// before sentence splitting, each reported and each keeping the byte map.
//
//   bom         a leading U+FEFF byte-order mark is removed
//   newline     CR LF and lone CR become LF
//   control     C0/C1 control characters (other than TAB and LF) are removed
//   invisible   zero-width space, word joiner, soft hyphen, stray U+FEFF removed
//   whitespace  runs of horizontal space become one ASCII space; spaces at
//               line start/end are removed; 3+ line breaks become one blank
//               line; leading and trailing blank lines are removed
//   nfc         Unicode NFC normalisation (ICU)
//
// Mojibake, fragment rejoining, duplicate paragraphs and boilerplate are
// issue 3; this stage does not attempt them.
//
// Thread-safety: stateless; safe to call concurrently.
#ifndef NEWSGRAPH_TEXT_CLEANER_H_
#define NEWSGRAPH_TEXT_CLEANER_H_

#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"
#include "newsgraph/status.h"
#include "text/mapped_text.h"

namespace newsgraph::text {

struct CleanText {
  MappedText mapped;            // the repaired text with its map to raw bytes
  std::vector<Repair> repairs;  // in text order; spans refer to mapped.text()
};

// REQUIRES: CheckDecodable(raw).ok() (valid UTF-8).
Result<CleanText> Clean(std::string_view raw);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CLEANER_H_
