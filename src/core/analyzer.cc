#include "newsgraph/analyzer.h"

#include <utility>
#include <vector>

#include "code/event_finder.h"
#include "core/document.h"
#include "core/document_words.h"
#include "extract/actor_coder.h"
#include "extract/amounts_stage.h"
#include "extract/calendar.h"
#include "extract/dates_stage.h"
#include "extract/entity_finder.h"
#include "extract/quote_cues.h"
#include "extract/quotes.h"
#include "extract/tone.h"
#include "lang/annotator.h"
#include "lang/language_id.h"
#include "lexicon/actor_codes.h"
#include "text/decode.h"
#include "text/exclusions.h"
#include "text/text_stage.h"

namespace newsgraph {

struct Analyzer::Resources {
  text::TextStage text;
  std::shared_ptr<const lang::Annotator> annotator;
  std::shared_ptr<const extract::EntityFinder> entities;
  std::shared_ptr<const code::EventFinder> events;
  std::shared_ptr<const extract::TimeWords> time_words;
  std::shared_ptr<const extract::AmountWords> amount_words;
  std::shared_ptr<const extract::ToneLexicon> tone;
  std::shared_ptr<const extract::QuoteCues> quote_cues;
};

Analyzer::Analyzer(std::unique_ptr<const Resources> resources) : resources_(std::move(resources)) {}
Analyzer::~Analyzer() = default;

Result<std::shared_ptr<const Analyzer>> Analyzer::Create() {
  return Create(AnalyzerOptions{}, nullptr);
}

Result<std::shared_ptr<const Analyzer>> Analyzer::Create(const AnalyzerOptions& options,
                                                         std::vector<std::string>* warnings) {
  auto r = std::make_unique<Resources>();
  auto text = text::TextStage::Load();
  if (!text.ok()) return text.status();
  r->text = std::move(text).value();
  auto annotator = lang::Annotator::CreateDefault();
  if (!annotator.ok()) return annotator.status().WithContext("loading the language models");
  r->annotator = std::move(annotator).value();
  auto entities = extract::EntityFinder::Create(options, warnings);
  if (!entities.ok()) return entities.status().WithContext("loading entity resources");
  r->entities = std::move(entities).value();
  code::EventFinderOptions event_options;
  event_options.verb_file = options.verb_file;
  event_options.skip_malformed = options.skip_malformed;
  auto time_words = extract::TimeWords::Default();
  if (!time_words.ok()) return time_words.status().WithContext("loading the time words");
  r->time_words = std::move(time_words).value();
  auto amount_words = extract::AmountWords::Default();
  if (!amount_words.ok()) return amount_words.status().WithContext("loading the amount words");
  r->amount_words = std::move(amount_words).value();
  auto tone = extract::ToneLexicon::Default();
  if (!tone.ok()) return tone.status().WithContext("loading the tone lexicon");
  r->tone = std::move(tone).value();
  auto quote_cues = extract::QuoteCues::Default();
  if (!quote_cues.ok()) return quote_cues.status().WithContext("loading the quote cues");
  r->quote_cues = std::move(quote_cues).value();
  auto events = code::EventFinder::Create(event_options, warnings);
  if (!events.ok()) return events.status().WithContext("loading event resources");
  r->events = std::move(events).value();
  return std::shared_ptr<const Analyzer>(new Analyzer(std::move(r)));
}

Result<Analysis> Analyzer::Analyze(const Article& article) const {
  const std::string& origin = article.origin.empty() ? article.id : article.origin;
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckTextInput(article.raw, origin, kMaxArticleBytes));

  auto cleaned = resources_->text.cleaner->Clean(article.raw);
  if (!cleaned.ok()) return cleaned.status().WithContext(origin);

  Analysis out;
  out.id = article.id;
  out.source = article.source;
  out.title = article.title;
  out.date = article.date;
  out.repairs = std::move(cleaned->repairs);
  out.excluded = std::move(cleaned->excluded);

  Document doc{std::move(cleaned->mapped), {}, {}, {}, {}, {}};
  doc.language = lang::IdentifyLanguage(doc.text());
  if (article.date) doc.date = lexicon::ParseIsoDay(*article.date);
  auto sentences = resources_->text.segmenter->Split(doc.text());
  if (!sentences.ok()) return sentences.status().WithContext(origin);
  doc.sentences = std::move(sentences).value();
  doc.tokens.reserve(doc.sentences.size());
  out.sentences.reserve(doc.sentences.size());
  text::DropExcludedSentences(out.excluded, &doc.sentences);
  for (const text::SentenceRange& s : doc.sentences) {
    auto tokens = resources_->text.tokenizer->Tokenize(doc.text(), s.range.start, s.range.end);
    if (!tokens.ok()) return tokens.status().WithContext(origin);
    text::DropExcludedTokens(out.excluded, &tokens.value());
    doc.tokens.push_back(std::move(tokens).value());
    out.sentences.push_back({doc.mapped.MakeSpan(s.range.start, s.range.end), s.paragraph, {}, {}});
  }
  AnnotateWords(*resources_->annotator, &doc);
  if (article.date) {
    out.date_source = "metadata";
  } else if (auto inferred = extract::InferArticleDate(
                 doc, out.excluded, *resources_->text.tokenizer, *resources_->time_words)) {
    doc.date = inferred->day;
    out.date = extract::IsoDay(inferred->day);
    out.date_source = inferred->source;
  }
  out.dates = extract::FindDates(doc, *resources_->time_words);
  out.amounts = extract::FindDocumentAmounts(doc, out.dates, *resources_->amount_words);
  extract::ToneCounter tone;
  for (size_t i = 0; i < doc.tokens.size() && i < out.sentences.size(); ++i) {
    tone.AddSentence(doc.text(), doc.tokens[i], doc.words[i], *resources_->tone);
    out.sentences[i].tone = tone.Sentence();
  }
  out.tone = tone.Article();

  out.entities = resources_->entities->Find(doc);
  out.focus_country = extract::FocusCountry(out.entities);
  out.events = resources_->events->Find(doc, out.entities);
  out.quotes = extract::FindQuotes(doc, out.entities, *resources_->quote_cues);
  for (size_t i = 0; i < out.sentences.size(); ++i) {
    out.sentences[i].words = std::move(doc.words[i]);
  }
  extract::DateEvents(out.dates, out.sentences, out.date, &out.events);
  out.language = doc.language;
  out.text = doc.text();
  return out;
}

}  // namespace newsgraph
