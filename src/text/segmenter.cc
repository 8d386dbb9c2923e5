#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <string>

#include "text/utext_util.h"

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

Segmenter::~Segmenter() = default;

Result<std::shared_ptr<const Segmenter>> Segmenter::Create() {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), err));
  if (U_FAILURE(err) || !it) {
    return Status::Internal(std::string("ICU sentence iterator: ") + u_errorName(err));
  }
  std::shared_ptr<Segmenter> s(new Segmenter());
  s->prototype_ = std::move(it);
  return std::shared_ptr<const Segmenter>(std::move(s));
}

Result<std::vector<SentenceRange>> Segmenter::Split(std::string_view text) const {
  std::vector<SentenceRange> out;
  std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
  if (!it) return Status::Internal("ICU break iterator clone failed");
  std::vector<TextRange> paragraphs = SplitParagraphs(text);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    TextRange para = paragraphs[p];
    std::string_view block = text.substr(para.start, para.end - para.start);
    Utf8Text ut(block);
    if (!ut.ok()) return Status::Internal(std::string("ICU UText: ") + u_errorName(ut.status()));
    UErrorCode err = U_ZERO_ERROR;
    it->setText(ut.get(), err);
    if (U_FAILURE(err)) return Status::Internal(std::string("ICU setText: ") + u_errorName(err));
    int32_t prev = it->first();
    for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
      TextRange r = Trim(text, para.start + static_cast<uint32_t>(prev),
                         para.start + static_cast<uint32_t>(next));
      if (r.start < r.end) out.push_back({r, p});
      prev = next;
    }
  }
  return out;
}

}  // namespace newsgraph::text
