// The Analyzer end to end on the demo sample and on bad input.
#include "newsgraph/analyzer.h"

#include <gtest/gtest.h>

#include <string>

#include "newsgraph/json.h"
#include "test_support.h"

namespace newsgraph {
namespace {

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = *a;
  }
  Result<Analysis> Run(const std::string& raw, const std::string& origin = "t.txt") {
    Article a;
    a.id = "t";
    a.origin = origin;
    a.raw = raw;
    return analyzer_->Analyze(a);
  }
  std::shared_ptr<const Analyzer> analyzer_;
};

TEST_F(AnalyzerTest, SampleIsAnalysed) {
  auto raw = testing::ReadFile(testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  auto r = Run(*raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->language, "en");
  // 20 paragraphs; the shattered one is rejoined, the duplicated paragraph
  // and the tweet credit are excluded, so every sentence is a real one.
  EXPECT_GE(r->sentences.size(), 15u);
  for (const Sentence& s : r->sentences) {
    std::string text = r->text.substr(s.span.start, s.span.end - s.span.start);
    EXPECT_GT(text.size(), 3u) << "fragment analysed as a sentence: " << text;
    EXPECT_EQ(text.find("emphasized that the great development"), std::string::npos)
        << "the duplicated paragraph was analysed";
    EXPECT_EQ(text.find("(@IraqiPMO)"), std::string::npos) << "the tweet credit was analysed";
  }
  EXPECT_FALSE(r->entities.empty());
  EXPECT_FALSE(r->events.empty());
  EXPECT_EQ(r->text.rfind("Iraq agreed with the United States", 0), 0u);
}

TEST_F(AnalyzerTest, MetadataIsCarried) {
  Article a;
  a.id = "x";
  a.source = "AFP";
  a.title = "Title";
  a.date = "2021-04-07";
  a.raw = "Iraq agreed.";
  auto r = analyzer_->Analyze(a);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "x");
  EXPECT_EQ(*r->source, "AFP");
  EXPECT_EQ(*r->title, "Title");
  EXPECT_EQ(*r->date, "2021-04-07");
}

TEST_F(AnalyzerTest, BadInputIsAStatusNamingTheInput) {
  struct Case {
    std::string raw;
    const char* message;
  } cases[] = {
      {"", "in.txt: empty input"},
      {std::string("a\0b", 3), "in.txt: binary data"},
      {"caf\xe9", "in.txt: invalid UTF-8 at byte 3"},
  };
  for (const Case& c : cases) {
    auto r = Run(c.raw, "in.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
    EXPECT_EQ(r.status().message().rfind(c.message, 0), 0u) << r.status().message();
  }
}

TEST_F(AnalyzerTest, HugeInputIsRejectedClearly) {
  std::string raw(Analyzer::kMaxArticleBytes + 1, 'a');
  auto r = Run(raw, "huge.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("above the 16 MiB limit"), std::string::npos);
}

TEST_F(AnalyzerTest, WhitespaceOnlyInputGivesAnEmptyAnalysis) {
  auto r = Run("  \n\n \t ");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "");
  EXPECT_TRUE(r->sentences.empty());
  EXPECT_EQ(r->language, "und");
}

TEST_F(AnalyzerTest, JsonHasEveryContractField) {
  auto r = Run("Iraq agreed with the United States.");
  ASSERT_TRUE(r.ok());
  std::string json = AnalysisToJson(*r);
  for (const char* field : {"\"id\"", "\"source\"", "\"title\"", "\"date\"", "\"language\"",
                            "\"text\"", "\"repairs\"", "\"sentences\"", "\"entities\"",
                            "\"events\"", "\"dates\":[]", "\"amounts\":[]", "\"quotes\":[]",
                            "\"tone\":null"}) {
    EXPECT_NE(json.find(field), std::string::npos) << field;
  }
}

}  // namespace
}  // namespace newsgraph
