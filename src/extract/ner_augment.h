// Training sentences for the recognizer with news-style titles written in
// capitals before person names ("Iraqi Foreign Minister Fuad Hussein"),
// which GUM has few of: copies of some GUM sentences with a title from
// data/actors/roles.tsv (kind "title", capitalised: "Minister of Foreign
// Affairs"), every other one after a singular demonym ("Iraqi") from
// data/gazetteer/aliases.tsv, inserted before the first person name, the
// title staying outside the name (GUM's convention). The words are
// re-tagged by `tagger`, as the pipeline would tag them.
//
// Deterministic: the sentences and titles are chosen by index, not at
// random. Thread-safety: a pure function.
#ifndef NEWSGRAPH_EXTRACT_NER_AUGMENT_H_
#define NEWSGRAPH_EXTRACT_NER_AUGMENT_H_

#include <vector>

#include "extract/ner_eval.h"
#include "lang/tagger.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

// The extra sentences (to append to `train`): one for every `every`-th
// sentence with a person name not already preceded by a capitalised word.
// kNotFound / kCorruption when the built-in data files are missing or bad.
// REQUIRES: every >= 1.
Result<std::vector<NerSentence>> TitleAugmented(const std::vector<NerSentence>& train,
                                                const lang::Tagger& tagger, size_t every);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NER_AUGMENT_H_
