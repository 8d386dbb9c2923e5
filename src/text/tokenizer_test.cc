#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::text {
namespace {

const Tokenizer& Shared() {
  static const std::shared_ptr<const Tokenizer> tokenizer = [] {
    auto t = Tokenizer::Create();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? *t : nullptr;
  }();
  return *tokenizer;
}

std::vector<Token> TokenizeAll(const std::string& text) {
  auto r = Shared().Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : std::vector<Token>{};
}

// The tokens of `text` joined with " | ".
std::string Joined(const std::string& text) {
  std::string out;
  for (const Token& t : TokenizeAll(text)) {
    if (!out.empty()) out += " | ";
    out += text.substr(t.start, t.end - t.start);
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  const char* tokens;
};

class TokenizerCases : public ::testing::TestWithParam<Case> {};

TEST_P(TokenizerCases, SplitsLikeEwt) {
  EXPECT_EQ(Joined(GetParam().text), GetParam().tokens) << GetParam().text;
}

const Case kCases[] = {
    // words and punctuation
    {"plain", "Iraq agreed, finally.", "Iraq | agreed | , | finally | ."},
    {"quotes", "\"We will,\" he said.", "\" | We | will | , | \" | he | said | ."},
    {"curly_quotes", "\xE2\x80\x9CNo\xE2\x80\x9D (yet) [sic]",
     "\xE2\x80\x9C | No | \xE2\x80\x9D | ( | yet | ) | [ | sic | ]"},
    {"single_quotes", "a 'proof' here", "a | ' | proof | ' | here"},
    {"ellipsis", "Wait... what?! No\xE2\x80\xA6", "Wait | ... | what | ?! | No | \xE2\x80\xA6"},
    {"dashes", "it was--as ever--late \xE2\x80\x94 again",
     "it | was | -- | as | ever | -- | late | \xE2\x80\x94 | again"},
    // clitics
    {"possessive", "Iraq's oil", "Iraq | 's | oil"},
    {"curly_possessive", "Iraq\xE2\x80\x99s oil", "Iraq | \xE2\x80\x99s | oil"},
    {"negation", "didn't go", "did | n't | go"},
    {"cant", "can't", "ca | n't"},
    {"wont", "Won't", "Wo | n't"},
    {"curly_negation", "don\xE2\x80\x99t", "do | n\xE2\x80\x99t"},
    {"pronoun_clitics", "I'm sure we'll, they're, you've, she'd",
     "I | 'm | sure | we | 'll | , | they | 're | , | you | 've | , | she | 'd"},
    {"cannot", "cannot", "can | not"},
    {"gonna", "gonna win", "gon | na | win"},
    {"plural_possessive", "the parents' car", "the | parents | ' | car"},
    {"irish_name", "O'Brien's o'clock", "O'Brien | 's | o'clock"},
    {"decade_possessive", "the 1990's", "the | 1990 | 's"},
    // hyphens
    {"hyphen_split", "long-term al-Kadhimi", "long | - | term | al | - | Kadhimi"},
    {"hyphen_prefix", "e-mail non-profit mid-July re-elected",
     "e-mail | non-profit | mid-July | re-elected"},
    {"prefix_then_split", "anti-war-era", "anti-war | - | era"},
    {"phone", "call 713-853-3989 or 3-5213", "call | 713-853-3989 | or | 3-5213"},
    // regression (fuzz timeout): a phone number followed by "-letters" looped
    {"phone_then_word", "853-6783-qq", "853-6783 | - | qq"},
    {"year_range", "1990-1995", "1990 | - | 1995"},
    // numbers
    {"thousands", "2,500 soldiers", "2,500 | soldiers"},
    {"millions", "$100,000,000", "$ | 100,000,000"},
    {"not_thousands", "3,4 and 1,2345", "3 | , | 4 | and | 1 | , | 2345"},
    {"decimal_percent", "3.5% and 60%", "3.5 | % | and | 60 | %"},
    {"decades_ordinals", "the 1990s, 20th and 2nd", "the | 1990s | , | 20th | and | 2nd"},
    {"fraction_date_time", "9/11 at 10:30 on 3/8/00", "9/11 | at | 10:30 | on | 3/8/00"},
    {"units", "5pm 65k 35mm", "5 | pm | 65 | k | 35 | mm"},
    {"model", "F16 AK47s 3D", "F16 | AK47s | 3D"},
    // currency
    {"dollars_bn", "$1.13bn deal", "$ | 1.13 | bn | deal"},
    {"pounds_m",
     "\xC2\xA3"
     "600m",
     "\xC2\xA3 | 600 | m"},
    {"euro",
     "\xE2\x82\xAC"
     "5",
     "\xE2\x82\xAC | 5"},
    {"us_dollar", "US$5", "US$ | 5"},
    // abbreviations
    {"us_mid", "the U.S. Army", "the | U.S. | Army"},
    {"us_final", "in the U.S.", "in | the | U.S | ."},
    {"title", "Dr. Smith and Mr. Jones", "Dr. | Smith | and | Mr. | Jones"},
    {"am_pm", "at 5 a.m. today", "at | 5 | a.m. | today"},
    {"initial", "George W. Bush", "George | W. | Bush"},
    {"etc_final", "apples, pears, etc.", "apples | , | pears | , | etc | ."},
    {"number_abbrev", "No. 10 said no.", "No. | 10 | said | no | ."},
    {"ie", "i.e. this", "i.e. | this"},
    {"not_abbrev", "the end. Next", "the | end | . | Next"},
    // web
    {"url", "see https://www.bbc.co.uk/news/world-1234?x=1&y=2.",
     "see | https://www.bbc.co.uk/news/world-1234?x=1&y=2 | ."},
    {"url_parens", "(http://example.com/a_(b))", "( | http://example.com/a_(b) | )"},
    {"www", "www.reuters.com, then", "www.reuters.com | , | then"},
    {"bare_domain", "on bbc.co.uk/news today", "on | bbc.co.uk/news | today"},
    {"email", "mail carol.st.clair@enron.com.", "mail | carol.st.clair@enron.com | ."},
    {"handle", "(@IraqiPMO) April", "( | @IraqiPMO | ) | April"},
    {"hashtag", "#Iraq #1", "#Iraq | # | 1"},
    {"emoticon", "great :) ok :-(", "great | :) | ok | :-("},
    // emoji
    {"flag", "\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 Iraq", "\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 | Iraq"},
    {"two_flags", "\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8",
     "\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 | \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8"},
    {"zwj_family", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7!",
     "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 | !"},
    {"skin_tone", "ok\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "ok | \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"},
    {"heart_vs16", "\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x9D\xA4",
     "\xE2\x9D\xA4\xEF\xB8\x8F | \xE2\x9D\xA4"},
    // other scripts
    {"arabic",
     "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD8\x8C "
     "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\xD9\x8B.",
     "\xD9\x82\xD8\xA7\xD9\x84 | \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 | \xD8\x8C | "
     "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\xD9\x8B | ."},
    {"arabic_digits", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA1", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA1"},
    {"accented", "S\xC3\xA3o Paulo's caf\xC3\xA9", "S\xC3\xA3o | Paulo | 's | caf\xC3\xA9"},
    {"nbsp", "10\xC2\xA0km", "10 | km"},
};

INSTANTIATE_TEST_SUITE_P(Table, TokenizerCases, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TokenizerTest, ClassifiesKinds) {
  std::string text = "Iraq 2021 . 's @a #b http://x.io a@b.c \xF0\x9F\x98\x80 $ %";
  std::vector<TokenKind> want = {TokenKind::kWord,     TokenKind::kNumber, TokenKind::kPunct,
                                 TokenKind::kClitic,   TokenKind::kHandle, TokenKind::kHashtag,
                                 TokenKind::kUrl,      TokenKind::kEmail,  TokenKind::kEmoji,
                                 TokenKind::kCurrency, TokenKind::kSymbol};
  std::vector<Token> got = TokenizeAll(text);
  ASSERT_EQ(got.size(), want.size()) << Joined(text);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].kind, want[i]) << i << ": " << TokenKindName(got[i].kind);
  }
}

