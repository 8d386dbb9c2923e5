#include "text/word_fingerprint.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/near_duplicates.h"

namespace newsgraph::text {
namespace {

WordFingerprint Print(std::string_view text) {
  WordFingerprinter f;
  return f.Fingerprint(text, 0, static_cast<uint32_t>(text.size()));
}

TEST(WordFingerprintTest, CountsWordsAsTheDescriptionDoes) {
  EXPECT_EQ(Print("").words, 0u);
  EXPECT_EQ(Print(" ,.;").words, 0u);
  EXPECT_EQ(Print("one").words, 1u);
  EXPECT_EQ(Print("One, two -- three4 caf\u00e9 \u0642\u0627\u0644!").words, 5u);
  EXPECT_EQ(Print("a-very-long-hyphenated-word-that-runs-past-sixteen-bytes x").words, 11u);
  EXPECT_EQ(Print("supercalifragilisticexpialidocious, Supercalifragilisticexpialidocious").words,
            2u);
}

TEST(WordFingerprintTest, ExactHashIgnoresCaseSpacingAndPunctuation) {
  EXPECT_EQ(Print("The U.S. agreed, today.").exact, Print("the u s  AGREED today").exact);
  EXPECT_NE(Print("the us agreed").exact, Print("the u s agreed").exact);
  EXPECT_NE(Print("agreed the us").exact, Print("the us agreed").exact);
  EXPECT_NE(Print("internationalisation x").exact, Print("internationalisatioN y").exact);
  EXPECT_EQ(Print("Supercalifragilisticexpialidocious!").exact,
            Print("supercalifragilisticexpialidocious").exact);
  EXPECT_NE(Print("supercalifragilisticexpialidocious").exact,
            Print("supercalifragilisticexpialidociousness").exact);
}

// A paragraph's fingerprint does not depend on where it sits: in the middle
// of a text, or at its very end (where the scan may not read past it).
TEST(WordFingerprintTest, SameWherever) {
  const std::string p = "Officials said the talks would continue next week in Baghdad";
  const WordFingerprint alone = Print(p);
  for (size_t pad : {0, 1, 7, 63, 64, 65}) {
    const std::string text = std::string(pad, '.') + p + "\n\nmore";
    WordFingerprinter f;
    const WordFingerprint mid =
        f.Fingerprint(text, static_cast<uint32_t>(pad), static_cast<uint32_t>(pad + p.size()));
    EXPECT_EQ(mid.exact, alone.exact);
    EXPECT_EQ(mid.words, alone.words);
    EXPECT_EQ(mid.bloom, alone.bloom);
    const std::string tail = std::string(pad, '.') + p;
    const WordFingerprint end =
        f.Fingerprint(tail, static_cast<uint32_t>(pad), static_cast<uint32_t>(tail.size()));
    EXPECT_EQ(end.exact, alone.exact);
    EXPECT_EQ(end.bloom, alone.bloom);
  }
}

// The bound may let hopeless pairs through but must never stop a pair
// whose bigram Jaccard reaches it: random paragraphs over a small
// vocabulary, many of them edited copies of each other.
TEST(WordFingerprintTest, JaccardBoundNeverMissesAPair) {
  const std::vector<std::string> vocabulary = {"the",
                                               "Iraq",
                                               "talks",
                                               "said",
                                               "of",
                                               "US",
                                               "forces",
                                               "minister",
                                               "in",
                                               "a",
                                               "\u0642\u0627\u0644",
                                               "caf\u00e9",
                                               "2021",
                                               "week"};
  std::mt19937 rng(17);
  auto paragraph = [&](size_t words) {
    std::string p;
    for (size_t k = 0; k < words; ++k) p += vocabulary[rng() % vocabulary.size()] + " ";
    return p;
  };
  size_t reaching = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string a = paragraph(2 + rng() % 60);
    std::string b = a;
    for (int edits = rng() % 6; edits > 0; --edits) {  // drop or insert a few words
      size_t at = rng() % (b.size() + 1);
      while (at > 0 && at < b.size() && b[at - 1] != ' ') --at;
      b.insert(at, paragraph(1 + rng() % 3));
    }
    if (rng() % 3 == 0) b = paragraph(2 + rng() % 60);
    BigramDescription da = DescribeBigrams(a, 0, static_cast<uint32_t>(a.size()));
    BigramDescription db = DescribeBigrams(b, 0, static_cast<uint32_t>(b.size()));
    const double j = BigramJaccard(&da, &db);
    const bool may = JaccardMayReach(Print(a), Print(b), 3, 5);
    if (j >= 0.6) {
      ++reaching;
      EXPECT_TRUE(may) << j << "\n" << a << "\n" << b;
    }
  }
  EXPECT_GT(reaching, 500u);  // the test does exercise the bound
}

TEST(WordFingerprintTest, JaccardBoundRulesOutUnrelatedParagraphs) {
  const WordFingerprint a =
      Print("The minister said the strategic dialogue would continue next month in Washington");
  const WordFingerprint b =
      Print("Rain is expected across the north of the country on Tuesday, forecasters warned");
  EXPECT_FALSE(JaccardMayReach(a, b, 3, 5));
  EXPECT_TRUE(JaccardMayReach(a, a, 3, 5));
}

}  // namespace
}  // namespace newsgraph::text
