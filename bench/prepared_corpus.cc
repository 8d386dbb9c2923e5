#include "prepared_corpus.h"

#include <algorithm>
#include <cstdio>

#include "core/document_words.h"
#include "lang/annotator.h"
#include "lang/language_id.h"
#include "lexicon/actor_codes.h"
#include "text/exclusions.h"
#include "text/text_stage.h"

namespace newsgraph::bench {

std::string CorpusPath() { return std::string(NEWSGRAPH_SHARED_DIR) + "/corpora/bbc/bbc.jsonl"; }

// kArticles articles spread evenly over the corpus; empty when it is absent.
const std::vector<Article>& Articles() {
  static const std::vector<Article>* articles = [] {
    std::vector<Article> all;
    ReadArticles(
        {CorpusPath()}, [&](Article&& a) { all.push_back(std::move(a)); },
        [](const Status& s) {
          std::fprintf(stderr, "bench: skipping: %s\n", s.message().c_str());
        });
    auto* out = new std::vector<Article>();
    const size_t n = std::min(kArticles, all.size());
    for (size_t i = 0; i < n; ++i) out->push_back(std::move(all[i * all.size() / n]));
    return out;
  }();
  return *articles;
}

const Prepared& Parsed() {
  static const Prepared* prepared = [] {
    auto* p = new Prepared();
    if (Articles().empty()) {
      p->error = "no articles in " + CorpusPath() + " (../shared absent?)";
      return p;
    }
    auto text = text::TextStage::Load();
    auto annotator = lang::Annotator::CreateDefault();
    if (!text.ok() || !annotator.ok()) {
      p->error = "cannot load the text stage or the language models";
      return p;
    }
    for (const Article& a : Articles()) {
      auto cleaned = text->cleaner->Clean(a.raw);
      if (!cleaned.ok()) continue;
      Document doc{std::move(cleaned->mapped), {}, {}, {}, {}, {}};
      doc.language = lang::IdentifyLanguage(doc.text());
      if (a.date) doc.date = lexicon::ParseIsoDay(*a.date);
      auto sentences = text->segmenter->Split(doc.text());
      if (!sentences.ok()) continue;
      doc.sentences = std::move(sentences).value();
      text::DropExcludedSentences(cleaned->excluded, &doc.sentences);
      bool ok = true;
      for (const text::SentenceRange& s : doc.sentences) {
        auto tokens = text->tokenizer->Tokenize(doc.text(), s.range.start, s.range.end);
        if (!tokens.ok()) {
          ok = false;
          break;
        }
        text::DropExcludedTokens(cleaned->excluded, &tokens.value());
        doc.tokens.push_back(std::move(tokens).value());
      }
      if (!ok) continue;
      AnnotateWords(**annotator, &doc);
      p->sentences += doc.sentences.size();
      p->docs.push_back(std::move(doc));
    }
    return p;
  }();
  return *prepared;
}

}  // namespace newsgraph::bench
