#include "text/segmenter.h"

#include <limits>

#include "text/segmenter_scan.h"
#include "text/sentence_rules.h"

namespace newsgraph::text {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

TextRange Trim(std::string_view text, uint32_t start, uint32_t end) {
  while (start < end && IsSpaceByte(text[start])) ++start;
  while (end > start && IsSpaceByte(text[end - 1])) --end;
  return {start, end};
}

// A rough sentence count to reserve for: news sentences average well over
// 100 bytes.
constexpr size_t kBytesPerSentenceGuess = 96;

// The next non-empty paragraph at or after *pos, trimmed; false when there is
// none. Advances *pos past it and the white space after it.
// REQUIRES: text.size() < 2^32.
bool NextParagraph(std::string_view text, uint32_t* pos, TextRange* out) {
  const auto n = static_cast<uint32_t>(text.size());
  while (*pos < n) {
    uint32_t end = FindBlankLine(text, *pos);
    TextRange r = Trim(text, *pos, end);
    *pos = end;
    while (*pos < n && IsSpaceByte(text[*pos])) ++*pos;
    if (r.start < r.end) {
      *out = r;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<TextRange> SplitParagraphs(std::string_view text) {
  std::vector<TextRange> out;
  uint32_t pos = 0;
  for (TextRange r; NextParagraph(text, &pos, &r);) out.push_back(r);
  return out;
}

Result<std::shared_ptr<const Segmenter>> Segmenter::Create() {
  auto abbreviations = Abbreviations::Default();
  if (!abbreviations.ok()) return abbreviations.status();
  return Create(std::move(abbreviations).value());
}

std::shared_ptr<const Segmenter> Segmenter::Create(Abbreviations abbreviations) {
  return Create(std::make_shared<const Abbreviations>(std::move(abbreviations)));
}

std::shared_ptr<const Segmenter> Segmenter::Create(
    std::shared_ptr<const Abbreviations> abbreviations) {
  return std::shared_ptr<const Segmenter>(new Segmenter(std::move(abbreviations)));
}

Result<std::vector<SentenceRange>> Segmenter::Split(std::string_view text) const {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("text too large to segment (offsets are 32-bit)");
  }
  std::vector<SentenceRange> out;
  out.reserve(text.size() / kBytesPerSentenceGuess + 1);
  // The paragraphs as SplitParagraphs() finds them, without collecting them.
  uint32_t pos = 0, index = 0;
  for (TextRange r; NextParagraph(text, &pos, &r); ++index) {
    SplitParagraph(text, r, index, *abbreviations_, &out);
  }
  return out;
}

}  // namespace newsgraph::text
