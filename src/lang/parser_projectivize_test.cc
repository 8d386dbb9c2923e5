#include "lang/parser_projectivize.h"

#include <gtest/gtest.h>

#include <vector>

#include "lang/transition.h"

namespace newsgraph::lang {
namespace {

struct LiftCase {
  std::vector<int> heads;      // heads[0] unused
  std::vector<int> projective;  // after lifting
};

TEST(ParserProjectivizeTest, LiftsShortestNonProjectiveArcs) {
  const std::vector<LiftCase> cases = {
      {{-1, 2, 0, 2}, {-1, 2, 0, 2}},                    // already projective
      {{-1, 3, 0, 2, 1}, {-1, 2, 0, 2, 2}},              // 3->1, then 1->4 span the root 2
      {{-1, 2, 0, 2, 2, 3}, {-1, 2, 0, 2, 2, 2}},        // 3->5 spans 4, a child of 2
  };
  for (const auto& c : cases) {
    std::vector<int> heads = c.heads, original;
    ASSERT_TRUE(Projectivize(&heads, &original));
    EXPECT_EQ(heads, c.projective);
    EXPECT_EQ(original, c.heads);
    EXPECT_TRUE(IsProjective(heads));
  }
}

TEST(ParserProjectivizeTest, LongSentencesAreLeftToTheCaller) {
  std::vector<int> heads(502, 1), original;
  heads[0] = -1;
  heads[1] = 0;
  EXPECT_FALSE(Projectivize(&heads, &original, 500));
}

// Relations: 0 "a", 1 "b", 2 "c", 3 "a|c" (an "a" lifted from a "c").
TEST(ParserProjectivizeTest, DeprojectivizeLowersLiftedWords) {
  const std::vector<uint16_t> base = {0, 1, 2, 0};
  const std::vector<int> target = {-1, -1, -1, 2};
  std::vector<int> heads = {-1, 2, 0, 2, 1};
  std::vector<uint16_t> labels = {0, 3, 1, 2, 0};
  Deprojectivize(&heads, &labels, base, target);
  EXPECT_EQ(heads, (std::vector<int>{-1, 3, 0, 2, 1}));
  EXPECT_EQ(labels, (std::vector<uint16_t>{0, 0, 1, 2, 0}));
  // No word with the wanted relation: the word stays, its label plain.
  heads = {-1, 2, 0, 2};
  labels = {0, 3, 1, 1};
  Deprojectivize(&heads, &labels, base, target);
  EXPECT_EQ(heads, (std::vector<int>{-1, 2, 0, 2}));
  EXPECT_EQ(labels, (std::vector<uint16_t>{0, 0, 1, 1}));
}

// Every word lifted, in a long flat sentence: stays linear (bounded search)
// and keeps a tree.
TEST(ParserProjectivizeTest, DeprojectivizeIsBoundedOnLongSentences) {
  const int n = 20000;
  const std::vector<uint16_t> base = {0, 1, 2, 0};
  const std::vector<int> target = {-1, -1, -1, 2};
  std::vector<int> heads(n + 1, 1);
  std::vector<uint16_t> labels(n + 1, 3);
  heads[0] = -1;
  heads[1] = 0;
  labels[1] = 1;
  labels[n] = 2;
  Deprojectivize(&heads, &labels, base, target);
  for (int w = 2; w < n; ++w) ASSERT_TRUE(heads[w] == 1 || heads[w] == n) << w;
  EXPECT_EQ(heads[n], 1);
}

}  // namespace
}  // namespace newsgraph::lang