TEST(TokenizerTest, CliticsAreKindClitic) {
  std::vector<Token> got = TokenizeAll("didn't");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].kind, TokenKind::kWord);
  EXPECT_EQ(got[1].kind, TokenKind::kClitic);
  EXPECT_EQ(got[0].end, got[1].start);
}

TEST(TokenizerTest, OffsetsAreRelativeToWholeText) {
  std::string text = "xx Iraq's yy";
  auto r = Shared().Tokenize(text, 3, 9);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].start, 3u);
  EXPECT_EQ((*r)[0].end, 7u);
  EXPECT_EQ((*r)[1].start, 7u);
  EXPECT_EQ((*r)[1].end, 9u);
}

TEST(TokenizerTest, RangeEndDecidesTheFinalPeriod) {
  // "U.S." ends the range: its period is the sentence's; inside a longer
  // range it stays with the abbreviation.
  std::string text = "in the U.S. Army";
  auto r = Shared().Tokenize(text, 0, 11);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ(text.substr((*r)[2].start, (*r)[2].end - (*r)[2].start), "U.S");
  EXPECT_EQ(Joined(text), "in | the | U.S. | Army");
}

// The word scans look 16 bytes ahead at a time (ASCII) or decode two-byte
// letters inline (Arabic); the end of the range still cuts every token.
TEST(TokenizerTest, WordRunsStopAtTheRangeEnd) {
  auto spans = [](const std::string& text, uint32_t begin, uint32_t end) {
    auto r = Shared().Tokenize(text, begin, end);
    EXPECT_TRUE(r.ok());
    std::vector<std::string> out;
    for (const Token& t : *r) out.push_back(text.substr(t.start, t.end - t.start));
    return out;
  };
  const std::string latin = "Internationalisation and 20150101 more words";
  EXPECT_EQ(spans(latin, 0, 9), (std::vector<std::string>{"Internati"}));
  EXPECT_EQ(spans(latin, 0, 23), (std::vector<std::string>{"Internationalisation", "an"}));
  EXPECT_EQ(spans(latin, 5, 29), (std::vector<std::string>{"nationalisation", "and", "2015"}));
  const std::string arabic = "الانتخابات الايرانية، والنتائج";  // two bytes a letter
  EXPECT_EQ(spans(arabic, 0, 8), (std::vector<std::string>{"الان"}));
  EXPECT_EQ(spans(arabic, 0, static_cast<uint32_t>(arabic.size())),
            (std::vector<std::string>{"الانتخابات", "الايرانية", "،", "والنتائج"}));
  EXPECT_EQ(Joined("Москва и Αθήνα, 2020"), "Москва | и | Αθήνα | , | 2020");
}

