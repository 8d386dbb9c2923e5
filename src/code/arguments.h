// Who did what to whom, read off a dependency tree: the words that stand for
// an event verb's source (the doer) and target (the one acted on), and
// whether the verb is negated. Relations are UD English EWT's.
//
//   source  nsubj; obl:agent of a passive ("was attacked by Iran");
//           inherited from the verb it depends on when the verb has none,
//           through xcomp ("Iraq agreed to withdraw"; the object when there
//           is one: "Iran urged Iraq to withdraw") and conj ("Iraq met
//           and thanked"); for a relative clause (acl:relcl) the noun it
//           describes, when the subject is "who"/"which"/"that" ("the
//           envoy who visited"). Not through ccomp or advcl, whose
//           subjects differ; but a pronoun subject of a reported clause
//           (ccomp) is taken to be the reporter ("Iraq said it will meet
//           Iran": Iraq meets Iran).
//   target  obj, iobj, nsubj:pass, then every plain obl in text order (not
//           obl:agent, obl:tmod, obl:npmod, obl:unmarked: times and
//           measures are not targets).
//   negated an advmod child "not", "n't", "never" (by lemma).
//
// Thread-safety: a DependencyTree is immutable after construction.
#ifndef NEWSGRAPH_CODE_ARGUMENTS_H_
#define NEWSGRAPH_CODE_ARGUMENTS_H_

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "newsgraph/analysis.h"

namespace newsgraph::code {

// Candidate phrase heads (0-based word indices), most likely first; the
// event finder takes the first whose phrase holds a name.
struct ArgumentWords {
  std::vector<int> sources;
  std::vector<int> targets;
  bool negated = false;
};

// A sentence's dependency tree with child lists, built once per sentence.
class DependencyTree {
 public:
  // REQUIRES: `words` outlives the tree. Heads out of range or cycles are
  // tolerated (such words are treated as roots; climbing is bounded).
  explicit DependencyTree(const std::vector<Word>& words);

  // REQUIRES: verb < size(). Cost: the verb's children and a few ancestors'.
  ArgumentWords Arguments(size_t verb) const;

  // Up to `limit` indices of the phrase headed by `root` (root first) in
  // breadth-first order: nearest to the root first, then text order. Clauses
  // inside it (acl, relative clauses, advcl, ccomp, xcomp, csubj, parataxis)
  // are left out. Used to find the name inside a phrase ("the US
  // delegation" -> "US").
  std::vector<size_t> Subtree(size_t root, size_t limit) const;

  size_t size() const { return words_.size(); }

 private:
  int Parent(size_t i) const;  // -1 for the root or a bad head
  int Child(size_t i, std::initializer_list<std::string_view> relations) const;
  int Subject(size_t verb) const;

  std::span<const size_t> Children(size_t i) const;  // in text order

  const std::vector<Word>& words_;
  // Children of word i: child_list_[child_start_[i], child_start_[i + 1]).
  std::vector<size_t> child_start_, child_list_;
};

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_ARGUMENTS_H_
