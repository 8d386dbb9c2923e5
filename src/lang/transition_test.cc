#include "lang/transition.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace newsgraph::lang {
namespace {

// Runs the static oracle from the initial state; returns the resulting heads.
std::vector<int> RunOracle(const std::vector<int>& heads, const std::vector<uint16_t>& labels,
                           std::vector<uint16_t>* out_labels) {
  const int n = static_cast<int>(heads.size()) - 1;
  ParseState state(n);
  int steps = 0;
  while (!state.Terminal() && steps <= 2 * n + 1) {
    Transition t = StaticOracle(state, heads, labels);
    EXPECT_TRUE(state.Legal(t.move));
    if (!state.Legal(t.move)) break;
    state.Apply(t);
    ++steps;
  }
  EXPECT_EQ(steps, 2 * n);
  *out_labels = state.labels();
  return state.heads();
}

TEST(TransitionTest, OracleReproducesProjectiveTrees) {
  // heads[0] is unused (-1, as in ParseState).
  const std::vector<std::vector<int>> trees = {
      {-1, 0},                    // one word
      {-1, 2, 0, 2},              // "John saw Mary"
      {-1, 2, 0, 4, 2, 2},        // det before object, punct
      {-1, 0, 1, 2, 3, 4},        // right chain
      {-1, 2, 3, 4, 5, 0},        // left chain
      {-1, 3, 3, 0, 6, 6, 3, 3},  // mixed
  };
  for (const auto& heads : trees) {
    ASSERT_TRUE(IsProjective(heads));
    std::vector<uint16_t> labels(heads.size());
    for (size_t i = 0; i < labels.size(); ++i) labels[i] = static_cast<uint16_t>(i % 5);
    labels[0] = 0;
    std::vector<uint16_t> got_labels;
    std::vector<int> got = RunOracle(heads, labels, &got_labels);
    for (size_t w = 1; w < heads.size(); ++w) {
      EXPECT_EQ(got[w], heads[w]) << "word " << w;
      EXPECT_EQ(got_labels[w], labels[w]) << "word " << w;
    }
  }
}

// Following any zero-cost move, chosen at random, rebuilds the gold tree;
// the static oracle's move always costs nothing.
TEST(TransitionTest, ZeroCostMovesReproduceProjectiveTrees) {
  const std::vector<std::vector<int>> trees = {
      {-1, 0},           {-1, 2, 0, 2},       {-1, 2, 0, 4, 2, 2},
      {-1, 0, 1, 2, 3, 4}, {-1, 2, 3, 4, 5, 0}, {-1, 3, 3, 0, 6, 6, 3, 3},
      {-1, 0, 1, 1, 1, 1}, {-1, 5, 5, 5, 5, 0}, {-1, 2, 0, 5, 5, 2, 5, 8, 6, 2},
  };
  std::mt19937 rng(7);
  for (const auto& heads : trees) {
    const int n = static_cast<int>(heads.size()) - 1;
    std::vector<uint16_t> labels(heads.size(), 0);
    for (int trial = 0; trial < 20; ++trial) {
      ParseState state(n);
      int steps = 0;
      while (!state.Terminal() && steps <= 2 * n) {
        int cost[kNumMoves];
        MoveCosts(state, heads, cost);
        const Transition oracle = StaticOracle(state, heads, labels);
        EXPECT_EQ(cost[static_cast<int>(oracle.move)], 0) << "step " << steps;
        std::vector<int> free;
        for (int m = 0; m < kNumMoves; ++m) {
          EXPECT_EQ(cost[m] >= 0, state.Legal(static_cast<Move>(m)));
          if (cost[m] == 0) free.push_back(m);
        }
        ASSERT_FALSE(free.empty());
        state.Apply({static_cast<Move>(free[rng() % free.size()]), 0});
        ++steps;
      }
      ASSERT_EQ(steps, 2 * n);
      for (int w = 1; w <= n; ++w) EXPECT_EQ(state.heads()[w], heads[w]) << "word " << w;
    }
  }
}

// After a wrong move, the costs count exactly the gold arcs it lost.
TEST(TransitionTest, CostsCountLostArcs) {
  // "John saw Mary": SHIFT John, then SHIFT saw loses saw->John and
  // root->saw (John, below saw, could no longer be popped first).
  const std::vector<int> heads = {-1, 2, 0, 2};
  ParseState state(3);
  state.Apply({Move::kShift, 0});
  int cost[kNumMoves];
  MoveCosts(state, heads, cost);
  EXPECT_EQ(cost[static_cast<int>(Move::kShift)], 2);
  EXPECT_EQ(cost[static_cast<int>(Move::kLeft)], 0);
  EXPECT_EQ(cost[static_cast<int>(Move::kRight)], -1);  // illegal: root only last
}

TEST(TransitionTest, DetectsNonProjectiveTrees) {
  EXPECT_FALSE(IsProjective({-1, 3, 0, 2, 1}));  // arc 3->1 spans 2, whose head is the root
  EXPECT_TRUE(IsProjective({-1, 2, 0, 2}));
}

TEST(TransitionTest, RootOnlyAttachedLast) {
  ParseState state(2);
  state.Apply({Move::kShift, 0});
  EXPECT_FALSE(state.CanRight());  // would make word 1 a root while 2 is pending
  EXPECT_TRUE(state.CanLeft());
}

}  // namespace
}  // namespace newsgraph::lang
