#include "lang/parser_features.h"

#include <gtest/gtest.h>

#include <vector>

#include "lang/transition.h"

namespace newsgraph::lang {
namespace {

// Features past the capacity would be dropped silently: every template must
// fit, in every state of a parse (here: the oracle's states of one tree).
TEST(ParserFeaturesTest, TemplatesFitTheirCapacity) {
  const ParserInput in = {{"The", "DET", "DT"},      {"minister", "NOUN", "NN"},
                          {"visited", "VERB", "VBD"}, {"Paris", "PROPN", "NNP"},
                          {"today", "NOUN", "NN"},    {".", "PUNCT", "."}};
  const std::vector<int> heads = {-1, 2, 3, 0, 3, 3, 3};
  const std::vector<uint16_t> labels(heads.size(), 1);
  SentenceAtoms atoms;
  atoms.Reset(in);
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

TEST(ParserFeaturesTest, RowsStayInTheTable) {
  for (uint32_t rows : {1u, 3u, 1900000u, 1u << 24}) {
    for (uint64_t h : {uint64_t{0}, uint64_t{1}, ~uint64_t{0}, uint64_t{0x9e3779b97f4a7c15}}) {
      EXPECT_LT(Row(h, rows), rows);
    }
  }
}

}  // namespace
}  // namespace newsgraph::lang
