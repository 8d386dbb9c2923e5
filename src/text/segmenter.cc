#include "text/segmenter.h"

#include <limits>

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

}  // namespace

std::vector<TextRange> SplitParagraphs(std::string_view text) {
  std::vector<TextRange> out;
  uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t start = 0;
  while (start < n) {
    size_t brk = text.find("\n\n", start);
    uint32_t end = brk == std::string_view::npos ? n : static_cast<uint32_t>(brk);
    TextRange r = Trim(text, start, end);
    if (r.start < r.end) out.push_back(r);
    start = end;
    while (start < n && IsSpaceByte(text[start])) ++start;
  }
  return out;
}

Result<std::shared_ptr<const Segmenter>> Segmenter::Create() {
  auto abbreviations = Abbreviations::LoadDefault();
  if (!abbreviations.ok()) return abbreviations.status();
  return Create(std::move(abbreviations).value());
}

std::shared_ptr<const Segmenter> Segmenter::Create(Abbreviations abbreviations) {
  return std::shared_ptr<const Segmenter>(new Segmenter(std::move(abbreviations)));
}

Result<std::vector<SentenceRange>> Segmenter::Split(std::string_view text) const {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("text too large to segment (offsets are 32-bit)");
  }
  std::vector<SentenceRange> out;
  out.reserve(text.size() / kBytesPerSentenceGuess + 1);
  std::vector<TextRange> paragraphs = SplitParagraphs(text);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    SplitParagraph(text, paragraphs[p], p, abbreviations_, &out);
  }
  return out;
}

}  // namespace newsgraph::text
