#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::text {
namespace {

std::vector<std::string> Tokens(const std::string& text) {
  auto tok = Tokenizer::Create();
  EXPECT_TRUE(tok.ok());
  auto r = (*tok)->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  for (const Token& t : *r) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(TokenizerTest, SplitsWordsAndPunctuation) {
  EXPECT_EQ(Tokens("Iraq agreed, finally."),
            (std::vector<std::string>{"Iraq", "agreed", ",", "finally", "."}));
}

TEST(TokenizerTest, KeepsNumbersWhole) {
  EXPECT_EQ(Tokens("2,500 soldiers and 60% left"),
            (std::vector<std::string>{"2,500", "soldiers", "and", "60", "%", "left"}));
}

TEST(TokenizerTest, OffsetsAreRelativeToWholeText) {
  std::string text = "xx Iraq yy";
  auto tok = Tokenizer::Create();
  ASSERT_TRUE(tok.ok());
  auto r = (*tok)->Tokenize(text, 3, 7);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].start, 3u);
  EXPECT_EQ((*r)[0].end, 7u);
  EXPECT_EQ((*r)[0].kind, TokenKind::kWord);
}

TEST(TokenizerTest, ClassifiesKinds) {
  std::string text = "Iraq 2021 .";
  auto tok = Tokenizer::Create();
  ASSERT_TRUE(tok.ok());
  auto r = (*tok)->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].kind, TokenKind::kWord);
  EXPECT_EQ((*r)[1].kind, TokenKind::kNumber);
  EXPECT_EQ((*r)[2].kind, TokenKind::kPunct);
}

TEST(TokenizerTest, EmptyRangeGivesNoTokens) {
  auto tok = Tokenizer::Create();
  ASSERT_TRUE(tok.ok());
  auto r = (*tok)->Tokenize("abc", 1, 1);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
}

TEST(TokenizerTest, LongInputIsLinear) {
  // 20,000 tokens with no sentence break: must simply work (no quadratic path).
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "word ";
  EXPECT_EQ(Tokens(text).size(), 20000u);
}

}  // namespace
}  // namespace newsgraph::text
