#include "extract/tone.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "extract/test_document.h"
#include "text/tokenizer.h"

namespace newsgraph::extract {
namespace {

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Tokens of `text` and, when `tags` is given, one hand-written Word per
// token (UPOS from `tags`, lemma from `lemmas` or the form).
struct Input {
  std::vector<text::Token> tokens;
  std::vector<Word> words;
};

Input Prepare(std::string_view text, std::string_view tags, std::string_view lemmas) {
  Input in;
  static const auto tokenizer = text::Tokenizer::Create();
  EXPECT_TRUE(tokenizer.ok());
  auto tokens = (*tokenizer)->Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  EXPECT_TRUE(tokens.ok()) << tokens.status().ToString();
  if (!tokens.ok()) return in;
  in.tokens = std::move(tokens).value();
  if (tags.empty()) return in;
  const std::vector<std::string> upos = Split(tags), lemma = Split(lemmas);
  EXPECT_EQ(upos.size(), in.tokens.size()) << "tags do not match the tokens of: " << text;
  for (size_t i = 0; i < in.tokens.size() && i < upos.size(); ++i) {
    Word w;
    w.span = {in.tokens[i].start, in.tokens[i].end, in.tokens[i].start, in.tokens[i].end};
    w.upos = upos[i];
    w.lemma =
        i < lemma.size()
            ? lemma[i]
            : std::string(text.substr(in.tokens[i].start, in.tokens[i].end - in.tokens[i].start));
    in.words.push_back(std::move(w));
  }
  return in;
}

const ToneLexicon& Lexicon() {
  static const auto lexicon = ToneLexicon::Default();
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  return **lexicon;
}

void ExpectTone(const Tone& t, uint32_t words, uint32_t pos, uint32_t neg, uint32_t verbs,
                uint32_t self) {
  EXPECT_EQ(t.word_count, words);
  const double per = words == 0 ? 0 : 100.0 / words;
  EXPECT_DOUBLE_EQ(t.positive, pos * per);
  EXPECT_DOUBLE_EQ(t.negative, neg * per);
  EXPECT_DOUBLE_EQ(t.tone, pos * per - neg * per);
  EXPECT_DOUBLE_EQ(t.polarity, pos * per + neg * per);
  EXPECT_DOUBLE_EQ(t.activity, verbs * per);
  EXPECT_DOUBLE_EQ(t.self_group, self * per);
  for (double v : {t.tone, t.positive, t.negative, t.polarity, t.activity, t.self_group}) {
    EXPECT_FALSE(std::isnan(v));
  }
}

struct Case {
  const char* name;
  const char* text;
  const char* tags;    // one UPOS per token, or "" for untagged input
  const char* lemmas;  // one lemma per token, or "" for the forms
  uint32_t words, positive, negative, verbs, self;
};

// Phrasing adapted from BBC News 2004-05 business stories and Reuters-21578.
const Case kCases[] = {
    {"empty", "", "", "", 0, 0, 0, 0, 0},
    {"punctuation_only", "... -- !? ,", "", "", 0, 0, 0, 0, 0},
    {"numbers_need_a_letter", "Sales rose 3.5% in the 1990s.", "", "", 5, 0, 0, 0, 0},
    {"neutral_clitic_not_a_word", "The segment's leaders met on Monday.", "", "", 6, 0, 0, 0, 0},
    {"scary_and_not_good", "This is \"scary\" and not good for the bottom line either.", "", "", 11,
     0, 2, 0, 0},
    {"no_doubt_is_positive", "There is no doubt it will continue to be very successful.", "", "",
     11, 2, 0, 0, 0},
    {"injuries_beyond_window_problems_far",
     "GM stressed that it did not know of any injuries related to the problems.", "", "", 14, 0, 2,
     0, 0},
    {"not_been_hurt", "It has not been hurt by higher coal costs.", "", "", 9, 1, 0, 0, 0},
    {"clitic_nt_negates", "We didn't win the vote.", "", "", 5, 0, 1, 0, 1},
    {"curly_nt_negates", "They didn\u2019t agree.", "", "", 3, 0, 1, 0, 0},
    {"cannot_fourth_word_not_negated", "We cannot expect to continue to play a leading role.", "",
     "", 10, 1, 0, 0, 1},
    {"window_ends_after_three",
     "Analysts said the economy was not growing fast enough to create jobs.", "", "", 12, 1, 1, 0,
     0},
    {"no_real_improvement", "The market showed no real improvement during the autumn.", "", "", 9,
     0, 1, 0, 0},
    {"without_improvement", "We have growth but without an improvement in employment.", "", "", 9,
     1, 1, 0, 1},
    {"comma_ends_negation", "No, the talks were a success.", "", "", 6, 1, 0, 0, 0},
    {"not_only_affirms", "The deal was not only good but also fair.", "", "", 9, 2, 0, 0, 0},
    {"no_one_was_hurt", "No one was hurt in the attack.", "", "", 7, 1, 1, 0, 0},
    {"negator_has_no_valence", "No deal was reached.", "", "", 4, 0, 1, 0, 0},
    {"hardly_negates", "The measures will hardly help.", "", "", 5, 0, 1, 0, 0},
    {"quotes_do_not_end_negation", "The result was not \"good\".", "", "", 5, 0, 1, 0, 0},
    {"strike_reuters", "The union ended a strike that began ten days ago.", "", "", 10, 0, 1, 0, 0},
    {"self_group_quote", "What can we say except \"we're sorry, we won't do it again\"?", "", "",
     12, 0, 1, 0, 3},
    {"us_in_capitals_is_not_self", "The US said our reforms should reduce licensing requirements.",
     "", "", 9, 0, 0, 0, 1},
    {"urls_and_handles_are_not_words", "Visit https://www.bbc.co.uk/news for good news @BBCNews",
     "", "", 4, 1, 0, 0, 0},
    {"non_ascii_letters_count", "\u00c7a va tr\u00e8s bien.", "", "", 4, 0, 0, 0, 0},
    {"tagged_verbs_reuters", "Iranian forces killed or wounded 1,500 Iraqi soldiers.",
     "ADJ NOUN VERB CCONJ VERB NUM ADJ NOUN PUNCT", "", 7, 0, 1, 2, 0},
    {"lemma_fallback", "The aid helped thousands.", "DET NOUN VERB NOUN PUNCT",
     "the aid help thousand .", 4, 1, 0, 1, 0},
    {"untagged_has_no_lemma", "The aid helped thousands.", "", "", 4, 0, 0, 0, 0},
    {"proper_noun_has_no_valence", "Mr Hope said.", "PROPN PROPN VERB PUNCT", "", 3, 0, 0, 1, 0},
    {"untagged_name_has_valence", "Mr Hope said.", "", "", 3, 1, 0, 0, 0},
    {"like_as_preposition", "Countries like Iraq.", "NOUN ADP PROPN PUNCT", "", 3, 0, 0, 0, 0},
    {"like_untagged", "Countries like Iraq.", "", "", 3, 1, 0, 0, 0},
    {"tagged_us_pronoun", "He told us.", "PRON VERB PRON PUNCT", "", 3, 0, 0, 1, 1},
    {"auxiliary_is_not_activity", "I am convinced.", "PRON AUX ADJ PUNCT", "", 3, 1, 0, 0, 1},
    {"untagged_pronoun_and_valence", "I am convinced.", "", "", 3, 1, 0, 0, 1},
};

TEST(ToneCounter, Cases) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const Input in = Prepare(c.text, c.tags, c.lemmas);
    ToneCounter counter;
    counter.AddSentence(c.text, in.tokens, in.words, Lexicon());
    ExpectTone(counter.Sentence(), c.words, c.positive, c.negative, c.verbs, c.self);
    ExpectTone(counter.Article(), c.words, c.positive, c.negative, c.verbs, c.self);
  }
}

