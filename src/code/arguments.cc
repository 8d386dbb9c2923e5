#include "code/arguments.h"

#include <algorithm>
#include <deque>

namespace newsgraph::code {
namespace {

// How far inheritance climbs (xcomp of conj of xcomp ...): enough for
// "Iraq agreed to try to begin withdrawing", bounded for broken trees.
constexpr int kMaxClimb = 6;

bool IsNegation(const Word& w) {
  return w.deprel == "advmod" && (w.lemma == "not" || w.lemma == "never" || w.lemma == "n't");
}

bool IsRelativePronoun(const Word& w) {
  return w.lemma == "who" || w.lemma == "which" || w.lemma == "that";
}

// "it", "they", ...: a subject that stands for someone named elsewhere.
bool IsPersonalPronoun(const Word& w) {
  return w.upos == "PRON" && (w.lemma == "it" || w.lemma == "they" || w.lemma == "he" ||
                              w.lemma == "she" || w.lemma == "we");
}

// Clauses inside a phrase have their own participants: "the envoy who
// visited Baghdad" does not name Baghdad as the envoy.
bool IsClause(std::string_view deprel) {
  return deprel == "acl" || deprel == "acl:relcl" || deprel == "advcl" || deprel == "ccomp" ||
         deprel == "xcomp" || deprel == "csubj" || deprel == "parataxis";
}

}  // namespace

DependencyTree::DependencyTree(const std::vector<Word>& words)
    : words_(words), child_start_(words.size() + 2, 0) {
  // Counting sort by parent: child_start_[p + 2] counts p's children, then
  // prefix sums make child_start_[p + 1] the start of p's slice, and
  // placing each child advances it to the start of p + 1's.
  for (size_t i = 0; i < words.size(); ++i) {
    const int parent = Parent(i);
    if (parent >= 0) ++child_start_[static_cast<size_t>(parent) + 2];
  }
  for (size_t p = 2; p < child_start_.size(); ++p) child_start_[p] += child_start_[p - 1];
  child_list_.resize(child_start_.back());
  for (size_t i = 0; i < words.size(); ++i) {
    const int parent = Parent(i);
    if (parent >= 0) child_list_[child_start_[static_cast<size_t>(parent) + 1]++] = i;
  }
  child_start_.pop_back();
}

std::span<const size_t> DependencyTree::Children(size_t i) const {
  return std::span<const size_t>(child_list_)
      .subspan(child_start_[i], child_start_[i + 1] - child_start_[i]);
}

int DependencyTree::Parent(size_t i) const {
  const uint32_t head = words_[i].head;
  if (head == 0 || head > words_.size() || head - 1 == i) return -1;
  return static_cast<int>(head - 1);
}

int DependencyTree::Child(size_t i, std::initializer_list<std::string_view> relations) const {
  for (std::string_view relation : relations) {
    for (size_t c : Children(i)) {
      if (words_[c].deprel == relation) return static_cast<int>(c);
    }
  }
  return -1;
}

int DependencyTree::Subject(size_t verb) const {
  size_t v = verb;
  for (int step = 0; step < kMaxClimb; ++step) {
    const int parent = Parent(v);
    const std::string_view relation = words_[v].deprel;
    const int subject = Child(v, {"nsubj", "obl:agent"});
    if (subject >= 0) {
      const Word& s = words_[static_cast<size_t>(subject)];
      // "the envoy who visited": the relative pronoun stands for the noun.
      if (relation == "acl:relcl" && parent >= 0 && IsRelativePronoun(s)) return parent;
      // "Iraq said it will meet Iran": a pronoun subject of a reported
      // clause is, most often in news, the speaker.
      if (relation == "ccomp" && parent >= 0 && IsPersonalPronoun(s)) {
        const int speaker = Child(static_cast<size_t>(parent), {"nsubj"});
        if (speaker >= 0 && !IsPersonalPronoun(words_[static_cast<size_t>(speaker)])) {
          return speaker;
        }
      }
      return subject;
    }
    if (const int passive = Child(v, {"nsubj:pass"}); passive >= 0) {
      // "Gollum was seen to break": the infinitive's doer is the passive
      // subject above it; the passive verb itself has no agent.
      return v == verb ? -1 : passive;
    }
    if (parent < 0) return -1;
    // A verb the parser coordinated with a noun ("condemned ... on Thursday
    // and promised": "promised" conj of "Thursday") takes the subject of
    // the verb governing that noun.
    const bool misattached = v != verb && words_[v].upos != "VERB" && words_[v].upos != "AUX";
    if (relation != "xcomp" && relation != "conj" && !misattached) return -1;
    if (relation == "xcomp") {
      // "Iran urged Iraq to withdraw": the object controls the infinitive.
      const int object = Child(static_cast<size_t>(parent), {"obj", "iobj"});
      if (object >= 0) return object;
    }
    v = static_cast<size_t>(parent);
  }
  return -1;
}

ArgumentWords DependencyTree::Arguments(size_t verb) const {
  ArgumentWords out;
  if (const int source = Subject(verb); source >= 0) out.sources.push_back(source);
  // A second subject the parser split from a coordination ("Lions, tigers,
  // and Gondor welcomed": "Lions" and "Gondor" both nsubj).
  for (size_t c : Children(verb)) {
    if (words_[c].deprel == "nsubj" && std::find(out.sources.begin(), out.sources.end(),
                                                 static_cast<int>(c)) == out.sources.end()) {
      out.sources.push_back(static_cast<int>(c));
    }
  }
  for (std::string_view relation : {"obj", "iobj", "nsubj:pass", "obl"}) {
    for (size_t c : Children(verb)) {
      if (words_[c].deprel == relation) out.targets.push_back(static_cast<int>(c));
    }
  }
  for (size_t c : Children(verb)) out.negated = out.negated || IsNegation(words_[c]);
  return out;
}

std::vector<size_t> DependencyTree::Subtree(size_t root, size_t limit) const {
  std::vector<size_t> out;
  std::deque<size_t> queue = {root};
  while (!queue.empty() && out.size() < limit) {
    const size_t i = queue.front();
    queue.pop_front();
    out.push_back(i);
    for (size_t c : Children(i)) {
      if (!IsClause(words_[c].deprel)) queue.push_back(c);
    }
  }
  return out;
}

}  // namespace newsgraph::code
