// Scoring predicted annotation against gold.
#include "lang/evaluation.h"

#include <gtest/gtest.h>

namespace newsgraph::lang {
namespace {

ConlluSentence Sentence(std::vector<ConlluWord> words) {
  ConlluSentence s;
  s.words = std::move(words);
  return s;
}

TEST(EvaluationTest, CountsEachMetric) {
  ConlluSentence gold = Sentence({
      {"Iraq", "Iraq", "PROPN", "NNP", "Number=Sing", 2, "nsubj", "_", "_"},
      {"agreed", "agree", "VERB", "VBD", "Mood=Ind|Tense=Past", 0, "root", "_", "_"},
      {".", ".", "PUNCT", ".", "_", 2, "punct", "_", "_"},
  });
  ConlluSentence predicted = Sentence({
      {"Iraq", "iraq", "PROPN", "NNP", "Number=Sing", 2, "nsubj:pass", "_", "_"},
      {"agreed", "agree", "VERB", "VBN", "Tense=Past|Mood=Ind", 0, "root", "_", "_"},
      {".", ".", "NOUN", ".", "_", 1, "punct", "_", "_"},
  });
  Scorer scorer;
  ASSERT_TRUE(scorer.Add(gold, predicted, "s1").ok());
  const Scores& s = scorer.scores();
  EXPECT_EQ(s.words, 3u);
  EXPECT_EQ(s.upos, 2u);
  EXPECT_EQ(s.xpos, 2u);
  EXPECT_EQ(s.feats, 3u);  // order of features does not matter
  EXPECT_EQ(s.all_tags, 1u);
  EXPECT_EQ(s.lemmas, 2u);
  EXPECT_EQ(s.uas, 2u);
  EXPECT_EQ(s.las, 2u);  // "nsubj:pass" vs "nsubj": the universal part agrees
  EXPECT_NE(s.Report().find("UPOS      66.67  (2 / 3)"), std::string::npos) << s.Report();
}

TEST(EvaluationTest, MismatchedWordsAreAnError) {
  ConlluSentence gold = Sentence({{"a"}, {"b"}});
  Scorer scorer;
  Status fewer = scorer.Add(gold, Sentence({{"a"}}), "x.conllu: sentence 4");
  EXPECT_EQ(fewer.code(), StatusCode::kInvalidInput);
  EXPECT_NE(fewer.message().find("x.conllu: sentence 4: 2 gold words but 1 predicted"),
            std::string::npos);
  Status other = scorer.Add(gold, Sentence({{"a"}, {"c"}}), "x");
  EXPECT_NE(other.message().find("word 2 is \"b\" in gold but \"c\" predicted"), std::string::npos);
  Status sentences = scorer.AddAll({gold}, {}, "x");
  EXPECT_NE(sentences.message().find("1 gold sentences but 0 predicted"), std::string::npos);
}

TEST(EvaluationTest, FeatureSets) {
  EXPECT_TRUE(SameFeatures("_", "_"));
  EXPECT_TRUE(SameFeatures("A=1|B=2", "B=2|A=1"));
  EXPECT_FALSE(SameFeatures("A=1", "_"));
  EXPECT_FALSE(SameFeatures("A=1|B=2", "A=1"));
}

}  // namespace
}  // namespace newsgraph::lang
