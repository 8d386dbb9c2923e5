#include "code/record_scanner.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <utility>

#include "text/decode.h"

namespace newsgraph::code::record_scan {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool IsNameChar(char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The code point of a numeric reference body ("#65", "#x41"); nullopt when
// it is not one or names no Unicode scalar value (NUL included).
std::optional<uint32_t> NumericReference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return std::nullopt;
  bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  uint32_t cp = 0;
  for (char c : digits) {
    int d = c >= '0' && c <= '9'          ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : -1;
    if (d < 0) return std::nullopt;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

}  // namespace

// `s` with XML entities decoded; an '&' that starts none stays as written.
std::string DecodeEntities(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 12) {
      out.push_back(s[i]);
      continue;
    }
    std::string_view body = s.substr(i + 1, semi - i - 1);
    auto named = std::find_if(std::begin(kNamed), std::end(kNamed),
                              [&](const auto& e) { return e.first == body; });
    if (named != std::end(kNamed)) {
      out.push_back(named->second);
    } else if (auto cp = NumericReference(body)) {
      AppendUtf8(*cp, &out);
    } else {
      out.push_back(s[i]);
      continue;
    }
    i = semi;
  }
  return out;
}

// Checks the whole input before scanning: no NUL, valid UTF-8.
Status CheckBytes(std::string_view xml, std::string_view origin) {
  return text::CheckUtf8File(xml, origin);
}

std::string Scanner::Where(int line) const { return fmt::format("{}:{}", origin_, line); }

Status Scanner::Error(int line, std::string_view what) const {
  return Status::InvalidInput(fmt::format("{}: {}", Where(line), what));
}

void Scanner::Warn(int line, std::string_view what) {
  warnings_->push_back(fmt::format("{}: {}", Where(line), what));
}

int Scanner::LineAt(size_t pos) {
  if (pos < counted_) {  // callers go forward; be safe anyway
    counted_ = 0;
    line_ = 1;
  }
  for (; counted_ < pos && counted_ < xml_.size(); ++counted_) {
    char c = xml_[counted_];
    if (c == '\n' || (c == '\r' && (counted_ + 1 >= xml_.size() || xml_[counted_ + 1] != '\n'))) {
      ++line_;
    }
  }
  return line_;
}

bool Scanner::StartsMarkup(size_t pos) const {
  if (pos + 1 >= xml_.size()) return false;
  char c = xml_[pos + 1];
  return IsNameStart(c) || c == '/' || c == '!' || c == '?';
}

Result<Scanner::Kind> Scanner::Next(std::string_view* text, Tag* tag) {
  while (pos_ < xml_.size()) {
    size_t lt = pos_;
    while ((lt = xml_.find('<', lt)) != std::string_view::npos && !StartsMarkup(lt)) ++lt;
    if (lt == std::string_view::npos) lt = xml_.size();
    if (lt > pos_) {
      *text = xml_.substr(pos_, lt - pos_);
      pos_ = lt;
      return Kind::kText;
    }
    std::string_view rest = xml_.substr(pos_);
    if (rest.starts_with("<!--")) {
      size_t close = xml_.find("-->", pos_ + 4);
      if (close == std::string_view::npos) return Error(LineAt(pos_), "unterminated comment");
      pos_ = close + 3;
    } else if (rest[1] == '!' || rest[1] == '?') {  // declaration, DOCTYPE, CDATA: skipped
      size_t close = xml_.find('>', pos_);
      if (close == std::string_view::npos) return Error(LineAt(pos_), "unterminated '<!' or '<?'");
      pos_ = close + 1;
    } else {
      NEWSGRAPH_RETURN_IF_ERROR(ReadTag(tag));
      return Kind::kTag;
    }
  }
  return Kind::kEnd;
}

Status Scanner::ReadTag(Tag* tag) {
  *tag = Tag{};
  tag->line = LineAt(pos_);
  ++pos_;  // '<'
  if (xml_[pos_] == '/') {
    tag->end = true;
    ++pos_;
  }
  size_t start = pos_;
  while (pos_ < xml_.size() && IsNameChar(xml_[pos_])) ++pos_;
  tag->name = xml_.substr(start, pos_ - start);
  if (tag->name.empty()) return Error(tag->line, "'</' without an element name");
  return ReadAttributes(tag);
}

Status Scanner::ReadAttributes(Tag* tag) {
  const std::string name(tag->name);
  auto skip_blanks = [&] {
    while (pos_ < xml_.size() && IsBlank(xml_[pos_])) ++pos_;
  };
  while (true) {
    skip_blanks();
    if (pos_ >= xml_.size()) return Error(tag->line, "unterminated <" + name + "> tag");
    char c = xml_[pos_];
    if (c == '>') {
      ++pos_;
      return Status::Ok();
    }
    if (c == '/' && pos_ + 1 < xml_.size() && xml_[pos_ + 1] == '>') {
      tag->self_closing = true;
      pos_ += 2;
      return Status::Ok();
    }
    if (!IsNameStart(c)) {
      Warn(tag->line, fmt::format("unexpected '{}' in <{}> ignored", c, name));
      ++pos_;
      continue;
    }
    size_t start = pos_;
    while (pos_ < xml_.size() && IsNameChar(xml_[pos_])) ++pos_;
    Attribute attribute{std::string(xml_.substr(start, pos_ - start)), ""};
    skip_blanks();
    if (pos_ >= xml_.size() || xml_[pos_] != '=') {
      Warn(tag->line, fmt::format("attribute '{}' of <{}> has no value", attribute.name, name));
      tag->attributes.push_back(std::move(attribute));
      continue;
    }
    ++pos_;  // '='
    skip_blanks();
    if (pos_ < xml_.size() && (xml_[pos_] == '"' || xml_[pos_] == '\'')) {
      size_t close = xml_.find(xml_[pos_], pos_ + 1);
      if (close == std::string_view::npos) {
        return Error(tag->line, fmt::format("unterminated value of attribute '{}' of <{}>",
                                            attribute.name, name));
      }
      attribute.value = DecodeEntities(xml_.substr(pos_ + 1, close - pos_ - 1));
      pos_ = close + 1;
    } else {
      start = pos_;
      while (pos_ < xml_.size() && !IsBlank(xml_[pos_]) && xml_[pos_] != '>' &&
             !xml_.substr(pos_).starts_with("/>")) {
        ++pos_;
      }
      attribute.value = DecodeEntities(xml_.substr(start, pos_ - start));
      Warn(tag->line,
           fmt::format("unquoted value of attribute '{}' of <{}>", attribute.name, name));
    }
    tag->attributes.push_back(std::move(attribute));
  }
}

}  // namespace newsgraph::code::record_scan
