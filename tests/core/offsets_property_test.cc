// Property: every span in an analysis slices back exactly to its text, in
// `text` and in the raw input. For raw offsets "exactly" means: running the
// text stage on the raw slice reproduces the text slice.
//
// Inputs: the demo sample, synthetic dirty inputs, and (when ../shared is
// present) the first 300 BBC articles.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "newsgraph/analyzer.h"
#include "newsgraph/reader.h"
#include "test_support.h"
#include "text/cleaner.h"

namespace newsgraph {
namespace {

std::string Slice(const std::string& s, uint32_t b, uint32_t e) { return s.substr(b, e - b); }

void CheckSpan(const Article& in, const Analysis& a, const Span& s, const std::string& what,
               const std::string* expected_text) {
  SCOPED_TRACE(in.id + " " + what);
  ASSERT_LE(s.start, s.end);
  ASSERT_LE(s.end, a.text.size());
  ASSERT_LE(s.raw_start, s.raw_end);
  ASSERT_LE(s.raw_end, in.raw.size());
  std::string text_slice = Slice(a.text, s.start, s.end);
  if (expected_text != nullptr) {
    EXPECT_EQ(text_slice, *expected_text);
  }
  if (s.start == s.end) return;
  auto recleaned = text::Clean(Slice(in.raw, s.raw_start, s.raw_end));
  ASSERT_TRUE(recleaned.ok());
  EXPECT_EQ(recleaned->mapped.text(), text_slice);
}

void CheckAll(const Analyzer& analyzer, const Article& in) {
  auto result = analyzer.Analyze(in);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const Analysis& a = *result;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& sentence = a.sentences[i];
    CheckSpan(in, a, sentence.span, "sentence " + std::to_string(i), nullptr);
    uint32_t previous_end = sentence.span.start;
    for (size_t w = 0; w < sentence.words.size(); ++w) {
      const Word& word = sentence.words[w];
      const std::string where = "sentence " + std::to_string(i) + " word " + std::to_string(w);
      CheckSpan(in, a, word.span, where, nullptr);
      EXPECT_GE(word.span.start, previous_end) << where;
      EXPECT_LE(word.span.end, sentence.span.end) << where;
      EXPECT_LE(word.head, sentence.words.size()) << where;
      previous_end = word.span.end;
    }
  }
  for (const Entity& e : a.entities) {
    for (const Mention& m : e.mentions) {
      CheckSpan(in, a, m.span, e.id + " mention", &m.text);
      ASSERT_LT(m.sentence, a.sentences.size());
      EXPECT_GE(m.span.start, a.sentences[m.sentence].span.start);
      EXPECT_LE(m.span.end, a.sentences[m.sentence].span.end);
    }
  }
  for (const Event& v : a.events) {
    CheckSpan(in, a, v.evidence, v.id + " evidence", nullptr);
    CheckSpan(in, a, v.trigger, v.id + " trigger", nullptr);
    if (v.source.has_value()) {
      EXPECT_NE(Slice(a.text, v.evidence.start, v.evidence.end).find(v.source->text),
                std::string::npos);
    }
  }
}

Article Make(const std::string& id, const std::string& raw) {
  Article a;
  a.id = id;
  a.origin = id;
  a.raw = raw;
  return a;
}

class OffsetsPropertyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = *a;
  }
  std::shared_ptr<const Analyzer> analyzer_;
};

TEST_F(OffsetsPropertyTest, DemoSample) {
  auto raw = testing::ReadFile(testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  CheckAll(*analyzer_, Make("sample", *raw));
}

TEST_F(OffsetsPropertyTest, SyntheticDirtyInputs) {
  const std::vector<std::string> inputs = {
      "\xef\xbb\xbf" "Iraq  agreed\r\nwith the\tUnited States.\r\n\r\n\r\nIran protested.",
      "Cafe\xcc\x81 owners in Baghdad\xc2\xa0said they met Iraqi officials.",
      "   \n\n  Washington accused\x07 Moscow of lying.  \n",
      "A\xe2\x80\x8b" "B. The U.S. and Iraq signed an accord on 7 April 2021.",
      "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf \xd9\x88\xd8\xa7\xd8\xb4\xd9\x86\xd8\xb7\xd9\x86.",
      "\xf0\x9f\x87\xae\xf0\x9f\x87\xb6 Iraq thanked France.",
      ".",
      "x",
  };
  for (size_t i = 0; i < inputs.size(); ++i) {
    CheckAll(*analyzer_, Make("synthetic-" + std::to_string(i), inputs[i]));
  }
}

TEST_F(OffsetsPropertyTest, BbcCorpus) {
  std::string path = testing::SharedDir() + "/corpora/bbc/bbc.jsonl";
  NEWSGRAPH_REQUIRE_SHARED(path);
  std::vector<Article> articles;
  ReadArticles(
      {path},
      [&](Article&& a) {
        if (articles.size() < 300) articles.push_back(std::move(a));
      },
      [](const Status& s) { ADD_FAILURE() << s.ToString(); });
  ASSERT_EQ(articles.size(), 300u);
  for (const Article& a : articles) CheckAll(*analyzer_, a);
}

}  // namespace
}  // namespace newsgraph
