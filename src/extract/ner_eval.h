// Data and scoring for the named-entity recognizer (extract/ner_model.h):
// GUM sentences turned into training / evaluation examples, and exact-match
// span precision, recall and F1 per type (CoNLL style: a predicted span is
// correct when its begin, end and type equal a gold span's).
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_EXTRACT_NER_EVAL_H_
#define NEWSGRAPH_EXTRACT_NER_EVAL_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/named_span.h"
#include "lang/conllu.h"
#include "lang/tagger.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

// One sentence: words with their (predicted) tags and the gold names.
struct NerSentence {
  std::vector<std::string> words, upos, xpos;
  std::vector<NamedSpan> gold;
};

// GUM sentences with gold names from extract/gum_entities.h and UPOS / XPOS
// predicted by `tagger` on the gold words (as the pipeline would see them);
// errors as GumNamedEntities.
Result<std::vector<NerSentence>> GumNerSentences(const std::vector<lang::ConlluSentence>& gum,
                                                 const lang::Tagger& tagger,
                                                 std::string_view origin);

// Reads a GUM CoNLL-U file and calls GumNerSentences; kNotFound / kIoError
// / kInvalidInput name the file.
Result<std::vector<NerSentence>> ReadGumNer(const std::string& path, const lang::Tagger& tagger);

// The tagger compiled into the library (data/models/tagger.bin), whose tags
// the recognizer is trained and evaluated with.
Result<std::unique_ptr<const lang::Tagger>> DefaultNerTagger();

struct NerCounts {
  uint64_t gold = 0, predicted = 0, correct = 0;
  double Precision() const;  // percent; 0 when nothing predicted
  double Recall() const;     // percent; 0 when no gold
  double F1() const;
};

class NerScorer {
 public:
  // Adds one sentence's spans. REQUIRES: types among kNerTypes.
  void Add(std::span<const NamedSpan> gold, std::span<const NamedSpan> predicted);
  // Per type, in the order of kNerTypes.
  const NerCounts& type(size_t t) const { return types_[t]; }
  NerCounts overall() const;
  // All types together, a predicted span counting as correct when a gold
  // span has its begin and end whatever the types (finding vs typing).
  NerCounts untyped() const;
  // A table: one line per type, "ALL" and "UNTYPED", with precision,
  // recall, F1 and the gold / predicted / correct counts.
  std::string Table() const;

 private:
  std::array<NerCounts, kNerTypes.size()> types_;
  uint64_t untyped_correct_ = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NER_EVAL_H_
