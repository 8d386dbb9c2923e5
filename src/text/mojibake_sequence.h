// One mojibake sequence: the characters that a single code page produced
// from the bytes of one UTF-8 (or CESU-8) encoded character. This is the
// unit the repairer chains into runs; see mojibake.h.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_MOJIBAKE_SEQUENCE_H_
#define NEWSGRAPH_TEXT_MOJIBAKE_SEQUENCE_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <span>

#include "text/code_pages.h"

namespace newsgraph::text {

enum class SequenceKind : uint8_t {
  kUtf8,     // every byte is there
  kCesu,     // a surrogate pair encoded as 3+3 bytes (CESU-8 / Java)
  kLossy,    // a continuation byte was lost and shows as U+FFFD or '?'
  kSpaceA0,  // byte 0xA0 (no-break space) was turned into a plain space
  kAGrave,   // "Ã " standing for "à ": the 0xA0 merged with the following space
};

struct Sequence {
  uint32_t chars = 0;  // characters consumed; 0 = no sequence here
  UChar32 out = -1;    // the character it stands for (U+FFFD for kLossy)
  SequenceKind kind = SequenceKind::kUtf8;
};

// The sequence that starts at text[i] in page `page`, if any. Only
// sequences that decode to an assigned character count (C1 controls
// included: see IsCleanOutput). `allow_lossy` admits kLossy sequences.
// REQUIRES: i < text.size(), page < pages.size().
Sequence MatchSequence(const CodePageSet& pages, size_t page, std::span<const UChar32> text,
                       size_t i, bool allow_lossy);

// True when text[i] is, in `page`, a UTF-8 lead byte (0xC2-0xF4).
bool IsLeadChar(const CodePageSet& pages, size_t page, UChar32 c);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MOJIBAKE_SEQUENCE_H_
