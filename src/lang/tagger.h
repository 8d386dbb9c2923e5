// The part-of-speech tagger: predicts UPOS, XPOS (Penn Treebank) and FEATS
// for each word of a tokenized sentence.
//
// A greedy left-to-right averaged perceptron over sparse hashed features
// (lang/tagger_features.h) picks one joint class "XPOS|UPOS" among the pairs
// seen in training. Frequent unambiguous words take their class from a tag
// dictionary without scoring. Optional statistics from untagged text
// (the class a first model predicts for a word most often, how often it is
// capitalised) and word clusters (lang/word_clusters.h) help with words the
// treebank lacks. For frequent words, the weights of the features that
// depend on the word alone are summed once when the model loads (a
// WordCache): one dense row instead of about twenty lookups.
//
// FEATS come from a lexicon (lowercased word + class -> most frequent FEATS)
// backed off to the class's most frequent FEATS; where a word + class has
// varying FEATS in training (it: Nom/Acc; have: person, number), a second
// perceptron over the neighbouring classes and words decides.
//
// EWT test UPOS is below the issue 4 target of 96.5 (docs/models.md).
//
// Model file: "NGTAGGR1", uint32 version, then sections of little-endian
// arrays (see tagger_model.cc), then a uint64 FNV-1a checksum of everything
// before it. Truncated or corrupt bytes give kCorruption naming the origin.
//
// Thread-safety: a loaded Tagger is immutable; Tag() may run concurrently.
#ifndef NEWSGRAPH_LANG_TAGGER_H_
#define NEWSGRAPH_LANG_TAGGER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/conllu.h"
#include "lang/tagger_features.h"
#include "lang/word_clusters.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

// Views into the Tagger's tables: valid while the Tagger lives. "_" when none.
struct TagResult {
  std::string_view upos, xpos, feats;
};

// The largest cluster ids the tagger stores (tagger::RawInfo): coarse
// (first level) in 8 bits, fine (last level) in 12.
constexpr uint32_t kTaggerMaxCoarse = 255;
constexpr uint32_t kTaggerMaxFine = 4095;

struct TaggerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // Untagged sentences (e.g. tokenized news): when not empty, a first model
  // tags them, the words' predicted classes and capitalisation become
  // features, and the final model is trained with those.
  std::vector<std::vector<std::string>> raw;
  // Word clusters (lang/word_clusters.h), copied into the model as features:
  // the first level is the coarse cluster, the last the fine one.
  // REQUIRES: levels() >= 1, ids within kTaggerMaxCoarse / kTaggerMaxFine.
  const WordClusters* clusters = nullptr;
};

// Called after each training epoch with dev UPOS / XPOS / UFeats (percent).
using TaggerProgress = void (*)(int epoch, double upos, double xpos, double ufeats);

class Tagger {
 public:
  static Result<std::unique_ptr<const Tagger>> Load(std::string_view bytes,
                                                    std::string_view origin);
  static Result<std::unique_ptr<const Tagger>> LoadFile(const std::string& path);

  // Trains on `train` (kInvalidInput when it has no tagged words); calls
  // `progress` after each epoch when `dev` is not empty and it is not null.
  static Result<std::unique_ptr<Tagger>> Train(const std::vector<ConlluSentence>& train,
                                               const std::vector<ConlluSentence>& dev,
                                               const TaggerTrainOptions& options,
                                               TaggerProgress progress);

  // Fills `out` with one result per word. Linear in the number of words;
  // never fails: unknown words are tagged too.
  void Tag(std::span<const std::string_view> words, std::vector<TagResult>* out) const;

  // The model file bytes (see the header comment).
  std::string Serialize() const;

  // Copies of `gold` with UPOS, XPOS and FEATS predicted (the rest as gold).
  std::vector<ConlluSentence> TagAll(const std::vector<ConlluSentence>& gold) const;

 private:
  friend class TaggerTrainer;
  struct TagClass {
    std::string xpos, upos;
    uint32_t feats = 0;  // index into feats_: the class's most frequent FEATS
  };
  // One class per word into `classes`; `atoms` is scratch (ComputeAtoms).
  void Decode(std::span<const std::string_view> words, std::vector<tagger::Atoms>* atoms,
              std::vector<uint8_t>* classes) const;
  // Sets (*out)[i].feats for every word given the classes of all words.
  void Feats(const std::vector<tagger::Atoms>& atoms, std::span<const uint8_t> classes,
             std::vector<TagResult>* out) const;
  // Fills nominal_ from the classes' XPOS.
  void SetNominal();
  // Fills cache_ from cache_words_ and the final weights_.
  void BuildCache();

  std::vector<TagClass> classes_;
  std::vector<std::string> feats_;  // feats_[0] == "_"
  // Exact form hash -> WordInfo::Pack (ambiguity class, dictionary class).
  tagger::FlatMap words_;
  // Mix(lowercase form hash, class) -> index into feats_, where it differs
  // from the class's default or, with kContextFeats, depends on context.
  tagger::FlatMap feats_lexicon_;
  // Scores feats_ indices for the kContextFeats words (FeatsFeatures).
  tagger::Weights feats_weights_;
  std::vector<uint8_t> nominal_;  // per class: can be a subject
  // Lowercase form hash -> RawInfo::Pack, from TaggerTrainOptions::raw.
  tagger::FlatMap raw_;
  tagger::Weights weights_;
  // Frequent words the tag dictionary does not decide, sorted; their
  // word-alone features are summed once into cache_ (inference only).
  std::vector<std::string> cache_words_;
  tagger::WordCache cache_;
};

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_TAGGER_H_
