#include "lang/parser.h"
#include "lang/transition.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "lang/fnv.h"
#include "lang/word_clusters.h"
#include "test_support.h"

namespace newsgraph::lang {
namespace {

ConlluSentence Sentence(const std::vector<std::string>& forms, const std::vector<std::string>& tags,
                        const std::vector<int>& heads, const std::vector<std::string>& rels) {
  ConlluSentence s;
  for (size_t i = 0; i < forms.size(); ++i) {
    ConlluWord w;
    w.form = forms[i];
    w.upos = w.xpos = tags[i];
    w.head = heads[i];
    w.deprel = rels[i];
    s.words.push_back(w);
  }
  return s;
}

std::unique_ptr<Parser> TinyModel(const WordClusters* clusters = nullptr) {
  std::vector<ConlluSentence> train = {
      Sentence({"John", "saw", "Mary", "."}, {"PROPN", "VERB", "PROPN", "PUNCT"}, {2, 0, 2, 2},
               {"nsubj", "root", "obj", "punct"}),
      Sentence({"the", "dog", "barked"}, {"DET", "NOUN", "VERB"}, {2, 3, 0},
               {"det", "nsubj", "root"}),
  };
  ParserTrainOptions options;
  options.epochs = 3;
  options.move_rows = options.label_rows = 1 << 12;
  options.clusters = clusters;
  auto p = Parser::Train(train, {}, options, nullptr);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return std::move(p.value());
}

std::unique_ptr<WordClusters> TinyClusters() {
  auto c = WordClusters::Parse(
      "# test\njohn\t1\t7\t9\nmary\t1\t7\t5\nsaw\t2\t12\t4\n"
      "dog\t3\t20\t3\n",
      "tiny.tsv");
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return std::move(c).value();
}

// Every word has one head in 0..n, exactly one word hangs from the root, and
// following heads from any word reaches the root (no cycles).
void ExpectTree(const std::vector<Arc>& arcs) {
  if (arcs.empty()) return;
  std::vector<int> heads = {-1};
  for (const Arc& arc : arcs) heads.push_back(arc.head);
  EXPECT_TRUE(IsTree(heads));
}

TEST(ParserTest, EdgeCasesGiveTrees) {
  auto parser = TinyModel();
  std::vector<Arc> arcs;
  parser->Parse({{"Hello", "INTJ", "UH"}}, &arcs);
  ASSERT_EQ(arcs.size(), 1u);
  EXPECT_EQ(arcs[0].head, 0);
  parser->Parse({{".", "PUNCT", "."}, {"!", "PUNCT", "."}, {"?", "PUNCT", "."}}, &arcs);
  ExpectTree(arcs);
  parser->Parse({}, &arcs);
  EXPECT_TRUE(arcs.empty());
  ParserInput long_sentence(20000, ParserWord{"word", "NOUN", "NN"});
  parser->Parse(long_sentence, &arcs);
  ASSERT_EQ(arcs.size(), 20000u);
  ExpectTree(arcs);
}

TEST(ParserTest, TrainingIsDeterministic) {
  EXPECT_EQ(TinyModel()->Serialize(), TinyModel()->Serialize());
}

// A non-projective training tree (Nivre & Nilsson's lifting and lowering):
// "A hearing is scheduled on the issue today": "on" (5) hangs from "hearing"
// (2) across the verb. Seen often enough, the lifted relation is learnt and
// the parser restores the crossing arc.
TEST(ParserTest, LearnsNonProjectiveTrees) {
  const std::vector<std::string> forms = {"A",  "hearing", "is",    "scheduled",
                                          "on", "the",     "issue", "today"};
  const std::vector<std::string> tags = {"DET", "NOUN", "AUX", "VERB",
                                         "ADP", "DET",  "NOUN", "NOUN"};
  const std::vector<int> heads = {2, 4, 4, 0, 7, 7, 2, 4};
  const std::vector<std::string> rels = {"det",  "nsubj:pass", "aux:pass", "root",
                                         "case", "det",        "nmod",     "obl:tmod"};
  std::vector<ConlluSentence> train(6, Sentence(forms, tags, heads, rels));
  ParserTrainOptions options;
  options.epochs = 10;
  options.move_rows = options.label_rows = 1 << 12;
  auto parser = Parser::Train(train, {}, options, nullptr);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  ParserInput in;
  for (size_t i = 0; i < forms.size(); ++i) in.push_back({forms[i], tags[i], tags[i]});
  std::vector<Arc> arcs;
  (*parser)->Parse(in, &arcs);
  ExpectTree(arcs);
  for (size_t i = 0; i < forms.size(); ++i) {
    EXPECT_EQ(arcs[i].head, heads[i]) << forms[i];
    EXPECT_EQ(arcs[i].deprel, rels[i]) << forms[i];
  }
}

TEST(ParserTest, SerializeRoundTrips) {
  auto parser = TinyModel();
  std::string bytes = parser->Serialize();
  auto loaded = Parser::Load(bytes, "tiny.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ParserInput in = {{"John", "PROPN", "NNP"}, {"saw", "VERB", "VBD"}, {"Mary", "PROPN", "NNP"}};
  std::vector<Arc> a, b;
  parser->Parse(in, &a);
  (*loaded)->Parse(in, &b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].head, b[i].head);
    EXPECT_EQ(a[i].deprel, b[i].deprel);
  }
}

// The clusters travel inside the model file: a loaded model parses as the
// trained one, without the cluster file.
TEST(ParserTest, SerializeRoundTripsWithClusters) {
  auto clusters = TinyClusters();
  auto parser = TinyModel(clusters.get());
  const std::string bytes = parser->Serialize();
  EXPECT_NE(bytes, TinyModel()->Serialize());
  auto loaded = Parser::Load(bytes, "tiny.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Serialize(), bytes);
  ParserInput in = {{"Mary", "PROPN", "NNP"}, {"saw", "VERB", "VBD"}, {"John", "PROPN", "NNP"}};
  std::vector<Arc> a, b;
  parser->Parse(in, &a);
  (*loaded)->Parse(in, &b);
  ExpectTree(b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].head, b[i].head);
    EXPECT_EQ(a[i].deprel, b[i].deprel);
  }
}

