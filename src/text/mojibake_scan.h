// The mojibake repairer's scan for places worth a closer look (see
// mojibake.h, "How it decides", step 1): characters with a badness class
// (badness.h), and a badness pattern around them.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_MOJIBAKE_SCAN_H_
#define NEWSGRAPH_TEXT_MOJIBAKE_SCAN_H_

#include <cstddef>
#include <string_view>

namespace newsgraph::text {

// The first byte at or after `i` that starts a character with some badness
// class, or s.size(). Blocks of 64 bytes without a lead byte that could
// start one (ASCII, Arabic, CJK, most of Unicode) are skipped undecoded.
// REQUIRES: valid UTF-8 (a continuation byte is never taken for a lead);
// `i` on a character boundary.
size_t NextSuspect(std::string_view s, size_t i);

// Whether some badness pattern matches around the classed character at
// byte `pos`: patterns may start up to two characters before it and read
// seven, never across a line break. REQUIRES: pos < s.size().
bool BadAround(std::string_view s, size_t pos);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_MOJIBAKE_SCAN_H_
