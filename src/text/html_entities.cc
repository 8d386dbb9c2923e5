#include "text/html_entities.h"

#include <unicode/utf8.h>

#include <charconv>

#include "core/embedded_data.h"
#include "core/tsv.h"
#include "text/utf8_chars.h"

namespace newsgraph::text {
namespace {

constexpr std::string_view kDataFile = "text/html_entities.tsv";
constexpr size_t kMaxNameLength = 32;  // longest WHATWG name is 31 bytes

bool ValidScalar(uint32_t c) { return c != 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

}  // namespace

Result<HtmlEntityTable> HtmlEntityTable::LoadDefault() {
  auto data = EmbeddedData(kDataFile);
  if (!data.ok()) return data.status();
  return Parse(kDataFile, *data);
}

Result<HtmlEntityTable> HtmlEntityTable::Parse(std::string_view name, std::string_view tsv) {
  HtmlEntityTable table;
  Status s = ReadTsv(name, tsv, {"name", "value"}, [&](const TsvRecord& r) {
    std::string value;
    std::string_view rest = r.fields[1];
    while (!rest.empty()) {
      size_t space = rest.find(' ');
      std::string_view cp = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      uint32_t c = 0;
      if (cp.size() < 3 || !cp.starts_with("U+") ||
          std::from_chars(cp.data() + 2, cp.data() + cp.size(), c, 16).ptr !=
              cp.data() + cp.size() ||
          c > 0x10FFFF) {
        return TsvError(name, r.line, "bad code point \"" + std::string(cp) + "\"");
      }
      AppendUtf8(static_cast<UChar32>(c), &value);
    }
    if (r.fields[0].empty() || r.fields[0].size() > kMaxNameLength || value.empty()) {
      return TsvError(name, r.line, "empty or overlong entity");
    }
    table.values_.emplace(std::string(r.fields[0]), std::move(value));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return table;
}

const std::string* HtmlEntityTable::Find(std::string_view name) const {
  auto it = values_.find(std::string(name));
  return it == values_.end() ? nullptr : &it->second;
}

std::optional<std::string> DecodeReference(std::string_view text, const HtmlEntityTable& table,
                                           size_t* length) {
  if (text.size() < 3 || text[0] != '&') return std::nullopt;
  size_t semi = text.find(';', 1);
  if (semi == std::string_view::npos || semi > kMaxNameLength + 2) return std::nullopt;
  std::string_view body = text.substr(1, semi - 1);
  std::string out;
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    uint32_t c = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
    if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() ||
        !ValidScalar(c)) {
      return std::nullopt;
    }
    AppendUtf8(static_cast<UChar32>(c), &out);
  } else {
    for (char ch : body) {
      bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      if (!alnum) return std::nullopt;
    }
    const std::string* value = table.Find(body);
    if (value == nullptr) return std::nullopt;
    out = *value;
  }
  *length = semi + 1;
  return out;
}

}  // namespace newsgraph::text