// A version 2 file (no cluster fields) loads as a parser without clusters:
// the same bytes as version 3 less the cluster count, re-checksummed.
TEST(ParserTest, LoadsVersion2Files) {
  const std::string v3 = TinyModel()->Serialize();
  std::string v2 = v3.substr(0, v3.size() - 12);  // cluster count 0, checksum
  ASSERT_EQ(v2[8], 3);
  v2[8] = 2;
  const uint64_t sum = Fnv1a(v2);
  v2.append(reinterpret_cast<const char*>(&sum), sizeof(sum));
  auto loaded = Parser::Load(v2, "v2.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Serialize(), v3);
}

TEST(ParserTest, ClusterTableFindsLowercasedWords) {
  auto clusters = TinyClusters();
  ParserClusters table;
  ASSERT_TRUE(table.Build(*clusters));
  EXPECT_EQ(table.keys.size(), 4u);
  EXPECT_EQ(table.Find(Fnv1a("saw", 3)), (2u << 16) | 12u);
  EXPECT_EQ(table.Find(Fnv1a("paris", 3)), 0u);
  ParserClusters unsorted = table;
  std::swap(unsorted.keys[0], unsorted.keys[1]);
  EXPECT_FALSE(unsorted.Index());
  ParserClusters zero = table;
  zero.ids[0] = 5;  // coarse 0
  EXPECT_FALSE(zero.Index());
}

TEST(ParserTest, CorruptModelIsCorruption) {
  auto clusters = TinyClusters();
  std::string bytes = TinyModel(clusters.get())->Serialize();
  for (size_t cut : {size_t{0}, size_t{5}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = Parser::Load(std::string_view(bytes).substr(0, cut), "model.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    EXPECT_NE(r.status().message().find("model.bin"), std::string::npos);
  }
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x40;
  auto r = Parser::Load(flipped, "model.bin");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
}

TEST(ParserTest, CommittedModelParsesSentences) {
  const std::string path = testing::SourcePath("data/models/parser.bin");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no committed parser model yet: " << path;
  auto parser = Parser::LoadFile(path);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  std::vector<Arc> arcs;
  (*parser)->Parse({{"The", "DET", "DT"},
                    {"minister", "NOUN", "NN"},
                    {"visited", "VERB", "VBD"},
                    {"Paris", "PROPN", "NNP"},
                    {".", "PUNCT", "."}},
                   &arcs);
  ExpectTree(arcs);
  EXPECT_EQ(arcs[2].head, 0);
  EXPECT_EQ(arcs[1].head, 3);
}

// The model card in docs/models.md: EWT dev with gold tags.
TEST(ParserTest, CommittedModelScoresOnEwtDev) {
  const std::string dev = testing::SharedDir() + "/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu";
  NEWSGRAPH_REQUIRE_SHARED(dev);
  const std::string path = testing::SourcePath("data/models/parser.bin");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no committed parser model yet: " << path;
  auto parser = Parser::LoadFile(path);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  auto gold = ReadConlluFile(dev);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  double uas = 0, las = 0;
  (*parser)->Evaluate(*gold, &uas, &las);
  EXPECT_NEAR(uas, 87.99, 0.3);
  EXPECT_NEAR(las, 85.62, 0.3);
  std::printf("EWT dev (gold tags): UAS %.2f LAS %.2f\n", uas, las);
  auto test =
      ReadConlluFile(testing::SharedDir() + "/treebanks/ud-english-ewt/en_ewt-ud-test.conllu");
  if (test.ok()) {
    (*parser)->Evaluate(*test, &uas, &las);
    std::printf("EWT test (gold tags): UAS %.2f LAS %.2f\n", uas, las);
  }
}

}  // namespace
}  // namespace newsgraph::lang
