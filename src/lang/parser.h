// The dependency parser: a greedy arc-hybrid parser (lang/transition.h)
// scored by an averaged perceptron over hashed features of the stack and
// buffer words, their tags, and the labels of their outermost dependents.
//
// Baseline (issue 4, part 3): trained with the static oracle on the
// projective sentences only, gold tags; no non-projective handling yet.
//
// Model file: "NGPARSE1", uint32 version, uint32 relation count, the
// relation names (uint32 length + bytes), uint32 bucket count, the weights
// (float32, little-endian), then a uint64 FNV-1a checksum of everything
// before it. Truncated or corrupt bytes give kCorruption naming the origin.
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

struct ParserTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
};

class Parser {
 public:
  static Result<std::unique_ptr<const Parser>> Load(std::string_view bytes,
                                                    std::string_view origin);
  static Result<std::unique_ptr<const Parser>> LoadFile(const std::string& path);

  // Trains on `train`; after each epoch calls `progress(epoch, uas, las)` on
  // `dev` when it is not empty.
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
  int NumClasses() const { return 1 + 2 * static_cast<int>(relations_.size()); }

  std::vector<std::string> relations_;
  uint32_t buckets_ = 0;
  std::vector<float> weights_;  // buckets_ * NumClasses()
};

ParserInput ToParserInput(const ConlluSentence& sentence);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_PARSER_H_
