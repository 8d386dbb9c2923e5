// The named-entity recognizer: finds PERSON, ORG and PLACE names in a
// tokenized sentence whose words carry predicted UPOS and XPOS tags.
//
// A greedy left-to-right averaged perceptron labels each word with BILOU
// labels (extract/ner_features.h) over sparse hashed features: the word,
// its lowercase form, shape, prefixes and suffixes, word clusters
// (lang/word_clusters.h, copied into the model), how often the word is
// capitalised inside sentences (training words, plus untagged text when
// given), UPOS and XPOS, the dictionary matches (extract/ner_gazetteer.h:
// places, role words such as "foreign minister", known people and
// organisations) of the words at -1..+1, the run of capitalised words the
// word is in, a sentence-initial flag and the two previous labels.
// Decoding only takes labels valid in BILOU after the previous one. It reuses the
// tagger's perceptron and sparse weight tables (lang/tagger_perceptron.h,
// lang/tagger_features.h). Trained on GUM (extract/gum_entities.h), with
// titled copies of some sentences (extract/ner_augment.h) and optionally
// several seeds' weights averaged into one model; the model card is the
// "Named entities" section of docs/models.md.
//
// Model file: "NGNERMD1", uint32 version, the word table, the weights
// (see ner_model.cc), then the FNV-1a checksum (lang/model_file.h).
// Truncated or corrupt bytes give kCorruption naming the origin.
//
// Thread-safety: a loaded NerModel is immutable; Tag() may run concurrently.
#ifndef NEWSGRAPH_EXTRACT_NER_MODEL_H_
#define NEWSGRAPH_EXTRACT_NER_MODEL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/named_span.h"
#include "extract/ner_eval.h"
#include "lang/tagger_features.h"
#include "lang/word_clusters.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {
namespace ner {
struct Lexicons;  // extract/ner_gazetteer.h
}  // namespace ner

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // Models trained with seeds seed, seed + 1, ... whose averaged weights
  // are averaged into one (same tagging cost as one model). Progress is
  // reported for the first only.
  int members = 1;
  // Copied into the model. May be null. REQUIRES: levels() >= 1, ids of
  // the first (coarse) level <= ner::kMaxCoarse, of the last <= kMaxFine.
  const lang::WordClusters* clusters = nullptr;
  // Untagged sentences (e.g. tokenized news): how often each word is
  // capitalised when not first in its sentence becomes a feature.
  std::vector<std::vector<std::string>> raw;
};

// Called after each epoch with the scores on the development set.
using NerProgress = std::function<void(int epoch, const NerScorer& dev)>;

class NerModel {
 public:
  static Result<std::unique_ptr<const NerModel>> Load(std::string_view bytes,
                                                      std::string_view origin);
  static Result<std::unique_ptr<const NerModel>> LoadFile(const std::string& path);
  // The model compiled into the library (data/models/ner.bin); kNotFound when
  // the library was built without it.
  static Result<std::unique_ptr<const NerModel>> LoadDefault();

  // Trains on `train` (kInvalidInput when it has no words); calls `progress`
  // after each epoch when `dev` is not empty and it is set.
  static Result<std::unique_ptr<NerModel>> Train(const std::vector<NerSentence>& train,
                                                 const std::vector<NerSentence>& dev,
                                                 const NerTrainOptions& options,
                                                 const NerProgress& progress);

  // The names in a sentence, sorted, not overlapping. REQUIRES: the three
  // spans have the same length (else nothing is found). Linear in the words.
  std::vector<NamedSpan> Tag(std::span<const std::string_view> words,
                             std::span<const std::string_view> upos,
                             std::span<const std::string_view> xpos) const;

  // The model file bytes (see the header comment).
  std::string Serialize() const;

  NerModel();
  ~NerModel();

 private:
  friend class NerTrainer;
  // Labels of every word and the probability of each chosen label.
  void Decode(std::span<const std::string_view> words, std::span<const std::string_view> upos,
              std::span<const std::string_view> xpos, std::vector<uint8_t>* labels,
              std::vector<float>* probs) const;

  std::shared_ptr<const ner::Lexicons> lexicons_;  // never null once loaded
  lang::tagger::FlatMap stats_;                    // lowercase hash -> ner::WordStats::Pack
  lang::tagger::Weights weights_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NER_MODEL_H_
