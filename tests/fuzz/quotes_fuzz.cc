// Fuzz target: the quotes stage on arbitrary valid UTF-8, prepared as the
// Analyzer does (clean, split, tokenize, tag and parse, find entities).
// Properties: ids run Q1, Q2, ... in text order; every span is non-empty,
// inside the text and the raw input, and slices to the quote's text; the
// quote starts in its sentence; a cue has a cue span; a direct quote never
// runs past its paragraph.
#include <fmt/core.h>

#include <memory>
#include <string_view>

#include "core/document.h"
#include "core/document_words.h"
#include "extract/entity_finder.h"
#include "extract/quotes.h"
#include "fuzz_target.h"
#include "lang/annotator.h"
#include "text/cleaner.h"
#include "text/decode.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace ng = newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  struct Resources {
    std::shared_ptr<const ng::text::Segmenter> segmenter;
    std::shared_ptr<const ng::text::Tokenizer> tokenizer;
    std::shared_ptr<const ng::lang::Annotator> annotator;
    std::shared_ptr<const ng::extract::EntityFinder> entities;
    std::shared_ptr<const ng::extract::QuoteCues> cues;
  };
  static const Resources r = [] {
    auto segmenter = ng::text::Segmenter::Create();
    auto tokenizer = ng::text::Tokenizer::Create();
    auto annotator = ng::lang::Annotator::CreateDefault();
    auto entities = ng::extract::EntityFinder::CreateDefault();
    auto cues = ng::extract::QuoteCues::Default();
    FUZZ_CHECK(segmenter.ok() && tokenizer.ok() && annotator.ok() && entities.ok() && cues.ok());
    return Resources{*segmenter, *tokenizer, *annotator, *entities, *cues};
  }();
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (ng::text::FirstInvalidUtf8(raw) != raw.size()) return 0;
  auto cleaned = ng::text::Clean(raw);
  if (!cleaned.ok()) return 0;
  ng::Document doc;
  doc.mapped = std::move(cleaned->mapped);
  auto sentences = r.segmenter->Split(doc.text());
  FUZZ_CHECK(sentences.ok());
  doc.sentences = std::move(sentences).value();
  for (const ng::text::SentenceRange& s : doc.sentences) {
    auto tokens = r.tokenizer->Tokenize(doc.text(), s.range.start, s.range.end);
    FUZZ_CHECK(tokens.ok());
    doc.tokens.push_back(std::move(tokens).value());
  }
  doc.language = "en";
  ng::AnnotateWords(*r.annotator, &doc);
  const auto entities = r.entities->Find(doc);
  const auto quotes = ng::extract::FindQuotes(doc, entities, *r.cues);
  const std::string& text = doc.text();
  uint32_t last = 0;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const ng::Quote& q = quotes[i];
    FUZZ_CHECK(q.id == fmt::format("Q{}", i + 1));
    FUZZ_CHECK(q.span.start < q.span.end && q.span.end <= text.size());
    FUZZ_CHECK(q.span.start >= last);
    last = q.span.start;
    FUZZ_CHECK(q.span.raw_start <= q.span.raw_end && q.span.raw_end <= raw.size());
    FUZZ_CHECK(text.compare(q.span.start, q.span.end - q.span.start, q.text) == 0);
    FUZZ_CHECK(q.sentence < doc.sentences.size());
    const auto& s = doc.sentences[q.sentence];
    FUZZ_CHECK(s.range.start <= q.span.start);
    FUZZ_CHECK(q.cue.has_value() == q.cue_span.has_value());
    if (q.direct) {
      for (size_t k = q.sentence; k < doc.sentences.size(); ++k) {
        const auto& t = doc.sentences[k];
        if (t.paragraph != s.paragraph) FUZZ_CHECK(q.span.end <= t.range.start);
      }
    }
    if (q.speaker.has_value()) FUZZ_CHECK(q.speaker_text.has_value());
  }
  return 0;
}
