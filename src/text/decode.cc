#include "text/decode.h"

#include <fmt/core.h>
#include <simdjson.h>
#include <unicode/utf8.h>

namespace newsgraph::text {

LineColumn LocateByte(std::string_view raw, size_t offset) {
  LineColumn lc;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < raw.size(); ++i) {
    if (raw[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = static_cast<uint32_t>(offset - line_start + 1);
  return lc;
}

size_t FirstInvalidUtf8(std::string_view raw) {
  // Fast path: simdjson's validator runs at many GB/s.
  if (simdjson::validate_utf8(raw.data(), raw.size())) return raw.size();
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  int32_t length = static_cast<int32_t>(raw.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    // U8_NEXT accepts surrogates? No: it yields a negative value for them.
    if (c < 0) return static_cast<size_t>(start);
  }
  return raw.size();
}

Status CheckDecodable(std::string_view raw) {
  if (raw.empty()) return Status::InvalidInput("empty input (0 bytes)");
  // Binary: a NUL byte anywhere, or more than 10% control bytes in the first
  // 4 KiB (text has almost none besides \t, \n, \r, \f).
  size_t nul = raw.find('\0');
  if (nul != std::string_view::npos) {
    LineColumn lc = LocateByte(raw, nul);
    return Status::InvalidInput(fmt::format(
        "binary data, not text: NUL byte at byte {} (line {}, column {})", nul, lc.line,
        lc.column));
  }
  size_t probe = std::min<size_t>(raw.size(), 4096), controls = 0;
  for (size_t i = 0; i < probe; ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  if (controls * 10 > probe) {
    return Status::InvalidInput(fmt::format(
        "binary data, not text: {} control bytes in the first {} bytes", controls, probe));
  }
  size_t bad = FirstInvalidUtf8(raw);
  if (bad != raw.size()) {
    LineColumn lc = LocateByte(raw, bad);
    return Status::InvalidInput(fmt::format(
        "invalid UTF-8 at byte {} (line {}, column {}): byte 0x{:02X}; "
        "convert the file to UTF-8 first (legacy encodings are not decoded yet)",
        bad, lc.line, lc.column, static_cast<unsigned char>(raw[bad])));
  }
  return Status::Ok();
}

Status CheckTextInput(std::string_view raw, std::string_view origin, size_t max_bytes) {
  if (raw.size() > max_bytes) {
    return Status::InvalidInput(fmt::format("{}: article is {} bytes, above the {} MiB limit",
                                            origin, raw.size(), max_bytes >> 20));
  }
  return CheckDecodable(raw).WithContext(origin);
}

Status CheckUtf8File(std::string_view contents, std::string_view origin) {
  size_t bad = contents.find('\0');
  std::string_view what = "NUL byte";
  if (bad == std::string_view::npos) {
    bad = FirstInvalidUtf8(contents);
    what = "invalid UTF-8";
    if (bad == contents.size()) return Status::Ok();
  }
  const LineColumn at = LocateByte(contents, bad);
  return Status::InvalidInput(std::string(origin) + ":" + std::to_string(at.line) + ": " +
                              std::string(what) + " at byte " + std::to_string(bad) +
                              " (column " + std::to_string(at.column) + ")");
}

}  // namespace newsgraph::text
