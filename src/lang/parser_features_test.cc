#include "lang/parser_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "lang/fnv.h"
#include "lang/transition.h"

namespace newsgraph::lang {
namespace {

// Two words clustered, the others not.
ParserClusters SomeClusters() {
  std::vector<std::pair<uint64_t, uint32_t>> items = {{Fnv1a("minister", 3), 3u << 16 | 40},
                                                      {Fnv1a("paris", 3), 9u << 16 | 200}};
  std::sort(items.begin(), items.end());
  ParserClusters c;
  for (const auto& [key, ids] : items) c.keys.push_back(key), c.ids.push_back(ids);
  EXPECT_TRUE(c.Index());
  return c;
}

// Features past the capacity would be dropped silently: every template must
// fit, in every state of a parse (here: the oracle's states of one tree),
// with and without clusters.
class ParserFeaturesCapacityTest : public testing::TestWithParam<bool> {};

TEST_P(ParserFeaturesCapacityTest, TemplatesFitTheirCapacity) {
  const ParserInput in = {{"The", "DET", "DT"},      {"minister", "NOUN", "NN"},
                          {"visited", "VERB", "VBD"}, {"Paris", "PROPN", "NNP"},
                          {"today", "NOUN", "NN"},    {".", "PUNCT", "."}};
  const std::vector<int> heads = {-1, 2, 3, 0, 3, 3, 3};
  const std::vector<uint16_t> labels(heads.size(), 1);
  SentenceAtoms atoms;
  atoms.Reset(in, GetParam() ? SomeClusters() : ParserClusters{});
  ASSERT_EQ(atoms.clustered, GetParam());
  if (GetParam()) {
    EXPECT_EQ(atoms.coarse[2], 3u);  // "minister"
    EXPECT_EQ(atoms.fine[4], 200u);  // "Paris", looked up lowercased
    EXPECT_EQ(atoms.fine[1], 0u);    // "The": not clustered
  }
  ParseState st(static_cast<int>(in.size()));
  uint64_t a[kMaxMoveFeatures], b[kMaxMoveFeatures];
  while (!st.Terminal()) {
    const int k = MoveFeatures(st, atoms, a);
    EXPECT_LT(k, kMaxMoveFeatures);
    EXPECT_EQ(MoveFeatures(st, atoms, b), k);
    for (int i = 0; i < k; ++i) ASSERT_EQ(a[i], b[i]) << "feature " << i;
    const Transition t = StaticOracle(st, heads, labels);
    if (t.move != Move::kShift) {
      const int dep = st.Stack(0), head = t.move == Move::kLeft ? st.Buffer(0) : st.Stack(1);
      EXPECT_LT(LabelFeatures(st, atoms, dep, head, a), kMaxLabelFeatures);
    }
    st.Apply(t);
  }
}

INSTANTIATE_TEST_SUITE_P(Clusters, ParserFeaturesCapacityTest, testing::Bool());

// A clustered sentence gives different features from the same sentence
// without clusters (the cluster templates are present).
TEST(ParserFeaturesTest, ClustersChangeTheFeatures) {
  const ParserInput in = {{"The", "DET", "DT"}, {"minister", "NOUN", "NN"}};
  SentenceAtoms plain, clustered;
  plain.Reset(in, ParserClusters{});
  clustered.Reset(in, SomeClusters());
  ParseState st(static_cast<int>(in.size()));
  st.Apply({Move::kShift, 0});
  uint64_t a[kMaxMoveFeatures], b[kMaxMoveFeatures];
  const int ka = MoveFeatures(st, plain, a), kb = MoveFeatures(st, clustered, b);
  EXPECT_NE(std::vector<uint64_t>(a, a + ka), std::vector<uint64_t>(b, b + kb));
}

TEST(ParserFeaturesTest, RowsStayInTheTable) {
  for (uint32_t rows : {1u, 3u, 1900000u, 1u << 24}) {
    for (uint64_t h : {uint64_t{0}, uint64_t{1}, ~uint64_t{0}, uint64_t{0x9e3779b97f4a7c15}}) {
      EXPECT_LT(Row(h, rows), rows);
    }
  }
}

}  // namespace
}  // namespace newsgraph::lang
