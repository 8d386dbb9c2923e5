#include "core/document_words.h"

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

void AnnotateWords(const lang::Annotator& annotator, Document* doc) {
  const bool english = doc->language == "en" || doc->language == "und";
  std::vector<std::string_view> forms;
  std::vector<lang::WordAnalysis> analyses;
  doc->words.resize(doc->tokens.size());
  for (size_t s = 0; s < doc->tokens.size(); ++s) {
    const std::vector<text::Token>& tokens = doc->tokens[s];
    forms.clear();
    for (const text::Token& t : tokens) forms.push_back(doc->TokenText(t));
    if (english) annotator.Annotate(forms, &analyses);
    std::vector<Word>& words = doc->words[s];
    words.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      Word& w = words[i];
      w.span = doc->mapped.MakeSpan(tokens[i].start, tokens[i].end);
      if (!english) {
        // Copies of named strings: assigning literals here trips GCC 12's
        // -Wrestrict false positive at -O3.
        static const std::string kUnknown = "X", kNone = "_";
        w.lemma = std::string(forms[i]);
        w.upos = kUnknown;
        w.xpos = w.feats = w.deprel = kNone;
        continue;
      }
      const lang::WordAnalysis& a = analyses[i];
      w.lemma = a.lemma;
      w.upos = a.upos;
      w.xpos = a.xpos;
      w.feats = a.feats;
      w.head = static_cast<uint32_t>(a.head);
      w.deprel = a.deprel;
    }
  }
}

}  // namespace newsgraph