TEST(ToneCounter, WordsOfAnotherLengthAreIgnored) {
  const std::string text = "He told us.";
  const Input in = Prepare(text, "PRON VERB PRON PUNCT", "");
  const std::vector<Word> short_words(in.words.begin(), in.words.begin() + 2);
  ToneCounter counter;
  counter.AddSentence(text, in.tokens, short_words, Lexicon());
  ExpectTone(counter.Sentence(), 3, 0, 0, 0, 1);  // untagged: no verbs
}

TEST(ToneCounter, NothingAddedIsZero) {
  ToneCounter counter;
  ExpectTone(counter.Sentence(), 0, 0, 0, 0, 0);
  ExpectTone(counter.Article(), 0, 0, 0, 0, 0);
}

TEST(ToneCounter, ArticleSumsSentences) {
  const std::string a = "Iranian forces killed or wounded 1,500 Iraqi soldiers.";  // 7 words, 1 neg
  const std::string b = "We have growth but without an improvement in employment.";  // 9: 1+ 1-
  ToneCounter counter;
  counter.AddSentence(a, Prepare(a, "", "").tokens, {}, Lexicon());
  counter.AddSentence(b, Prepare(b, "", "").tokens, {}, Lexicon());
  ExpectTone(counter.Sentence(), 9, 1, 1, 0, 1);
  ExpectTone(counter.Article(), 16, 1, 2, 0, 1);
}

TEST(ToneCounter, TokensOutsideTheTextAreSkipped) {
  const std::vector<text::Token> tokens = {{0, 4, text::TokenKind::kWord},
                                           {10, 20, text::TokenKind::kWord}};
  ToneCounter counter;
  counter.AddSentence("good", tokens, {}, Lexicon());
  ExpectTone(counter.Sentence(), 1, 1, 0, 0, 0);
}

