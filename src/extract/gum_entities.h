// Gold named entities from GUM (https://gucorpling.org/gum/): GUM marks
// every entity mention in the MISC column, named or not ("the researcher",
// "she" and "Fuad Hussein" are all person mentions), as nested brackets:
// "Entity=(12-person-new-...-sgl" opens mention 12 on a word, "12)" closes
// it, "(12-person-...)" is a one-word mention. This file reduces them to the
// NAMED entities the recognizer (extract/ner_model.h) learns.
//
// The rule, applied to each mention of type person (-> PERSON),
// organization (-> ORG) or place (-> PLACE):
//  1. Its head is the first non-PUNCT word of the mention whose HEAD lies
//     outside the mention (or is the root). The mention is named when the
//     head is a name word: XPOS NNP or NNPS (UPOS PROPN when XPOS is "_").
//     GUM's XPOS, not its UPOS, marks names: "United" in "United States" is
//     VERB / NNP, "National" in "National Library" ADJ / NNP. Other
//     mentions are dropped ("the university", "they").
//  2. The name is the maximal run of name words inside the mention that
//     contains the head, where one or two connector words ("of", "and",
//     "&", "the", "de", "for", "-") may sit inside the run when name words
//     surround them ("University of Chicago", "Bank of America", "Royal
//     Library of the Netherlands"), except an "and" / "&" next to a nested
//     mention of ours ("Obama and Biden" are two names). Words in the
//     subtree of a descriptor of the head (deprel nmod:desc, GUM's relation
//     for titles: "Foreign Minister" in "Foreign Minister Fuad Hussein",
//     "Dr." in "Dr. Bailey") are not name words here. So leading
//     determiners, titles, possessive "'s" and trailing punctuation fall
//     outside ("the Netherlands" -> "Netherlands", "President Obama" ->
//     "Obama"), as in the CoNLL convention.
//  3. Mentions are taken outermost first (longer before shorter, then left
//     to right); a name overlapping one already taken is dropped, so a place
//     nested in an organization's name ("University of [Chicago]") is not
//     output, while one outside it ("[Chicago]'s [Field Museum]") is.
// The spans come out sorted by `begin` and never overlap.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_EXTRACT_GUM_ENTITIES_H_
#define NEWSGRAPH_EXTRACT_GUM_ENTITIES_H_

#include <string>
#include <vector>

#include "extract/named_span.h"
#include "lang/conllu.h"
#include "newsgraph/status.h"

namespace newsgraph::extract {

// One GUM mention: words [begin, end) and its GUM entity type ("person",
// "abstract", ...).
struct GumMention {
  size_t begin = 0, end = 0;
  std::string type;
};

// All mentions of the sentence, in the order they open (ties: outer first).
// kInvalidInput "<origin>:<line>: ..." for a closing bracket without an
// opening one or a mention left open at the end of the sentence.
Result<std::vector<GumMention>> GumMentions(const lang::ConlluSentence& sentence,
                                            std::string_view origin);

// The named PERSON / ORG / PLACE spans of the sentence by the rule above;
// errors as GumMentions.
Result<std::vector<NamedSpan>> GumNamedEntities(const lang::ConlluSentence& sentence,
                                                std::string_view origin);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_GUM_ENTITIES_H_
