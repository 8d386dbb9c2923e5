// Test helper (header-only, used by *_test.cc only): builds a Document from
// raw text the way core/analyzer.cc does (clean, split, tokenize), and checks
// the span contract shared by entity and event tests.
//
// Thread-safety: plain functions.
#ifndef NEWSGRAPH_EXTRACT_TEST_DOCUMENT_H_
#define NEWSGRAPH_EXTRACT_TEST_DOCUMENT_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/document_words.h"
#include "extract/entity_finder.h"
#include "lang/annotator.h"
#include "newsgraph/analysis.h"
#include "text/cleaner.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace newsgraph::testing {

// Fills doc->words with the embedded models, as core/analyzer.cc does.
inline void AnnotateForTest(Document* doc) {
  static const auto annotator = lang::Annotator::CreateDefault();
  EXPECT_TRUE(annotator.ok()) << annotator.status().ToString();
  if (annotator.ok()) AnnotateWords(**annotator, doc);
}

// The default entity stage, created once (fails the calling test on error).
inline const extract::EntityFinder& DefaultEntityFinder() {
  static const std::shared_ptr<const extract::EntityFinder> finder = [] {
    auto f = extract::EntityFinder::CreateDefault();
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? std::move(f).value() : nullptr;
  }();
  return *finder;
}

// REQUIRES: `raw` is valid UTF-8. Fails the calling test on any error.
inline Document MakeDocument(std::string_view raw) {
  Document doc;
  auto cleaned = text::Clean(raw);
  EXPECT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  if (!cleaned.ok()) return doc;
  doc.mapped = std::move(cleaned->mapped);
  auto segmenter = text::Segmenter::Create();
  auto tokenizer = text::Tokenizer::Create();
  EXPECT_TRUE(segmenter.ok() && tokenizer.ok());
  if (!segmenter.ok() || !tokenizer.ok()) return doc;
  auto sentences = (*segmenter)->Split(doc.text());
  EXPECT_TRUE(sentences.ok()) << sentences.status().ToString();
  if (!sentences.ok()) return doc;
  doc.sentences = std::move(sentences).value();
  for (const text::SentenceRange& s : doc.sentences) {
    auto tokens = (*tokenizer)->Tokenize(doc.text(), s.range.start, s.range.end);
    EXPECT_TRUE(tokens.ok()) << tokens.status().ToString();
    doc.tokens.push_back(tokens.ok() ? std::move(tokens).value() : std::vector<text::Token>{});
  }
  doc.language = "en";
  AnnotateForTest(&doc);
  return doc;
}

// The span lies inside sentence `sentence`, its raw range inside the raw
// input, and it slices to `expected` when given.
inline void ExpectSpanOk(const Document& doc, const Span& span, uint32_t sentence,
                         const std::string* expected = nullptr) {
  ASSERT_LT(sentence, doc.sentences.size());
  const text::TextRange& r = doc.sentences[sentence].range;
  EXPECT_LE(r.start, span.start);
  EXPECT_LT(span.start, span.end);
  EXPECT_LE(span.end, r.end);
  EXPECT_LE(span.raw_start, span.raw_end);
  EXPECT_LE(span.raw_end, doc.mapped.raw_size());
  if (expected != nullptr) {
    EXPECT_EQ(doc.text().substr(span.start, span.end - span.start), *expected);
  }
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_EXTRACT_TEST_DOCUMENT_H_
