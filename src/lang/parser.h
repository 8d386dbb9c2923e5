// The dependency parser: a greedy arc-hybrid parser (lang/transition.h).
// Two averaged perceptrons over hashed features (lang/parser_features.h):
// one scores the three moves (SHIFT, LEFT, RIGHT), the other labels each arc
// as it is made. Trained with the dynamic oracle and exploration (Goldberg &
// Nivre 2013) on all training sentences, the non-projective ones made
// projective by pseudo-projective lifting and lowered again after parsing
// (lang/parser_projectivize.h). Linear time: 2n moves and at most n labels.
//
// Below the issue 4 accuracy targets with predicted tags
// (docs/models.md, Parser).
//
// Word clusters (lang/word_clusters.h), when given at training, are copied
// into the model (ParserClusters) and add cluster features in the style of
// Koo, Carreras & Collins (2008): clusters standing in for words.
//
// Model file: "NGPARSE1", uint32 version (3), uint32 relation count R, the
// relations (uint32 length + bytes; "a|b" = lifted relation a whose true head
// has relation b), R bytes of allowed directions (bit 0 left, 1 right, 2 root),
// uint32 move rows M, uint32 label rows L, 3 * M move weights, R * L label
// weights (int16), uint32 cluster count K (0 = trained without clusters), K
// uint64 word keys (strictly increasing), K uint32 packed cluster ids (see
// ParserClusters), all little-endian, then a uint64 FNV-1a checksum of
// everything before it. Version 2 files (without the cluster fields) still
// load, as a parser without clusters. Truncated or corrupt bytes give
// kCorruption naming the origin.
//
// Thread-safety: a loaded Parser is immutable; Parse() may run concurrently.
#ifndef NEWSGRAPH_LANG_PARSER_H_
#define NEWSGRAPH_LANG_PARSER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/conllu.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

// One word to parse. The tags come from the tagger (or gold for training).
struct ParserWord {
  std::string_view form;
  std::string_view upos;
  std::string_view xpos;
};
using ParserInput = std::vector<ParserWord>;

struct Arc {
  int head = 0;             // 0 = root, else 1-based word index
  std::string_view deprel;  // valid while the Parser lives
};

class WordClusters;

// The word clusters a parser model carries: each clustered word's coarse
// (first level) and fine (last level) cluster, keyed by the hash of its
// lowercased form. Empty for a parser trained without clusters.
struct ParserClusters {
  static constexpr uint32_t kMaxId = 4095;
  // Fnv1a(ClusterKey(word), 3): the parser's lowercase word atom
  // (lang/parser_features.h), so lookups need no extra hashing. Strictly
  // increasing.
  std::vector<uint64_t> keys;
  // coarse << 16 | fine, both in 1..kMaxId.
  std::vector<uint32_t> ids;

  // Fills keys and ids from `clusters`, keeping the first level of each
  // entry as coarse and the last as fine, then Index()es; false when an id
  // is out of 1..kMaxId.
  bool Build(const WordClusters& clusters);
  // Checks keys and ids (false when the keys do not increase strictly or an
  // id is out of range) and builds the lookup index from them.
  bool Index();
  // The packed ids of the word whose key is `key`, or 0 when not clustered.
  // REQUIRES: Index() succeeded since keys last changed.
  uint32_t Find(uint64_t key) const {
    if (keys.empty()) return 0;
    const size_t b = key >> (64 - kBucketBits);
    for (uint32_t i = buckets[b], end = buckets[b + 1]; i < end; ++i) {
      if (keys[i] == key) return ids[i];
    }
    return 0;
  }
  bool empty() const { return keys.empty(); }

 private:
  // Keys are uniform hashes: bucket b (the top kBucketBits bits) holds
  // keys[buckets[b] .. buckets[b + 1]), a few contiguous keys.
  static constexpr int kBucketBits = 12;
  std::vector<uint32_t> buckets;
};

struct ParserTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // Rows of the hashed weight tables (the model file holds 3 * 2 bytes per
  // move row and 2 bytes per relation per label row). 1.3M move rows score
  // as 1.9M did on EWT with the cluster features and parse faster (a table
  // that misses the cache less); 1.0M lost 0.4 test UAS.
  uint32_t move_rows = 1300000;
  uint32_t label_rows = 16384;
  // From this epoch on, training follows the model's own (possibly wrong)
  // move explore_percent times in 100 (dynamic-oracle exploration); 0 = never.
  int explore_from = 2;
  int explore_percent = 90;
  // Lifted relations ("a|b") seen fewer times are trained as plain "a".
  int min_lifted = 5;
  // Word clusters (lang/word_clusters.h), copied into the model and used as
  // features; null trains without them. Only read during Train().
  const WordClusters* clusters = nullptr;
};

class Parser {
 public:
  static Result<std::unique_ptr<const Parser>> Load(std::string_view bytes,
                                                    std::string_view origin);
  static Result<std::unique_ptr<const Parser>> LoadFile(const std::string& path);

  // Trains on `train`; after each epoch calls `progress(epoch, uas, las)` on
  // `dev` when it is not empty. Deterministic given options.seed.
  static Result<std::unique_ptr<Parser>> Train(const std::vector<ConlluSentence>& train,
                                               const std::vector<ConlluSentence>& dev,
                                               const ParserTrainOptions& options,
                                               void (*progress)(int, double, double));

  // Fills `out` with one arc per word: always a single-rooted tree.
  void Parse(const ParserInput& sentence, std::vector<Arc>* out) const;

  // The model file bytes (see the header comment).
  std::string Serialize() const;

  // Unlabelled / labelled attachment scores (percent) against gold heads.
  void Evaluate(const std::vector<ConlluSentence>& gold, double* uas, double* las) const;

 private:
  friend class ParserTrainer;
  int NumRelations() const { return static_cast<int>(relations_.size()); }
  // Fills base_ and target_ from relations_; false when a name is malformed.
  bool IndexRelations();

  std::vector<std::string> relations_;
  std::vector<uint16_t> base_;  // the plain relation of each relation
  std::vector<int> target_;     // lifted: the true head's plain relation; else -1
  std::vector<uint8_t> allowed_;
  uint32_t move_rows_ = 0, label_rows_ = 0;
  std::vector<int16_t> move_weights_;   // kNumMoves per row
  std::vector<int16_t> label_weights_;  // NumRelations() per row
  ParserClusters clusters_;
};

ParserInput ToParserInput(const ConlluSentence& sentence);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_PARSER_H_
