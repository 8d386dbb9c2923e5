#include "lexicon/verb_list.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "lexicon/cameo_table.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

std::vector<text::Token> Tokens(std::string_view s) {
  auto tokenizer = text::Tokenizer::Create();
  EXPECT_TRUE(tokenizer.ok());
  auto tokens = (*tokenizer)->Tokenize(s, 0, static_cast<uint32_t>(s.size()));
  EXPECT_TRUE(tokens.ok());
  return tokens.ok() ? std::move(tokens).value() : std::vector<text::Token>{};
}

TEST(CameoVerbListTest, DefaultLoadsAndUsesKnownCodes) {
  auto verbs = VerbList::LoadDefault();
  ASSERT_TRUE(verbs.ok()) << verbs.status().ToString();
  auto cameo = CameoTable::LoadDefault();
  ASSERT_TRUE(cameo.ok()) << cameo.status().ToString();
  EXPECT_TRUE(verbs->CheckCodes(*cameo).ok()) << verbs->CheckCodes(*cameo).ToString();
  EXPECT_GT(verbs->size(), 200u);
}

TEST(CameoVerbListTest, CoversEveryCameoRoot) {
  auto verbs = VerbList::LoadDefault();
  ASSERT_TRUE(verbs.ok());
  // Probe one common form per root.
  const std::vector<std::pair<std::string, std::string>> probes = {
      {"said", "010"},       {"urged", "020"},     {"agreed", "030"},   {"met", "040"},
      {"praised", "051"},    {"invested", "061"},  {"provided", "070"}, {"withdrew", "087"},
      {"probed", "090"},     {"demanded", "100"},  {"accused", "112"},  {"rejected", "120"},
      {"threatened", "130"}, {"protested", "140"}, {"deployed", "154"}, {"expelled", "166"},
      {"arrested", "173"},   {"abducted", "181"},  {"attacked", "190"}, {"massacred", "202"},
  };
  std::set<std::string> roots;
  for (const auto& [form, code] : probes) {
    std::vector<text::Token> tokens = Tokens(form);
    auto m = verbs->LongestMatch(form, tokens, 0);
    ASSERT_TRUE(m.has_value()) << form;
    EXPECT_EQ(m->entry->code, code) << form;
    roots.insert(code.substr(0, 2));
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(CameoVerbListTest, PrefersLongestForm) {
  auto verbs =
      VerbList::Parse("v.tsv", "form\tcode\ncalled for\t020\ncalled\t010\npull out\t087\n");
  ASSERT_TRUE(verbs.ok()) << verbs.status().ToString();
  std::string s = "Russia Called  for talks and pulled out";
  std::vector<text::Token> tokens = Tokens(s);
  auto m = verbs->LongestMatch(s, tokens, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 3u);
  EXPECT_EQ(m->entry->form, "called for");
  EXPECT_FALSE(verbs->LongestMatch(s, tokens, 5).has_value());  // "pulled out" is not listed
}

TEST(CameoVerbListTest, MalformedRowsAreCorruption) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"form\tcode\nSaid\t010\n", "v.tsv:2: form \"Said\" must be lower case"},
      {"form\tcode\ncalled  for\t020\n", "v.tsv:2: form \"called  for\" must be lower case"},
      {"form\tcode\nsaid\t10x\n", "v.tsv:2: bad CAMEO code \"10x\""},
      {"form\tcode\nsaid\t21\n", "v.tsv:2: bad CAMEO code \"21\""},
      {"form\tcode\nsaid\t010\n# x\nsaid\t020\n", "v.tsv:4: form \"said\" listed twice"},
      {"form\tcode\nsaid\n", "v.tsv:2: expected 2 tab-separated fields, got 1"},
      {"code\tform\n", "v.tsv:1: expected header row: form, code"},
  };
  for (const auto& [tsv, message] : cases) {
    SCOPED_TRACE(tsv);
    auto v = VerbList::Parse("v.tsv", tsv);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.status().code(), StatusCode::kCorruption);
    EXPECT_EQ(v.status().message().substr(0, message.size()), message);
  }
}

TEST(CameoVerbListTest, CheckCodesNamesUnknownCode) {
  auto verbs = VerbList::Parse("v.tsv", "form\tcode\nsaid\t0109\n");
  ASSERT_TRUE(verbs.ok());
  auto cameo = CameoTable::LoadDefault();
  ASSERT_TRUE(cameo.ok());
  Status s = verbs->CheckCodes(*cameo);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(),
            "v.tsv: form \"said\" has CAMEO code 0109, which the CAMEO table does not define");
}

}  // namespace
}  // namespace newsgraph::lexicon
