#include "newsgraph/analyzer.h"

#include <fmt/core.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "code/event_finder.h"
#include "core/document.h"
#include "extract/entity_finder.h"
#include "lang/language_id.h"
#include "text/cleaner.h"
#include "text/decode.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace newsgraph {
namespace {

bool Inside(const Exclusion& x, uint32_t start, uint32_t end) {
  return x.span.start <= start && end <= x.span.end;
}

// Sentences wholly inside an excluded range (a duplicated paragraph, a
// credit line) are not analysed; the text keeps them.
void DropExcludedSentences(const std::vector<Exclusion>& excluded,
                           std::vector<text::SentenceRange>* sentences) {
  if (excluded.empty()) return;
  std::erase_if(*sentences, [&](const text::SentenceRange& s) {
    return std::any_of(excluded.begin(), excluded.end(),
                       [&](const Exclusion& x) { return Inside(x, s.range.start, s.range.end); });
  });
}

// Tokens inside an excluded range (an inline agency credit) are invisible to
// the entity and event finders.
void DropExcludedTokens(const std::vector<Exclusion>& excluded, std::vector<text::Token>* tokens) {
  if (excluded.empty()) return;
  std::erase_if(*tokens, [&](const text::Token& t) {
    return std::any_of(excluded.begin(), excluded.end(),
                       [&](const Exclusion& x) { return Inside(x, t.start, t.end); });
  });
}

}  // namespace

struct Analyzer::Resources {
  std::shared_ptr<const text::Cleaner> cleaner;
  std::shared_ptr<const text::Segmenter> segmenter;
  std::shared_ptr<const text::Tokenizer> tokenizer;
  std::shared_ptr<const extract::EntityFinder> entities;
  std::shared_ptr<const code::EventFinder> events;
};

Analyzer::Analyzer(std::unique_ptr<const Resources> resources)
    : resources_(std::move(resources)) {}
Analyzer::~Analyzer() = default;

Result<std::shared_ptr<const Analyzer>> Analyzer::Create() {
  auto r = std::make_unique<Resources>();
  auto cleaner = text::Cleaner::Create();
  if (!cleaner.ok()) return cleaner.status().WithContext("loading text resources");
  r->cleaner = std::move(cleaner).value();
  auto segmenter = text::Segmenter::Create();
  if (!segmenter.ok()) return segmenter.status();
  r->segmenter = std::move(segmenter).value();
  auto tokenizer = text::Tokenizer::Create();
  if (!tokenizer.ok()) return tokenizer.status();
  r->tokenizer = std::move(tokenizer).value();
  auto entities = extract::EntityFinder::CreateDefault();
  if (!entities.ok()) return entities.status().WithContext("loading entity resources");
  r->entities = std::move(entities).value();
  auto events = code::EventFinder::CreateDefault();
  if (!events.ok()) return events.status().WithContext("loading event resources");
  r->events = std::move(events).value();
  return std::shared_ptr<const Analyzer>(new Analyzer(std::move(r)));
}

Result<Analysis> Analyzer::Analyze(const Article& article) const {
  const std::string& origin = article.origin.empty() ? article.id : article.origin;
  if (article.raw.size() > kMaxArticleBytes) {
    return Status::InvalidInput(fmt::format("{}: article is {} bytes, above the {} MiB limit",
                                            origin, article.raw.size(), kMaxArticleBytes >> 20));
  }
  Status decodable = text::CheckDecodable(article.raw);
  if (!decodable.ok()) return decodable.WithContext(origin);

  auto cleaned = resources_->cleaner->Clean(article.raw);
  if (!cleaned.ok()) return cleaned.status().WithContext(origin);

  Analysis out;
  out.id = article.id;
  out.source = article.source;
  out.title = article.title;
  out.date = article.date;
  out.repairs = std::move(cleaned->repairs);
  out.excluded = std::move(cleaned->excluded);

  Document doc{std::move(cleaned->mapped), {}, {}, {}};
  doc.language = lang::IdentifyLanguage(doc.text());
  auto sentences = resources_->segmenter->Split(doc.text());
  if (!sentences.ok()) return sentences.status().WithContext(origin);
  doc.sentences = std::move(sentences).value();
  doc.tokens.reserve(doc.sentences.size());
  out.sentences.reserve(doc.sentences.size());
  DropExcludedSentences(out.excluded, &doc.sentences);
  for (const text::SentenceRange& s : doc.sentences) {
    auto tokens = resources_->tokenizer->Tokenize(doc.text(), s.range.start, s.range.end);
    if (!tokens.ok()) return tokens.status().WithContext(origin);
    DropExcludedTokens(out.excluded, &tokens.value());
    doc.tokens.push_back(std::move(tokens).value());
    out.sentences.push_back({doc.mapped.MakeSpan(s.range.start, s.range.end), s.paragraph});
  }

  out.entities = resources_->entities->Find(doc);
  out.events = resources_->events->Find(doc, out.entities);
  out.language = doc.language;
  out.text = doc.text();
  return out;
}

}  // namespace newsgraph
