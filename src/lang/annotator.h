// The linguistic core behind one call: tagger (UPOS, XPOS, FEATS),
// lemmatizer and dependency parser, run in that order over the words of one
// sentence. Models are compiled into the library (data/models/,
// docs/models.md).
//
// Thread-safety: an Annotator is immutable after creation; Annotate() may
// be called from many threads at once.
#ifndef NEWSGRAPH_LANG_ANNOTATOR_H_
#define NEWSGRAPH_LANG_ANNOTATOR_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/conllu.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

struct WordAnalysis {
  std::string_view upos;   // static storage (the models' tag tables)
  std::string_view xpos;
  std::string_view feats;  // "_" when none
  std::string lemma;
  int head = 0;            // 0 = root, else 1-based index of the head word
  std::string_view deprel;
};

class Annotator {
 public:
  // Loads the embedded models; kCorruption names a damaged one.
  static Result<std::shared_ptr<const Annotator>> CreateDefault();
  // Loads the tagger and parser from files instead where a path is not
  // empty (models being trained or compared); kNotFound / kCorruption name
  // the file.
  static Result<std::shared_ptr<const Annotator>> Create(const std::string& tagger_path,
                                                         const std::string& parser_path);
  ~Annotator();

  // Annotates one sentence; `out` gets one entry per word, forming a single
  // rooted tree. An empty sentence gives an empty `out`. Linear in the
  // number of words.
  void Annotate(std::span<const std::string_view> words, std::vector<WordAnalysis>* out) const;

  // Re-annotates a sentence in place, keeping its words (gold tokenization),
  // comments, multiword tokens and MISC: LEMMA, UPOS, XPOS, FEATS, HEAD and
  // DEPREL are predicted, DEPS becomes "_".
  void AnnotateConllu(ConlluSentence* sentence) const;

 private:
  struct Models;
  explicit Annotator(std::unique_ptr<const Models> models);
  std::unique_ptr<const Models> models_;
};

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_ANNOTATOR_H_
