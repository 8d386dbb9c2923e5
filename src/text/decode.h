// Input decoding: decides whether raw bytes are text we can analyse.
//
// Baseline (issue 2): accepts UTF-8 only. Rejects empty input, binary data
// (NUL bytes or a high share of control bytes) and invalid UTF-8, each with a
// message that gives the byte offset, line and column. Mojibake repair and
// legacy encodings come with issue 3.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_TEXT_DECODE_H_
#define NEWSGRAPH_TEXT_DECODE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph::text {

// Returns OK when `raw` is non-empty, non-binary, valid UTF-8 text.
// Messages are prefixed with nothing: callers add the input's name.
Status CheckDecodable(std::string_view raw);

// Line and column (both 1-based, column in bytes) of byte `offset` in `raw`.
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};
LineColumn LocateByte(std::string_view raw, size_t offset);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence,
// or raw.size() when all of it is valid.
size_t FirstInvalidUtf8(std::string_view raw);

// CheckDecodable() plus a size cap: kInvalidInput naming `origin` when `raw`
// is longer than `max_bytes` or not decodable. Every entry point into the
// text stage (TextProcessor, Analyzer) calls this first.
Status CheckTextInput(std::string_view raw, std::string_view origin, size_t max_bytes);

// For dictionaries and other line-based files (empty ones allowed): OK, or
// kInvalidInput "ORIGIN:LINE: NUL byte|invalid UTF-8 at byte B (column C)"
// for the first NUL byte, else the first invalid UTF-8 byte.
Status CheckUtf8File(std::string_view contents, std::string_view origin);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_DECODE_H_
