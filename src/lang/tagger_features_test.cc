#include "lang/tagger_features.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace newsgraph::lang::tagger {
namespace {

// The word cache row of a word is exactly the sum of its WordFeatures'
// weights, so cached and uncached scoring agree.
TEST(WordCacheTest, RowIsTheSumOfTheWordFeatures) {
  FlatMap lexicon, raw;
  std::vector<Atoms> atoms;
  const std::string_view word = "talks";
  ComputeAtoms({&word, 1}, lexicon, raw, nullptr, &atoms);
  uint64_t f[kMaxStatic];
  const int k = WordFeatures(atoms[2], f);
  ASSERT_GT(k, 10);
  // Feature j gives class j % 3 the weight j + 1; one feature has a dense row.
  std::vector<uint64_t> features;
  std::vector<uint32_t> offsets = {0};
  std::vector<Entry> entries;
  for (int j = 0; j < k; ++j) {
    features.push_back(f[j]);
    if (j == 0) {
      for (uint32_t c = 0; c < 9; ++c) entries.push_back({0.5f, c});
    } else {
      entries.push_back({static_cast<float>(j + 1), static_cast<uint32_t>(j % 3)});
    }
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  Weights weights;
  weights.Build(9, features, offsets, entries);
  WordCache cache;
  cache.Build(weights, {atoms[2]});
  const uint32_t row = cache.Find(atoms[2].form);
  ASSERT_NE(row, kNoRow);
  std::vector<float> expected(weights.stride(), 0.0f);
  for (int j = 0; j < k; ++j) weights.Add(f[j], expected.data());
  for (size_t c = 0; c < weights.stride(); ++c) EXPECT_FLOAT_EQ(cache.Row(row)[c], expected[c]);
  EXPECT_EQ(cache.Find(atoms[2].form + 1), kNoRow);
}

// Cached words skip the word-alone features but keep the context ones.
TEST(WordCacheTest, ComputeAtomsMarksCachedWords) {
  FlatMap lexicon, raw;
  std::vector<Atoms> atoms;
  const std::string_view talks = "talks";
  ComputeAtoms({&talks, 1}, lexicon, raw, nullptr, &atoms);
  Weights weights;
  weights.Build(4, {}, {0}, {});
  WordCache cache;
  cache.Build(weights, {atoms[2]});
  const std::vector<std::string_view> words = {"peace", "talks", "resumed"};
  ComputeAtoms(words, lexicon, raw, &cache, &atoms);
  EXPECT_EQ(atoms[2].cache, kNoRow);
  EXPECT_NE(atoms[3].cache, kNoRow);
  EXPECT_EQ(atoms[4].cache, kNoRow);
  uint64_t f[kMaxStatic];
  EXPECT_EQ(StaticFeatures(atoms, 1, f), WordFeatures(atoms[3], f) + ContextFeatures(atoms, 1, f));
}

}  // namespace
}  // namespace newsgraph::lang::tagger