TEST(ToneCounter, AnnotatedDocument) {
  Document doc = testing::MakeDocument(
      "Iraq said its troops repelled an overnight attack. Three soldiers were killed.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(doc.words.size(), 2u);
  ToneCounter counter;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    counter.AddSentence(doc.text(), doc.tokens[i], doc.words[i], Lexicon());
  }
  const Tone t = counter.Article();
  EXPECT_EQ(t.word_count, 12u);
  EXPECT_LT(t.tone, 0);  // "attack", "killed"
  EXPECT_GT(t.activity, 0);
  EXPECT_DOUBLE_EQ(t.self_group, 0);
}

TEST(ToneLexicon, DefaultLoads) {
  auto lexicon = ToneLexicon::Default();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  EXPECT_GT((*lexicon)->size(), 7000u);
  EXPECT_EQ((*lexicon)->Valence("good"), 1.9);
  EXPECT_EQ((*lexicon)->Valence("killed"), -3.5);
  EXPECT_EQ((*lexicon)->Valence("Good"), std::nullopt);  // keys are lower case
  // Emoticons, chat acronyms and multi-word entries were left out by the tool.
  for (const char* gone : {":)", "xd", "nh", "kia", "tx", "fed up", "can't stand"}) {
    EXPECT_EQ((*lexicon)->Valence(gone), std::nullopt) << gone;
  }
  for (const char* negator : {"not", "n't", "no", "never", "without", "nor", "hardly"}) {
    EXPECT_TRUE((*lexicon)->IsNegator(negator)) << negator;
  }
  EXPECT_FALSE((*lexicon)->IsNegator("despite"));
}

TEST(ToneLexicon, ParseSmall) {
  auto lexicon = ToneLexicon::Parse("# c\nword\tvalence\tnote\ngood\t1.9\t\nbad\t-2.5\tsd 1\n",
                                    "word\tnote\nnot\t\n", "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  EXPECT_EQ((*lexicon)->Valence("bad"), -2.5);
  EXPECT_EQ((*lexicon)->Valence("ugly"), std::nullopt);
  EXPECT_TRUE((*lexicon)->IsNegator("not"));
  EXPECT_FALSE((*lexicon)->IsNegator("good"));
}

struct BadCase {
  const char* name;
  const char* lexicon;
  const char* negators;
  const char* error;  // expected in the message
};

const BadCase kBadCases[] = {
    {"valence_not_a_number", "word\tvalence\tnote\ngood\t1.9\t\nbad\tvery\t\n", "word\tnote\n",
     "t/lexicon.tsv:3: valence \"very\" is not a number"},
    {"valence_out_of_range", "# c\nword\tvalence\tnote\nsuper\t4.5\t\n", "word\tnote\n",
     "t/lexicon.tsv:3: valence \"4.5\""},
    {"valence_empty", "word\tvalence\tnote\ngood\t\t\n", "word\tnote\n", "t/lexicon.tsv:2:"},
    {"valence_trailing_text", "word\tvalence\tnote\ngood\t1.9x\t\n", "word\tnote\n",
     "t/lexicon.tsv:2:"},
    {"upper_case_word", "word\tvalence\tnote\nGood\t1.9\t\n", "word\tnote\n",
     "t/lexicon.tsv:2: \"Good\" is not one lower-case word"},
    {"multi_word", "word\tvalence\tnote\nfed up\t-1.8\t\n", "word\tnote\n",
     "t/lexicon.tsv:2: \"fed up\""},
    {"duplicate_word", "word\tvalence\tnote\ngood\t1.9\t\ngood\t1.8\t\n", "word\tnote\n",
     "t/lexicon.tsv:3: \"good\" listed twice"},
    {"missing_field", "word\tvalence\tnote\ngood\t1.9\n", "word\tnote\n", "t/lexicon.tsv:2:"},
    {"wrong_header", "word\tscore\tnote\n", "word\tnote\n", "t/lexicon.tsv:1:"},
    {"negator_upper_case", "word\tvalence\tnote\n", "# c\nword\tnote\nNot\t\n",
     "t/negators.tsv:3: \"Not\""},
    {"negator_duplicate", "word\tvalence\tnote\n", "word\tnote\nnot\t\nnot\t\n",
     "t/negators.tsv:3: \"not\" listed twice"},
};

TEST(ToneLexicon, MalformedLinesNameFileAndLine) {
  for (const BadCase& c : kBadCases) {
    SCOPED_TRACE(c.name);
    auto lexicon = ToneLexicon::Parse(c.lexicon, c.negators, "t");
    ASSERT_FALSE(lexicon.ok());
    EXPECT_NE(lexicon.status().message().find(c.error), std::string::npos)
        << lexicon.status().ToString();
  }
}

}  // namespace
}  // namespace newsgraph::extract
