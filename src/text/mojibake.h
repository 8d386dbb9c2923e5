// Mojibake repair: finds text that is UTF-8 decoded with the wrong
// single-byte code page (once, twice or three times; whole or as islands in
// good text; CESU-8; with lost bytes) and says how to undo it. Every fix is
// an edit with its byte range, replacement and encoding path, so the caller
// (the cleaner) keeps the byte map. How it decides: docs/text-repair.md.
//
// Cost: clean text costs one scan. A line is only decoded and examined
// when a badness pattern (badness.h) matches in it, and only repaired when
// the repair lowers the badness score.
//
// Thread-safety: a MojibakeRepairer is immutable after Create(); Find() and
// Fix() are const and may be called concurrently.
#ifndef NEWSGRAPH_TEXT_MOJIBAKE_H_
#define NEWSGRAPH_TEXT_MOJIBAKE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"
#include "text/code_pages.h"
#include "text/mojibake_line.h"

namespace newsgraph::text {

struct MojibakeEdit {
  uint32_t begin = 0, end = 0;  // byte range in the input, on code point boundaries
  std::string replacement;      // valid UTF-8
  std::string encoding_path;    // "utf-8 read as windows-1252", "double: ...", ...
};

class MojibakeRepairer {
 public:
  // Builds the code page tables from ICU (code_pages.h).
  static Result<std::shared_ptr<const MojibakeRepairer>> Create();

  // Sorted, non-overlapping edits that undo mojibake in `utf8`.
  // REQUIRES: `utf8` is valid UTF-8 (lines that are not are left alone)
  // and shorter than 4 GiB.
  std::vector<MojibakeEdit> Find(std::string_view utf8) const;

  // `utf8` with every edit of Find() applied.
  std::string Fix(std::string_view utf8) const;

 private:
  explicit MojibakeRepairer(CodePageSet pages)
      : pages_(std::move(pages)), lines_(&pages_) {}
  void RepairLine(std::string_view text, uint32_t begin, uint32_t end,
                  std::vector<MojibakeEdit>* out) const;

  CodePageSet pages_;
  LineRepairer lines_;  // points into pages_
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MOJIBAKE_H_
