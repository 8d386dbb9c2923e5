// TextProcessor (newsgraph/text.h): the public text stage on the sample,
// its options and bad input.
#include "newsgraph/text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "test_support.h"

namespace newsgraph {
namespace {

class TextProcessorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto p = TextProcessor::Create();
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    processor_ = *p;
    auto raw = testing::ReadFile(testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
    ASSERT_TRUE(raw.has_value());
    sample_ = *raw;
  }
  static std::string_view Slice(const TextResult& r, const Span& s) {
    return std::string_view(r.text).substr(s.start, s.end - s.start);
  }
  std::shared_ptr<const TextProcessor> processor_;
  std::string sample_;
};

TEST_F(TextProcessorTest, SampleSentencesAndTokensSliceBack) {
  auto r = processor_->Process(sample_, {}, "sample");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("🇮🇶"), std::string::npos);
  ASSERT_FALSE(r->sentences.empty());
  ASSERT_FALSE(r->tokens.empty());
  uint32_t previous_end = 0;
  for (const TextToken& t : r->tokens) {
    ASSERT_LT(t.sentence, r->sentences.size());
    const Span& s = r->sentences[t.sentence].span;
    EXPECT_LE(s.start, t.span.start);
    EXPECT_LE(t.span.end, s.end);
    EXPECT_LE(previous_end, t.span.start);
    previous_end = t.span.end;
    EXPECT_FALSE(t.kind.empty());
    EXPECT_LT(t.span.raw_start, t.span.raw_end);
    EXPECT_LE(t.span.raw_end, sample_.size());
  }
  // Outside repaired stretches a token's raw bytes are its text.
  size_t identical = 0;
  for (const TextToken& t : r->tokens) {
    identical += sample_.substr(t.span.raw_start, t.span.raw_end - t.span.raw_start) ==
                 Slice(*r, t.span);
  }
  EXPECT_EQ(identical, r->tokens.size());
}

TEST_F(TextProcessorTest, ExcludedRangesYieldNothingUnlessKept) {
  auto normal = processor_->Process(sample_);
  TextOptions keep;
  keep.keep_excluded = true;
  auto kept = processor_->Process(sample_, keep);
  ASSERT_TRUE(normal.ok() && kept.ok());
  EXPECT_EQ(normal->text, kept->text);
  EXPECT_GT(kept->sentences.size(), normal->sentences.size());
  auto has_handle = [](const TextResult& r) {
    for (const TextToken& t : r.tokens) {
      if (t.kind == "handle") return true;
    }
    return false;
  };
  EXPECT_FALSE(has_handle(*normal));  // the tweet credit is boilerplate
  EXPECT_TRUE(has_handle(*kept));
}

TEST_F(TextProcessorTest, OptionsTurnOffLaterSteps) {
  TextOptions repair_only;
  repair_only.segment = repair_only.tokenize = false;
  auto r = processor_->Process(sample_, repair_only);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->repairs.empty());
  EXPECT_TRUE(r->sentences.empty());
  EXPECT_TRUE(r->tokens.empty());
  TextOptions sentences_only;
  sentences_only.tokenize = false;
  r = processor_->Process(sample_, sentences_only);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->sentences.empty());
  EXPECT_TRUE(r->tokens.empty());
}

TEST_F(TextProcessorTest, BadInputNamesTheOrigin) {
  struct Case {
    std::string raw;
    std::string_view message;
  };
  const std::vector<Case> cases = {
      {"", "in.txt: empty input"},
      {std::string("a\0b", 3), "in.txt: binary data"},
      {"ok\n\xff", "in.txt: invalid UTF-8 at byte 3 (line 2, column 1)"},
      {std::string(kMaxTextBytes + 1, 'a'), "in.txt: article is 16777217 bytes"},
  };
  for (const Case& c : cases) {
    auto r = processor_->Process(c.raw, {}, "in.txt");
    ASSERT_FALSE(r.ok()) << c.message;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
}

TEST_F(TextProcessorTest, ConcurrentCallsAgree) {
  auto expected = processor_->Process(sample_);
  ASSERT_TRUE(expected.ok());
  std::vector<size_t> tokens(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < tokens.size(); ++i) {
    threads.emplace_back([&, i] {
      auto r = processor_->Process(sample_);
      tokens[i] = r.ok() ? r->tokens.size() : 0;
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t n : tokens) EXPECT_EQ(n, expected->tokens.size());
}

}  // namespace
}  // namespace newsgraph
