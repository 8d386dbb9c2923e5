// The gazetteer feature of the recognizer (extract/ner_features.h): which
// words of a sentence lie in a country name, demonym or capital of
// lexicon/gazetteer.h, by longest match from left to right.
//
// Thread-safety: TagGazetteer is a pure function of its arguments;
// SharedGazetteer may be called from many threads at once.
#ifndef NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_
#define NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/ner_features.h"
#include "lexicon/gazetteer.h"
#include "newsgraph/status.h"

namespace newsgraph::extract::ner {

// The built-in gazetteer (lexicon::Gazetteer::LoadDefault), loaded once per
// process and shared by every model.
Result<std::shared_ptr<const lexicon::Gazetteer>> SharedGazetteer();

// One tag per word into `out`. Only words starting with an ASCII capital
// or a non-ASCII byte can start a match (the gazetteer's case rule).
void TagGazetteer(const lexicon::Gazetteer& gazetteer, std::span<const std::string_view> words,
                  std::vector<GazetteerTag>* out);

}  // namespace newsgraph::extract::ner

#endif  // NEWSGRAPH_EXTRACT_NER_GAZETTEER_H_
