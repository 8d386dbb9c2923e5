#include "lexicon/phrase_index.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "lexicon/dictionary_syntax.h"
#include "test_support.h"
#include "text/tokenizer.h"

namespace newsgraph::lexicon::dict {
namespace {

std::vector<text::Token> Tokens(std::string_view s) { return testing::TokensOf(s); }

// Longest match over real tokenizer output: value of the match and tokens.
struct MatchCase {
  std::string_view text;
  std::optional<uint32_t> value;
  size_t tokens = 0;  // matched token count
};

TEST(PhraseIndexTest, IndexWholeWordStemAndPlural) {
  PhraseIndex index(/*implicit_plural=*/true);
  auto add = [&](std::string_view written, uint32_t v) {
    auto k = KeyOfPhrase(written);
    ASSERT_TRUE(k);
    index.Add(k->key, k->whole_word, v);
  };
  add("IRAQ_", 1);
  add("SYRI", 2);  // stem
  add("MAZAR-I-SHARIF_", 3);
  add("AL_'IRAQ_", 4);
  add("SADDAM_HUSSEIN_", 5);
  add("OF_", 6);
  add("IRAQI_", 7);
  add("UNITED_NATIONS_SECURITY_COUNCIL_", 8);
  add("UNITED_NATIONS_", 9);
  add("SADDAM_HUSSEIN_", 10);  // redefined: the later wins
  add("CAN", 11);              // stem over glued tokens: "can" "not"
  index.Build();
  const MatchCase cases[] = {
      {"Iraq said", 1, 1},
      {"IRAQ", 1, 1},
      {"Iraqi troops", 7, 1},
      {"Iraqis", 7, 1},         // regular plural S on a whole word
      {"Iraqs", 1, 1},          // ... on IRAQ_ too
      {"Iraqiya", {}, 0},       // whole word: no stem
      {"Iraq's army", 1, 1},    // "'s" is its own token
      {"Syrian forces", 2, 1},  // stem
      {"Syria", 2, 1},
      {"Syr", {}, 0},
      {"Mazar-i-Sharif fell", 3, 5},
      {"Mazar i Sharif", 3, 3},
      {"al-'Iraq", 4, 0},  // token count checked below
      {"Saddam Hussein spoke", 10, 2},
      {"of", 6, 1},
      {"offer", {}, 0},  // OF_ is whole-word: not a stem
      {"United Nations Security Council", 8, 4},
      {"United Nations General Assembly", 9, 2},
      {"cannot", 11, 2},
      {"Hussein", {}, 0},
  };
  for (const MatchCase& c : cases) {
    auto tokens = Tokens(c.text);
    ASSERT_FALSE(tokens.empty()) << c.text;
    auto m = index.LongestMatch(c.text, tokens, 0);
    if (!c.value) {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->value, *c.value) << c.text;
    if (c.tokens > 0) {
      EXPECT_EQ(m->end, c.tokens) << c.text;
    } else {
      EXPECT_EQ(m->end, tokens.size()) << c.text;  // the whole string
    }
  }
  // Not at a token start, or past the end: nothing.
  auto tokens = Tokens("the Iraq");
  EXPECT_FALSE(index.LongestMatch("the Iraq", tokens, 0).has_value());
  EXPECT_TRUE(index.LongestMatch("the Iraq", tokens, 1).has_value());
  EXPECT_FALSE(index.LongestMatch("the Iraq", tokens, 2).has_value());
  EXPECT_EQ(index.Find("SADDAM HUSSEIN"), 10u);
  EXPECT_EQ(index.Find("SYRIANS"), 2u);
  EXPECT_FALSE(index.Find("").has_value());
}

TEST(PhraseIndexTest, IndexWithoutImplicitPlural) {
  PhraseIndex index(/*implicit_plural=*/false);
  index.Add("POLICE", true, 1);
  index.Build();
  auto tokens = Tokens("polices");
  EXPECT_FALSE(index.LongestMatch("polices", tokens, 0).has_value());
  tokens = Tokens("police");
  EXPECT_TRUE(index.LongestMatch("police", tokens, 0).has_value());
}

// Regression: a stem shorter than the first token still matches across a
// glued token, although no key starts with that token ("can" "not" and the
// stem CA): the lookup must not stop before the glued token.
TEST(PhraseIndexTest, StemAcrossGluedTokenWithoutLongerKey) {
  PhraseIndex index(/*implicit_plural=*/false);
  index.Add("CA", false, 1);
  index.Build();
  auto tokens = Tokens("cannot");
  ASSERT_EQ(tokens.size(), 2u);
  auto m = index.LongestMatch("cannot", tokens, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 2u);
}

TEST(PhraseIndexTest, KeysLongerThanTheHashedPrefix) {
  PhraseIndex index(/*implicit_plural=*/true);
  std::string long_text, long_key;
  for (int i = 0; i < 40; ++i) {
    long_text += (i ? " word" : "word") + std::to_string(i);
    long_key += (i ? " WORD" : "WORD") + std::to_string(i);
  }
  index.Add(long_key, true, 1);
  index.Add(long_key + " STEM", false, 2);
  index.Build();
  ASSERT_GT(long_key.size(), 200u);
  auto tokens = Tokens(long_text);
  auto m = index.LongestMatch(long_text, tokens, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->value, 1u);
  EXPECT_EQ(m->end, tokens.size());
  const std::string longer = long_text + " stemmed";
  tokens = Tokens(longer);
  m = index.LongestMatch(longer, tokens, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->value, 2u);
  EXPECT_EQ(index.Find(long_key + "S"), 1u);  // plural
}

TEST(PhraseIndexTest, EmptyIndexMatchesNothing) {
  PhraseIndex index(/*implicit_plural=*/true);
  index.Build();
  auto tokens = Tokens("Iraq said");
  EXPECT_FALSE(index.LongestMatch("Iraq said", tokens, 0).has_value());
  EXPECT_FALSE(index.Find("IRAQ").has_value());
}

// The index against a direct reading of the matching rules (no hashing,
// no early stop), on random keys and random token runs over a small
// alphabet, glued and spaced, so keys, stems and plurals collide often.
struct RefItem {
  std::string key;
  bool whole_word;
  uint32_t value;
};

std::optional<uint32_t> ReferenceMatchAt(const std::vector<RefItem>& items, const std::string& key,
                                         bool implicit_plural) {
  auto latest = [&](std::string_view k, int want_whole) -> std::optional<uint32_t> {
    std::optional<uint32_t> found;
    for (const RefItem& it : items) {
      if (it.key == k && (want_whole < 0 || it.whole_word == (want_whole == 1))) found = it.value;
    }
    return found;
  };
  if (key.empty()) return std::nullopt;
  if (auto v = latest(key, -1)) return v;
  if (implicit_plural && key.size() > 1 && key.back() == 'S') {
    if (auto v = latest(std::string_view(key).substr(0, key.size() - 1), 1)) return v;
  }
  size_t word = key.rfind(' ');
  word = word == std::string::npos ? 0 : word + 1;
  for (size_t i = key.size() - 1; i > word && IsWordByte(key[i]); --i) {
    if (auto v = latest(std::string_view(key).substr(0, i), 0)) return v;
  }
  return std::nullopt;
}

TEST(PhraseIndexTest, AgreesWithReferenceOnRandomInput) {
  const std::vector<std::string> words = {"A", "AB", "ABC", "B", "BA", "S", "AS", "ABS"};
  const std::vector<std::string> pieces = {"a", "ab", "abc", "b", "ba",
                                           "s", "as", "abs", "-", "'s"};
  std::mt19937 rng(20261127);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int round = 0; round < 200; ++round) {
    const bool plural = round % 2 == 0;
    std::vector<RefItem> items;
    PhraseIndex index(plural);
    const size_t n_keys = 1 + pick(12);
    for (size_t k = 0; k < n_keys; ++k) {
      std::string key = words[pick(words.size())];
      for (size_t w = pick(3); w > 0; --w) key += " " + words[pick(words.size())];
      const bool whole = pick(2) == 0;
      items.push_back({key, whole, static_cast<uint32_t>(k)});
      index.Add(key, whole, static_cast<uint32_t>(k));
    }
    index.Build();
    for (int sample = 0; sample < 20; ++sample) {
      std::string text;
      std::vector<text::Token> tokens;
      for (size_t t = 1 + pick(6); t > 0; --t) {
        if (!tokens.empty()) text += pick(3) == 0 ? "" : (pick(2) ? " " : "  ");
        const std::string& p = pieces[pick(pieces.size())];
        text::Token token;
        token.start = static_cast<uint32_t>(text.size());
        text += p;
        token.end = static_cast<uint32_t>(text.size());
        tokens.push_back(token);
      }
      for (size_t begin = 0; begin < tokens.size(); ++begin) {
        std::optional<PhraseIndex::Match> want;
        std::string key;
        for (size_t j = begin; j < tokens.size(); ++j) {
          if (j > begin) {
            AppendKey(std::string_view(text).substr(tokens[j - 1].end,
                                                    tokens[j].start - tokens[j - 1].end),
                      &key);
          }
          AppendKey(std::string_view(text).substr(tokens[j].start, tokens[j].end - tokens[j].start),
                    &key);
          if (auto v = ReferenceMatchAt(items, key, plural)) want = PhraseIndex::Match{j + 1, *v};
        }
        auto got = index.LongestMatch(text, tokens, begin);
        ASSERT_EQ(got.has_value(), want.has_value()) << "'" << text << "' from token " << begin;
        if (want) {
          EXPECT_EQ(got->end, want->end) << "'" << text << "' from token " << begin;
          EXPECT_EQ(got->value, want->value) << "'" << text << "' from token " << begin;
        }
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph::lexicon::dict
