#include "lang/lemmatizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "lang/conllu.h"
#include "test_support.h"

namespace newsgraph::lang {
namespace {

const Lemmatizer& Default() {
  Result<const Lemmatizer*> lemmatizer = Lemmatizer::Default();
  EXPECT_TRUE(lemmatizer.ok()) << lemmatizer.status().ToString();
  return **lemmatizer;
}

struct LemmaCase {
  std::string_view form, upos, xpos, lemma;
};

TEST(LemmatizerTest, EmbeddedDataGivesEwtStyleLemmas) {
  const LemmaCase cases[] = {
      // lexicon (EWT and WordNet exceptions)
      {"went", "VERB", "VBD", "go"},
      {"children", "NOUN", "NNS", "child"},
      {"better", "ADJ", "JJR", "good"},
      {"n't", "PART", "RB", "not"},
      {"The", "DET", "DT", "the"},
      // suffix rules checked against WordNet's word list
      {"hoping", "VERB", "VBG", "hope"},
      {"singing", "VERB", "VBG", "sing"},
      {"stopped", "VERB", "VBD", "stop"},
      {"bored", "VERB", "VBN", "bore"},
      {"opened", "VERB", "VBD", "open"},
      {"reaffirmed", "VERB", "VBD", "reaffirm"},
      {"boxes", "NOUN", "NNS", "box"},
      {"Ministries", "NOUN", "NNS", "ministry"},
      {"larger", "ADJ", "JJR", "large"},
      {"biggest", "ADJ", "JJS", "big"},
      {"glass", "NOUN", "NN", "glass"},
      // names and unknown words
      {"Kadhimi", "PROPN", "NNP", "Kadhimi"},
      {"Iraqis", "PROPN", "NNPS", "Iraqi"},
      {"CEOs", "NOUN", "NNS", "CEOs"},
      {"2021", "NUM", "CD", "2021"},
      {"12,000", "NUM", "CD", "12000"},
      {"her", "PRON", "PRP$", "her"},
      {"her", "PRON", "PRP", "she"},
      {"Provisional", "ADJ", "NNP", "Provisional"},
      {"Territories", "PROPN", "NNPS", "Territory"},
      {"zorblaxes", "NOUN", "NNS", "zorblax"},
      {"frobnicated", "VERB", "VBD", "frobnicat"},
      {"Frobnicate", "VERB", "VB", "frobnicate"},
      {"word", "_", "_", "word"},
  };
  const Lemmatizer& lemmatizer = Default();
  for (const LemmaCase& c : cases) {
    EXPECT_EQ(lemmatizer.Lemmatize(c.form, c.upos, c.xpos), c.lemma)
        << c.form << " " << c.upos << " " << c.xpos;
  }
}

TEST(LemmatizerTest, EmptyAndOddInputNeverFails) {
  const Lemmatizer& lemmatizer = Default();
  EXPECT_EQ(lemmatizer.Lemmatize("", "NOUN", "NN"), "");
  EXPECT_EQ(lemmatizer.Lemmatize("s", "NOUN", "NNS"), "s");
  EXPECT_EQ(lemmatizer.Lemmatize("ed", "VERB", "VBD"), "ed");
  EXPECT_EQ(lemmatizer.Lemmatize("...", "PUNCT", "."), "...");
  EXPECT_EQ(lemmatizer.Lemmatize("مرحبا", "X", "FW"), "مرحبا");
  EXPECT_EQ(lemmatizer.Lemmatize(std::string(100000, 'a') + "s", "NOUN", "NNS"),
            std::string(100000, 'a'));
}

TEST(LemmatizerTest, MalformedDataNamesFileAndLine) {
  const std::string lexicon =
      "form\tupos\txpos\tlemma\tsource\nwent\tVERB\t*\tgo\tewt\nbad\tline\n";
  Result<std::unique_ptr<const Lemmatizer>> result =
      Lemmatizer::Load(lexicon, "pos\tword\nv\tgo\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kCorruption);
  EXPECT_NE(result.status().message().find("lang/lemma_lexicon.tsv:3"), std::string::npos)
      << result.status().ToString();

  result = Lemmatizer::Load("form\tupos\txpos\tlemma\tsource\n", "pos\tword\nverb\tgo\n");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("lang/lemma_words.tsv:2"), std::string::npos)
      << result.status().ToString();
}

// With gold tags, over EWT dev. The figure with the tagger's tags is in
// docs/models.md (Lemmatizer) and checked by the annotator's test.
TEST(LemmatizerTest, EwtDevAccuracyWithGoldTags) {
  const std::string dev =
      testing::SharedDir() + "/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu";
  NEWSGRAPH_REQUIRE_SHARED(dev);
  Result<std::vector<ConlluSentence>> sentences = ReadConlluFile(dev);
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  const Lemmatizer& lemmatizer = Default();
  size_t total = 0, correct = 0;
  for (const ConlluSentence& s : *sentences) {
    for (const ConlluWord& w : s.words) {
      ++total;
      correct += lemmatizer.Lemmatize(w.form, w.upos, w.xpos) == w.lemma;
    }
  }
  const double accuracy = 100.0 * static_cast<double>(correct) / static_cast<double>(total);
  RecordProperty("accuracy", std::to_string(accuracy));
  EXPECT_GE(accuracy, 98.0) << correct << "/" << total;
}

}  // namespace
}  // namespace newsgraph::lang
