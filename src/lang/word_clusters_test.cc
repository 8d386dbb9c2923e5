#include "lang/word_clusters.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::lang {
namespace {

// Two word families in distinct contexts: days after "on", cities after
// "in"; each sentence repeated so every word passes min_count.
std::vector<std::vector<std::string>> TwoFamilies() {
  std::vector<std::vector<std::string>> sentences;
  for (int r = 0; r < 5; ++r) {
    for (const char* day : {"Monday", "Tuesday", "Friday"}) {
      sentences.push_back({"we", "met", "on", day});
    }
    for (const char* city : {"Paris", "Baghdad", "Cairo"}) {
      sentences.push_back({"we", "met", "in", city});
    }
  }
  return sentences;
}

ClusterOptions Small(std::vector<int> classes) {
  ClusterOptions options;
  options.classes = std::move(classes);
  options.min_count = 2;
  return options;
}

TEST(WordClustersTest, WordsInTheSameContextsShareAClass) {
  auto clusters = WordClusters::Train(TwoFamilies(), Small({2, 4}), nullptr);
  ASSERT_TRUE(clusters.ok()) << clusters.status().ToString();
  const WordClusters& c = **clusters;
  ASSERT_EQ(c.levels(), 2);
  const auto* monday = c.Lookup("monday");
  const auto* friday = c.Lookup("FRIDAY");  // looked up lowercased
  const auto* paris = c.Lookup("Paris");
  const auto* cairo = c.Lookup("cairo");
  ASSERT_TRUE(monday && friday && paris && cairo);
  EXPECT_EQ(monday->ids[0], friday->ids[0]);
  EXPECT_EQ(paris->ids[0], cairo->ids[0]);
  EXPECT_NE(monday->ids[0], paris->ids[0]);
  EXPECT_EQ(monday->count, 5u);
  EXPECT_EQ(c.Lookup("tokyo"), nullptr);
}

TEST(WordClustersTest, TrainingIsDeterministicAndRoundTrips) {
  auto a = WordClusters::Train(TwoFamilies(), Small({2, 4}), nullptr);
  auto b = WordClusters::Train(TwoFamilies(), Small({2, 4}), nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string text = (*a)->ToText("made by a test\nsecond line");
  EXPECT_EQ(text, (*b)->ToText("made by a test\nsecond line"));
  EXPECT_EQ(text.rfind("# made by a test\n# second line\n", 0), 0u);
  auto parsed = WordClusters::Parse(text, "clusters.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ((*parsed)->ToText("made by a test\nsecond line"), text);
}

TEST(WordClustersTest, HashtagWordsAreNotComments) {
  auto parsed = WordClusters::Parse("# header\n#metoo\t1\t3\t7\n", "c.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_NE((*parsed)->Lookup("#MeToo"), nullptr);
  EXPECT_EQ((*parsed)->Lookup("#metoo")->ids[1], 3);
}

TEST(WordClustersTest, TrainRejectsBadOptionsAndTooLittleText) {
  EXPECT_FALSE(WordClusters::Train(TwoFamilies(), Small({}), nullptr).ok());
  EXPECT_FALSE(WordClusters::Train(TwoFamilies(), Small({1}), nullptr).ok());
  EXPECT_FALSE(WordClusters::Train(TwoFamilies(), Small({5000}), nullptr).ok());
  auto few = WordClusters::Train(TwoFamilies(), Small({100}), nullptr);
  ASSERT_FALSE(few.ok());
  EXPECT_EQ(few.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(few.status().message().find("fewer than the 100 classes"), std::string::npos);
  EXPECT_FALSE(WordClusters::Train({}, Small({2}), nullptr).ok());
}

struct BadFile {
  const char* text;
  const char* error;  // expected in the message
};

TEST(WordClustersTest, MalformedFilesNameTheLine) {
  const BadFile cases[] = {
      {"the\t1\n", "c.txt:1: expected word, cluster ids and count"},
      {"# h\nthe\t1\t2\t9\nof\t1\t9\n", "c.txt:3: expected 2 cluster ids, found 1"},
      {"The\t1\t2\t9\n", "c.txt:1: the word must be non-empty and lowercase"},
      {"the\t0\t2\t9\n", "c.txt:1: cluster id \"0\" is not in 1..4095"},
      {"the\t1\t4096\t9\n", "c.txt:1: cluster id \"4096\""},
      {"the\tx\t2\t9\n", "c.txt:1: cluster id \"x\""},
      {"the\t1\t2\tmany\n", "c.txt:1: count \"many\" is not a number"},
      {"the\t1\t2\t9\nthe\t1\t2\t9\n", "c.txt:2: \"the\" is listed twice"},
      {"# only a comment\n", "c.txt: no word clusters"},
      {"", "c.txt: no word clusters"},
  };
  for (const auto& c : cases) {
    auto r = WordClusters::Parse(c.text, "c.txt");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << c.text;
    EXPECT_NE(r.status().message().find(c.error), std::string::npos)
        << c.text << " -> " << r.status().message();
  }
}

TEST(WordClustersTest, MissingFileIsNotFound) {
  auto r = WordClusters::LoadFile("/nonexistent/clusters.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph::lang
