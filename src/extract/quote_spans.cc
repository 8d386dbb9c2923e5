#include "extract/quote_spans.h"

#include <optional>

namespace newsgraph::extract {
namespace {

enum class Mark {
  kStraight,     // "   opens or closes
  kDoubleOpen,   // “ (also closes a „ quote, German style)
  kLowOpen,      // „
  kDoubleClose,  // ”
  kGuillOpen,    // «
  kGuillClose,   // »
  kSingleOpen,   // ‘
  kSingleClose,  // ’ (also the apostrophe)
};

struct MarkAt {
  Mark mark;
  uint32_t length;
};

std::optional<MarkAt> MarkAtPos(std::string_view s, uint32_t i) {
  const auto b = [&](uint32_t k) { return static_cast<unsigned char>(s[k]); };
  if (s[i] == '"') return MarkAt{Mark::kStraight, 1};
  if (i + 1 < s.size() && b(i) == 0xC2) {
    if (b(i + 1) == 0xAB) return MarkAt{Mark::kGuillOpen, 2};
    if (b(i + 1) == 0xBB) return MarkAt{Mark::kGuillClose, 2};
  }
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80) {
    switch (b(i + 2)) {
      case 0x9C:
        return MarkAt{Mark::kDoubleOpen, 3};
      case 0x9E:
        return MarkAt{Mark::kLowOpen, 3};
      case 0x9D:
        return MarkAt{Mark::kDoubleClose, 3};
      case 0x98:
        return MarkAt{Mark::kSingleOpen, 3};
      case 0x99:
        return MarkAt{Mark::kSingleClose, 3};
      default:
        break;
    }
  }
  return std::nullopt;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A letter or digit for the purpose of telling marks from apostrophes and
// inch signs: ASCII alphanumerics and any non-ASCII byte (letters of other
// scripts; marks themselves are checked before this is asked).
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool SpaceOrEdgeBefore(std::string_view s, uint32_t begin, uint32_t i) {
  if (i == begin) return true;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  return IsSpace(c) || c == '(' || c == '[' || c == '-' || c == '/';
}

bool SpaceOrEdgeAfter(std::string_view s, uint32_t end, uint32_t i) {
  return i >= end || IsSpace(static_cast<unsigned char>(s[i]));
}

// Whether an opening mark of `open` is closed by `m` at position i.
bool Closes(Mark open, Mark m, std::string_view s, uint32_t end, uint32_t i, uint32_t len) {
  switch (open) {
    case Mark::kStraight:
    case Mark::kDoubleOpen:
      // Mixed pairs ("…” and “…") are common enough in scraped text.
      return m == Mark::kStraight || m == Mark::kDoubleClose;
    case Mark::kLowOpen:  // „…“ and „…”
      return m == Mark::kStraight || m == Mark::kDoubleClose || m == Mark::kDoubleOpen;
    case Mark::kGuillOpen:
      return m == Mark::kGuillClose;
    case Mark::kSingleOpen:
      // ’ inside a word is an apostrophe ("don’t"); a closing ’ is followed
      // by a non-word character.
      return m == Mark::kSingleClose &&
             (i + len >= end || !IsWordByte(static_cast<unsigned char>(s[i + len])));
    default:
      return false;
  }
}

// Whether mark `m` at i opens a quote when none is open.
bool Opens(Mark m, std::string_view s, uint32_t begin, uint32_t end, uint32_t i, uint32_t len) {
  switch (m) {
    case Mark::kStraight:
      // Not an inch sign (5") and not a stray closer followed by space.
      return !SpaceOrEdgeAfter(s, end, i + len) &&
             (i == begin || static_cast<unsigned char>(s[i - 1]) >= 0x80 ||
              !IsWordByte(static_cast<unsigned char>(s[i - 1])));
    case Mark::kDoubleOpen:
    case Mark::kLowOpen:
    case Mark::kGuillOpen:
      return true;
    case Mark::kSingleOpen:
      return SpaceOrEdgeBefore(s, begin, i) && !SpaceOrEdgeAfter(s, end, i + len);
    default:
      return false;
  }
}

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<QuotedSpan> out;
  std::optional<Mark> open;
  QuotedSpan cur;
  const auto finish = [&](uint32_t words_end, uint32_t close, bool closed) {
    uint32_t a = cur.start, b = words_end;
    while (a < b && IsSpace(static_cast<unsigned char>(text[a]))) ++a;
    while (b > a && IsSpace(static_cast<unsigned char>(text[b - 1]))) --b;
    if (a < b) {
      cur.start = a;
      cur.end = b;
      cur.close = close;
      cur.closed = closed;
      out.push_back(cur);
    }
    open.reset();
  };
  for (uint32_t i = begin; i < end;) {
    const std::optional<MarkAt> m = MarkAtPos(text.substr(0, end), i);
    if (!m) {
      ++i;
      continue;
    }
    if (open) {
      if (Closes(*open, m->mark, text, end, i, m->length)) {
        finish(i, i + m->length, true);
      }
    } else if (Opens(m->mark, text, begin, end, i, m->length)) {
      open = m->mark;
      cur = QuotedSpan{};
      cur.open = i;
      cur.start = i + m->length;
    }
    i += m->length;
  }
  if (open) finish(end, end, false);
  return out;
}

}  // namespace newsgraph::extract
