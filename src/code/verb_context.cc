#include "code/verb_context.h"

#include <string>

namespace newsgraph::code {

bool IsVerbWord(const Word& w) {
  return w.upos == "VERB" || w.xpos.rfind("VB", 0) == 0;
}

bool NoVerbBefore(const std::vector<Word>& words, size_t end) {
  for (size_t w = 0; w < end; ++w) {
    if (IsVerbWord(words[w])) return false;
  }
  return true;
}

// Whether the parser gave the verb a subject (active or passive).
bool HasSubject(const std::vector<Word>& words, size_t verb) {
  for (const Word& w : words) {
    if (w.head == verb + 1 && w.deprel.rfind("nsubj", 0) == 0) return true;
  }
  return false;
}

bool IsPassive(const std::vector<Word>& words, size_t verb) {
  for (const Word& w : words) {
    if (w.head == verb + 1 && (w.deprel == "nsubj:pass" || w.deprel == "aux:pass")) return true;
  }
  return false;
}

std::vector<int> PassiveSubjects(const std::vector<Word>& words, size_t verb) {
  std::vector<int> out;
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].head == verb + 1 && words[w].deprel == "nsubj:pass") out.push_back(static_cast<int>(w));
  }
  return out;
}

bool Negated(const std::vector<Word>& words, size_t verb) {
  for (const Word& w : words) {
    if (w.head == verb + 1 && w.deprel == "advmod" &&
        (w.lemma == "not" || w.lemma == "n't" || w.lemma == "never")) {
      return true;
    }
  }
  return false;
}

std::string Modality(const std::vector<Word>& words, size_t verb) {
  for (const Word& w : words) {
    if (w.head == verb + 1 && w.deprel == "aux" && w.xpos == "MD") return w.lemma;
  }
  return {};
}

// Whether the verb is the infinitive of a verb that was coded, directly or
// through a chain of them ("called on Gondor to be allowed to leave").
bool GovernedByCodedVerb(const std::vector<Word>& words, size_t verb,
                         const std::set<size_t>& coded_verbs) {
  size_t v = verb;
  // "abandoned efforts to stop the parade": an infinitive describing the
  // object of a coded verb belongs to that verb's event.
  if (words[v].deprel == "acl" && words[v].xpos == "VB") {
    const uint32_t noun = words[v].head;
    if (noun == 0 || noun > words.size()) return false;
    const Word& n = words[noun - 1];
    if ((n.deprel == "obj" || n.deprel == "obl") && n.head > 0 && n.head <= words.size() &&
        coded_verbs.count(n.head - 1)) {
      return true;
    }
  }
  for (int step = 0; step < 6 && words[v].deprel == "xcomp"; ++step) {
    const uint32_t head = words[v].head;
    if (head == 0 || head > words.size()) return false;
    v = head - 1;
    if (coded_verbs.count(v)) return true;
  }
  return false;
}

}  // namespace newsgraph::code