TEST(TokenizerTest, EmptyAndWhitespaceRangesGiveNoTokens) {
  for (const std::string& text : {std::string(""), std::string(" \t\n \xC2\xA0\xE2\x80\x83 ")}) {
    EXPECT_TRUE(TokenizeAll(text).empty());
  }
  auto r = Shared().Tokenize("abc", 1, 1);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
}

TEST(TokenizerTest, RejectsBadRange) {
  EXPECT_EQ(Shared().Tokenize("abc", 2, 1).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Shared().Tokenize("abc", 0, 4).status().code(), StatusCode::kInvalidArgument);
}

TEST(TokenizerTest, LongInputIsLinear) {
  // 20,000 tokens with no sentence break, and one 20,000-byte chunk with no
  // space: both must simply work (no quadratic path).
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "word's ";
  EXPECT_EQ(TokenizeAll(text).size(), 20000u);
  std::string chunk;
  for (int i = 0; i < 5000; ++i) chunk += "a-b.";
  EXPECT_FALSE(TokenizeAll(chunk).empty());
}

TEST(TokenizerTest, KindNamesAreStable) {
  EXPECT_EQ(TokenKindName(TokenKind::kWord), "word");
  EXPECT_EQ(TokenKindName(TokenKind::kClitic), "clitic");
  EXPECT_EQ(TokenKindName(TokenKind::kCurrency), "currency");
}

}  // namespace
}  // namespace newsgraph::text
