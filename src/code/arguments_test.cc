#include "code/arguments.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::code {
namespace {

// "form/lemma/head/deprel ..." -> words; pronoun lemmas get upos PRON.
std::vector<Word> Tree(const std::string& spec) {
  std::vector<Word> words;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    Word w;
    const size_t a = item.find('/'), b = item.find('/', a + 1), c = item.find('/', b + 1);
    w.lemma = item.substr(a + 1, b - a - 1);
    w.head = static_cast<uint32_t>(std::stoul(item.substr(b + 1, c - b - 1)));
    w.deprel = item.substr(c + 1);
    for (const char* pronoun : {"it", "they", "he", "she", "we", "who", "which", "that"}) {
      if (w.lemma == pronoun) w.upos = "PRON";
    }
    words.push_back(w);
  }
  return words;
}

struct ArgumentCase {
  std::string name;
  std::string tree;
  size_t verb;
  int source, target;  // the first candidate, -1 = none
  bool negated;
};

TEST(DependencyTreeTest, ArgumentsOfAVerb) {
  const std::vector<ArgumentCase> cases = {
      {"subject and object", "Iraq/Iraq/2/nsubj attacked/attack/0/root Iran/Iran/2/obj", 1, 0, 2,
       false},
      {"obl when there is no object",
       "Iraq/Iraq/2/nsubj agreed/agree/0/root with/with/4/case US/US/2/obl", 1, 0, 3, false},
      {"passive with agent",
       "Iran/Iran/3/nsubj:pass was/be/3/aux:pass attacked/attack/0/root by/by/5/case "
       "Iraq/Iraq/3/obl:agent",
       2, 4, 0, false},
      {"passive without agent", "Iran/Iran/3/nsubj:pass was/be/3/aux:pass hit/hit/0/root", 2, -1,
       0, false},
      {"negation", "Iraq/Iraq/4/nsubj did/do/4/aux not/not/4/advmod attack/attack/0/root "
       "Iran/Iran/4/obj",
       3, 0, 4, true},
      {"n't", "Iraq/Iraq/4/nsubj did/do/4/aux n't/not/4/advmod attack/attack/0/root", 3, 0, -1,
       true},
      {"subject through xcomp",
       "Iraq/Iraq/2/nsubj agreed/agree/0/root to/to/4/mark leave/leave/2/xcomp Kuwait/Kuwait/4/obj",
       3, 0, 4, false},
      {"object control",
       "Iran/Iran/2/nsubj urged/urge/0/root Iraq/Iraq/2/obj to/to/5/mark leave/leave/2/xcomp", 4,
       2, -1, false},
      {"subject through conj",
       "Iraq/Iraq/2/nsubj met/meet/0/root and/and/4/cc thanked/thank/2/conj Iran/Iran/4/obj", 3,
       0, 4, false},
      {"relative clause: the noun is the subject",
       "envoy/envoy/0/root who/who/3/nsubj visited/visit/1/acl:relcl Baghdad/Baghdad/3/obj", 2, 0,
       3, false},
      {"relative clause with its own subject",
       "envoy/envoy/0/root Iraq/Iraq/3/nsubj sent/send/1/acl:relcl", 2, 1, -1, false},
      {"ccomp does not inherit",
       "Iraq/Iraq/2/nsubj said/say/0/root troops/troop/4/nsubj left/leave/2/ccomp", 3, 2, -1,
       false},
      {"advcl does not inherit",
       "Iraq/Iraq/2/nsubj left/leave/0/root after/after/4/mark talking/talk/2/advcl", 3, -1, -1,
       false},
      {"pronoun subject of a reported clause is the reporter",
       "Iraq/Iraq/2/nsubj said/say/0/root it/it/5/nsubj will/will/5/aux meet/meet/2/ccomp "
       "Iran/Iran/5/obj",
       4, 0, 5, false},
      {"times are not targets",
       "Iraq/Iraq/2/nsubj met/meet/0/root Monday/Monday/2/obl:tmod", 1, 0, -1, false},
  };
  for (const ArgumentCase& c : cases) {
    SCOPED_TRACE(c.name);
    const std::vector<Word> words = Tree(c.tree);
    const DependencyTree tree(words);
    const ArgumentWords args = tree.Arguments(c.verb);
    EXPECT_EQ(args.sources.empty() ? -1 : args.sources[0], c.source);
    EXPECT_EQ(args.targets.empty() ? -1 : args.targets[0], c.target);
    EXPECT_EQ(args.negated, c.negated);
  }
}

TEST(DependencyTreeTest, EveryOblIsATargetCandidate) {
  // Russia called for talks with Ukraine
  const std::vector<Word> words = Tree(
      "Russia/Russia/2/nsubj called/call/0/root for/for/4/case talks/talk/2/obl with/with/6/case "
      "Ukraine/Ukraine/2/obl");
  const DependencyTree tree(words);
  EXPECT_EQ(tree.Arguments(1).targets, (std::vector<int>{3, 5}));
}

TEST(DependencyTreeTest, PhraseLeavesOutItsClauses) {
  // the envoy who visited Baghdad
  const std::vector<Word> words = Tree(
      "the/the/2/det envoy/envoy/0/root who/who/4/nsubj visited/visit/2/acl:relcl "
      "Baghdad/Baghdad/4/obj");
  const DependencyTree tree(words);
  EXPECT_EQ(tree.Subtree(1, 10), (std::vector<size_t>{1, 0}));
}

TEST(DependencyTreeTest, SubtreeIsNearestFirstAndBounded) {
  // the(3) US(3) delegation(4) arrived(0)
  const std::vector<Word> words =
      Tree("the/the/3/det US/US/3/compound delegation/delegation/4/nsubj arrived/arrive/0/root");
  const DependencyTree tree(words);
  EXPECT_EQ(tree.Subtree(2, 10), (std::vector<size_t>{2, 0, 1}));
  EXPECT_EQ(tree.Subtree(3, 2), (std::vector<size_t>{3, 2}));
}

TEST(DependencyTreeTest, BrokenTreesDoNotLoop) {
  // 1 -> 2 -> 1 (a cycle), 3 -> 99 (out of range), 4 -> itself.
  const std::vector<Word> words = Tree("a/a/2/xcomp b/b/1/conj c/c/99/obj d/d/4/nsubj");
  const DependencyTree tree(words);
  for (size_t i = 0; i < words.size(); ++i) {
    tree.Arguments(i);
    EXPECT_LE(tree.Subtree(i, 100).size(), 100u);
  }
}

TEST(DependencyTreeTest, LongChainIsLinear) {
  // 20,000 words each the conj of the previous: climbing is bounded.
  std::vector<Word> words(20000);
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].head = static_cast<uint32_t>(i);  // word i+1's head is word i
    words[i].deprel = i == 0 ? "root" : "conj";
  }
  const DependencyTree tree(words);
  for (size_t i = 0; i < words.size(); ++i) EXPECT_TRUE(tree.Arguments(i).sources.empty());
  EXPECT_EQ(tree.Subtree(0, 64).size(), 64u);
}

}  // namespace
}  // namespace newsgraph::code
