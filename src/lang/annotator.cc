#include "lang/annotator.h"

#include <utility>

#include "core/embedded_data.h"
#include "lang/lemmatizer.h"
#include "lang/parser.h"
#include "lang/tagger.h"

namespace newsgraph::lang {

struct Annotator::Models {
  std::unique_ptr<const Tagger> tagger;
  const Lemmatizer* lemmatizer = nullptr;  // static (Lemmatizer::Default)
  std::unique_ptr<const Parser> parser;
};

namespace {

constexpr std::string_view kTaggerModel = "models/tagger.bin";
constexpr std::string_view kParserModel = "models/parser.bin";

}  // namespace

Annotator::Annotator(std::unique_ptr<const Models> models) : models_(std::move(models)) {}
Annotator::~Annotator() = default;

Result<std::shared_ptr<const Annotator>> Annotator::CreateDefault() { return Create("", ""); }

Result<std::shared_ptr<const Annotator>> Annotator::Create(const std::string& tagger_path,
                                                           const std::string& parser_path) {
  auto models = std::make_unique<Models>();
  Result<std::string_view> tagger_bytes = EmbeddedData(kTaggerModel);
  if (!tagger_bytes.ok()) return tagger_bytes.status();
  auto tagger = tagger_path.empty() ? Tagger::Load(*tagger_bytes, kTaggerModel)
                                    : Tagger::LoadFile(tagger_path);
  if (!tagger.ok()) return tagger.status();
  models->tagger = std::move(tagger).value();

  auto lemmatizer = Lemmatizer::Default();
  if (!lemmatizer.ok()) return lemmatizer.status();
  models->lemmatizer = *lemmatizer;

  Result<std::string_view> parser_bytes = EmbeddedData(kParserModel);
  if (!parser_bytes.ok()) return parser_bytes.status();
  auto parser = parser_path.empty() ? Parser::Load(*parser_bytes, kParserModel)
                                    : Parser::LoadFile(parser_path);
  if (!parser.ok()) return parser.status();
  models->parser = std::move(parser).value();
  return std::shared_ptr<const Annotator>(new Annotator(std::move(models)));
}

void Annotator::Annotate(std::span<const std::string_view> words,
                         std::vector<WordAnalysis>* out) const {
  out->clear();
  if (words.empty()) return;
  std::vector<TagResult> tags;
  models_->tagger->Tag(words, &tags);
  ParserInput input;
  input.reserve(words.size());
  out->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    WordAnalysis& a = (*out)[i];
    a.upos = tags[i].upos;
    a.xpos = tags[i].xpos;
    a.feats = tags[i].feats;
    a.lemma = models_->lemmatizer->Lemmatize(words[i], a.upos, a.xpos);
    input.push_back(ParserWord{words[i], a.upos, a.xpos});
  }
  std::vector<Arc> arcs;
  models_->parser->Parse(input, &arcs);
  for (size_t i = 0; i < words.size(); ++i) {
    (*out)[i].head = arcs[i].head;
    (*out)[i].deprel = arcs[i].deprel;
  }
}

void Annotator::AnnotateConllu(ConlluSentence* sentence) const {
  std::vector<std::string_view> forms;
  forms.reserve(sentence->words.size());
  for (const ConlluWord& w : sentence->words) forms.push_back(w.form);
  std::vector<WordAnalysis> analyses;
  Annotate(forms, &analyses);
  // A named string: assigning the literal trips GCC 12's -Wrestrict false
  // positive at -O3.
  static const std::string kNoDeps = "_";  // enhanced dependencies are not predicted
  for (size_t i = 0; i < analyses.size(); ++i) {
    ConlluWord& w = sentence->words[i];
    const WordAnalysis& a = analyses[i];
    w.lemma = a.lemma;
    w.upos = a.upos;
    w.xpos = a.xpos;
    w.feats = a.feats;
    w.head = a.head;
    w.deprel = a.deprel;
    w.deps = kNoDeps;
  }
}

}  // namespace newsgraph::lang
