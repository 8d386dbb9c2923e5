#include "text/segmenter.h"

#include <string>


namespace newsgraph::text {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

TextRange Trim(std::string_view text, uint32_t start, uint32_t end) {
  while (start < end && IsSpaceByte(text[start])) ++start;
  while (end > start && IsSpaceByte(text[end - 1])) --end;
  return {start, end};
}

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
  auto sentences = BreakPrototype::Create(BreakKind::kSentence);
  if (!sentences.ok()) return sentences.status();
  return std::shared_ptr<const Segmenter>(new Segmenter(std::move(sentences).value()));
}

Result<std::vector<SentenceRange>> Segmenter::Split(std::string_view text) const {
  std::vector<SentenceRange> out;
  std::vector<TextRange> paragraphs = SplitParagraphs(text);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    TextRange para = paragraphs[p];
    Status s = sentences_.ForEachSegment(
        text.substr(para.start, para.end - para.start), [&](int32_t start, int32_t end, int32_t) {
          TextRange r = Trim(text, para.start + static_cast<uint32_t>(start),
                             para.start + static_cast<uint32_t>(end));
          if (r.start < r.end) out.push_back({r, p});
        });
    if (!s.ok()) return s;
  }
  return out;
}

}  // namespace newsgraph::text
