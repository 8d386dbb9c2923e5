// Scores predicted CoNLL-U annotation against gold, word by word, on the
// same (gold) tokenization: the figures the model cards report (UPOS, XPOS,
// UFeats, AllTags, Lemmas, UAS, LAS), with the CoNLL 2018 shared task's
// conventions: FEATS compare as sets, LAS compares the universal part of
// DEPREL (before ':'), punctuation counts.
//
// Thread-safety: a Scorer is a plain value; use one per thread.
#ifndef NEWSGRAPH_LANG_EVALUATION_H_
#define NEWSGRAPH_LANG_EVALUATION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lang/conllu.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

struct Scores {
  uint64_t words = 0;
  uint64_t upos = 0, xpos = 0, feats = 0, all_tags = 0, lemmas = 0, uas = 0, las = 0;

  static double Percent(uint64_t correct, uint64_t total) {
    return total == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(total);
  }
  // One line per metric: "UPOS     96.52  (24,143 / 25,014)".
  std::string Report() const;
};

class Scorer {
 public:
  // Adds one sentence pair. kInvalidInput (naming `where`) unless both have
  // the same number of words with the same forms.
  Status Add(const ConlluSentence& gold, const ConlluSentence& predicted, const std::string& where);
  // Adds two whole treebanks, sentence by sentence.
  Status AddAll(const std::vector<ConlluSentence>& gold,
                const std::vector<ConlluSentence>& predicted, const std::string& where);
  const Scores& scores() const { return scores_; }

 private:
  Scores scores_;
};

// Whether two FEATS strings hold the same features in any order ("_" is
// the empty set).
bool SameFeatures(const std::string& a, const std::string& b);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_EVALUATION_H_
