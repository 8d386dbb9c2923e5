#include "lexicon/role_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::lexicon {
namespace {

const RoleTable& Default() {
  static const RoleTable table = [] {
    auto t = RoleTable::LoadDefault();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::move(t).value() : RoleTable();
  }();
  return table;
}

// "sector/kind/tokens" of the role at the start of `text`, or "-".
std::string RoleAtStart(const std::string& text) {
  auto tokenizer = text::Tokenizer::Create();
  auto tokens = (*tokenizer)->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  if (!tokens.ok() || tokens->empty()) return "-";
  auto m = Default().LongestMatch(text, *tokens, 0);
  if (!m) return "-";
  return m->role->sector + (m->role->kind == RoleEntry::Kind::kTitle ? "/title/" : "/group/") +
         std::to_string(m->end);
}

TEST(RoleTableTest, LongestRoleFirstInAnyCaseAndHyphenation) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Foreign Minister Fuad Hussein", "GOV/title/2"},
      {"minister Fuad", "GOV/title/1"},
      {"Secretary of State Blinken", "GOV/title/3"},
      {"Commander in Chief of the Armed Forces", "MIL/title/7"},
      {"Commander-in-Chief of the Armed Forces", "MIL/title/9"},
      {"Commander-in-Chief spoke", "MIL/title/5"},
      {"political parties protested", "PTY/group/2"},
      {"security forces fired", "COP/group/2"},
      {"Hussein said", "-"},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(RoleAtStart(text), want) << text;
}

TEST(RoleTableTest, MalformedRowsNameTheLine) {
  const std::string header = "phrase\tsector\tkind\tnote\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"envoy\tGOVT\ttitle\t\n", "t.tsv:2: \"GOVT\" is not a 3-letter sector code"},
      {"envoy\tGOV\tperson\t\n", "t.tsv:2: kind \"person\" is neither title nor group"},
      {"envoy\tGOV\ttitle\t\nEnvoy\tGOV\ttitle\t\n", "t.tsv:3: \"Envoy\" listed twice"},
      {"\tGOV\ttitle\t\n", "t.tsv:2: empty phrase"},
  };
  for (const auto& [rows, message] : cases) {
    auto r = RoleTable::Parse("t.tsv", header + rows);
    ASSERT_FALSE(r.ok()) << rows;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    EXPECT_NE(r.status().message().find(message), std::string::npos) << r.status().ToString();
  }
}

}  // namespace
}  // namespace newsgraph::lexicon
