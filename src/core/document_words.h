// Filling Document::words: the tagger, lemmatizer and parser run over every
// sentence's tokens. Shared by the Analyzer and the finders' tests.
//
// The models are English: for other languages (Document::language not "en"
// or "und") words get their spans and the form as lemma, upos "X", and no
// tags or tree (xpos, feats, deprel "_", head 0; docs/output.md).
//
// Thread-safety: as lang::Annotator (const; safe from many threads).
#ifndef NEWSGRAPH_CORE_DOCUMENT_WORDS_H_
#define NEWSGRAPH_CORE_DOCUMENT_WORDS_H_

#include "core/document.h"
#include "lang/annotator.h"

namespace newsgraph {

// REQUIRES: doc->tokens is filled; doc->words is replaced.
void AnnotateWords(const lang::Annotator& annotator, Document* doc);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_DOCUMENT_WORDS_H_
