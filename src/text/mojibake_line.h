// Mojibake repair of one line of code points: finds runs of mojibake
// sequences (mojibake_sequence.h) in one code page, accepts a repair only
// when it lowers the badness score (badness.h), undoes double and triple
// encodings by repairing each accepted piece again, and maps left-over C1
// controls through Windows-1252. The byte-level driver is mojibake.h; the
// decision rules are explained in docs/text-repair.md.
//
// Thread-safety: immutable after construction; Repair() is const and may be
// called concurrently.
#ifndef NEWSGRAPH_TEXT_MOJIBAKE_LINE_H_
#define NEWSGRAPH_TEXT_MOJIBAKE_LINE_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "text/code_pages.h"

namespace newsgraph::text {

struct LineEdit {
  size_t begin = 0, end = 0;  // code point indices into the line
  std::u32string replacement;
  std::vector<std::string> layers;  // outermost first: "utf-8 read as windows-1252", ...
};

// "utf-8 read as x", "double: a, then b", ...
std::string JoinLayers(const std::vector<std::string>& layers);

class LineRepairer {
 public:
  // REQUIRES: `pages` outlives the repairer and page 0 is windows-1252.
  explicit LineRepairer(const CodePageSet* pages) : pages_(pages) {}

  // Sorted, non-overlapping edits for `line` (which holds no '\n').
  //
  // Cost: every non-ASCII character may start runs that reach the end of
  // the line, so a long line where runs keep being rejected ("Ã Ã Ã ...")
  // would cost time quadratic in its length. The work per line is capped
  // at kStepsPerChar steps per character (plus kBaseSteps); once spent, no
  // further repair starts on the line (what was accepted stays). Real text
  // needs a small fraction of the cap.
  std::vector<LineEdit> Repair(std::span<const UChar32> line) const;

  static constexpr int64_t kStepsPerChar = 256;
  static constexpr int64_t kBaseSteps = 1 << 16;

 private:
  struct Island;
  struct Run;
  // The work left for one line (see Repair): steps of building runs and
  // judging islands, shared by every layer.
  struct Budget {
    int64_t left;
    void Spend(size_t steps) { left -= static_cast<int64_t>(steps); }
    bool spent() const { return left <= 0; }
  };

  Run BuildRun(size_t page, std::span<const UChar32> line, size_t start, Budget* budget) const;
  // The edits of one layer (1 = the input); accepted pieces are repaired
  // again as layer + 1, up to kMaxLayers.
  std::vector<LineEdit> RepairRuns(std::span<const UChar32> line, int layer,
                                   Budget* budget) const;
  // `text` with the edits of RepairRuns(text, layer + 1) applied; the layers
  // they explain are appended to `layers`.
  std::u32string Relayer(std::u32string text, int layer, std::vector<std::string>* layers,
                         Budget* budget) const;
  bool TryWholeLine(std::span<const UChar32> line, const Run& run, int layer,
                    std::vector<LineEdit>* edits, Budget* budget) const;
  bool TryIslands(std::span<const UChar32> line, const Run& run, size_t floor, int layer,
                  std::vector<LineEdit>* edits, Budget* budget) const;

  const CodePageSet* pages_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MOJIBAKE_LINE_H_
