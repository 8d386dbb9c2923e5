// The Analyzer end to end on the demo sample and on bad input.
#include "newsgraph/analyzer.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

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

// Issue 7: the sample has no metadata date; its tweet credit "April 7,
// 2021" dates it, and the relative expressions resolve against that.
TEST_F(AnalyzerTest, SampleDatesResolveAgainstTheCreditDate) {
  auto raw = testing::ReadFile(testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  auto r = Run(*raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->date.has_value());
  EXPECT_EQ(*r->date, "2021-04-07");
  EXPECT_EQ(r->date_source.value_or(""), "credit");
  std::map<std::string, std::string> found;  // text -> value/resolution
  for (const TimeExpression& t : r->dates) {
    EXPECT_EQ(r->text.substr(t.span.start, t.span.end - t.span.start), t.text);
    found[t.text] = t.value.value_or("") + " " + t.resolution;
  }
  EXPECT_EQ(found["last June"], "2020-06 month");
  EXPECT_EQ(found["August 2020"], "2020-08 month");
  EXPECT_EQ(found["Since 2014"], "2014/2021-04-07 range");
  EXPECT_EQ(found["the past months"], "PXM/2021-04-07 range");
  // "The first round ... was held last June": the consultation is dated
  // June 2020; events without a date of their own take the article's.
  bool june = false;
  for (const Event& e : r->events) {
    ASSERT_TRUE(e.date.has_value()) << e.id;
    if (e.cameo == "040" && e.date_expression && *e.date == "2020-06") june = true;
    if (!e.date_expression) {
      EXPECT_EQ(*e.date, "2021-04-07") << e.id;
    }
  }
  EXPECT_TRUE(june) << "no consultation dated last June";
}

// Issue 7: the sample's amounts with their objects and approximation, and
// no false amounts ("the two countries", the dates).
TEST_F(AnalyzerTest, SampleAmounts) {
  auto raw = testing::ReadFile(testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  auto r = Run(*raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> got;
  for (const Amount& a : r->amounts) {
    EXPECT_EQ(r->text.substr(a.span.start, a.span.end - a.span.start), a.text);
    got.push_back(a.text + "|" + a.unit + "|" + a.approximation.value_or("") + "|" +
                  a.object.value_or("") + "|" + a.count_type.value_or(""));
  }
  const std::vector<std::string> want = {
      "approximately 60%|percent|about|the coalition forces|FORCES",
      "a third|fraction||Iraq|",
      "about 3 thousand|count|about|soldiers from the international coalition forces|FORCES",
      "2,500|count||American soldiers|FORCES",
  };
  EXPECT_EQ(got, want);
}

TEST_F(AnalyzerTest, ArticleDateSources) {
  Article a;
  a.id = "x";
  a.raw = "BAGHDAD, April 7, 2021 (Reuters) - Iraq agreed on Monday to talks.";
  auto r = analyzer_->Analyze(a);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date.value_or(""), "2021-04-07");
  EXPECT_EQ(r->date_source.value_or(""), "dateline");
  ASSERT_FALSE(r->dates.empty());
  EXPECT_EQ(r->dates.back().text, "Monday");
  EXPECT_EQ(r->dates.back().value.value_or(""), "2021-04-05");

  a.date = "2020-01-02";  // metadata wins over the dateline
  r = analyzer_->Analyze(a);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date.value_or(""), "2020-01-02");
  EXPECT_EQ(r->date_source.value_or(""), "metadata");

  a.date.reset();
  a.raw = "Iraq agreed on Monday to talks.";  // no date anywhere
  r = analyzer_->Analyze(a);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date.has_value());
  EXPECT_FALSE(r->date_source.has_value());
  ASSERT_EQ(r->dates.size(), 1u);
  EXPECT_FALSE(r->dates[0].value.has_value());  // relative, nothing to resolve against
  EXPECT_TRUE(r->dates[0].relative);
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
  for (const char* field :
       {"\"id\"", "\"source\"", "\"title\"", "\"date\"", "\"date_source\"", "\"language\"",
        "\"text\"", "\"repairs\"", "\"sentences\"", "\"entities\"", "\"events\"", "\"dates\":[",
        "\"amounts\":[", "\"quotes\":[", "\"tone\":{\"tone\""}) {
    EXPECT_NE(json.find(field), std::string::npos) << field;
  }
}

}  // namespace
}  // namespace newsgraph
