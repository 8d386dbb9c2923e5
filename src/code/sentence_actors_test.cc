#include "code/sentence_actors.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::code {
namespace {

constexpr std::string_view kActors =
    "ISRAEL_ [ISR]\n"
    "+ISRAELI_\n"
    "NETANYAHU_ [ISRGOV]\n"
    "DAGOLATH_ [DAG]\n"
    "ITHILEN_ [ITH]\n"
    "CALIMEHTAR_ [GONELI]\n"
    "GONDOR_ [GON]\n"
    "+GONDORIAN_\n"
    "ARNOR_ [ARN]\n"
    "INDIAN_ [IND]\n"
    "INDIAN_OCEAN_ [---]\n"
    "HOBBIT_SHIRRIFFS_ [+++]\n"
    "SADDAM_HUSSEIN_\n"
    "\t[IRQELI 550101-790716]\n"
    "\t[IRQGOV 790716-030409]\n";

constexpr std::string_view kAgents =
    "MINISTER [~GOV]\n"
    "PRIME_MINISTER [~GOV]\n"
    "POLICE {} [~COP]\n"
    "GOVERNMENT [~GOV]\n"
    "SOLDIER [~MIL]\n"
    "HUMAN_RIGHTS_BODY [NGO~]\n";

class SentenceActorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tokenizer = text::Tokenizer::Create();
    ASSERT_TRUE(tokenizer.ok());
    tokenizer_ = new std::shared_ptr<const text::Tokenizer>(std::move(tokenizer).value());
    auto actors = lexicon::ActorDictionary::Parse("t.actors", kActors);
    ASSERT_TRUE(actors.ok()) << actors.status().ToString();
    actors_ = std::move(actors).value().release();
    auto agents = lexicon::AgentDictionary::Parse("t.agents", kAgents);
    ASSERT_TRUE(agents.ok()) << agents.status().ToString();
    agents_ = std::move(agents).value().release();
  }
  static void TearDownTestSuite() {
    delete tokenizer_;
    delete actors_;
    delete agents_;
    tokenizer_ = nullptr;
    actors_ = nullptr;
    agents_ = nullptr;
  }

  // Tokenizes `text`; `upos` gives each token's tag, blank-separated.
  void Prepare(const std::string& text, const std::string& upos) {
    text_ = text;
    auto tokens = (*tokenizer_)->Tokenize(text_, 0, static_cast<uint32_t>(text_.size()));
    ASSERT_TRUE(tokens.ok());
    tokens_ = std::move(tokens).value();
    std::istringstream tags(upos);
    words_.clear();
    for (std::string tag; tags >> tag;) {
      Word w;
      w.upos = tag;
      words_.push_back(w);
    }
    ASSERT_EQ(words_.size(), tokens_.size()) << text;
  }

  std::vector<ActorPhrase> Find(std::optional<int32_t> date = std::nullopt,
                                bool with_agents = true) const {
    SentenceActorOptions options;
    options.date = date;
    return FindSentenceActors(text_, tokens_, words_, *actors_, with_agents ? agents_ : nullptr,
                              options);
  }

  // "words=CODE" per phrase, joined by " | "; " special" / " agent" mark a
  // complex code / an agent alone.
  std::string Render(const std::vector<ActorPhrase>& phrases) const {
    std::string out;
    for (const ActorPhrase& p : phrases) {
      if (!out.empty()) out += " | ";
      if (p.begin >= p.end || p.end > tokens_.size()) {
        out += "<bad range>";
        continue;
      }
      out += text_.substr(tokens_[p.begin].start, tokens_[p.end - 1].end - tokens_[p.begin].start);
      out += "=" + p.code;
      if (p.special) out += " special";
      if (!p.has_actor) out += " agent";
    }
    return out;
  }

  static std::shared_ptr<const text::Tokenizer>* tokenizer_;
  static lexicon::ActorDictionary* actors_;
  static lexicon::AgentDictionary* agents_;
  std::string text_;
  std::vector<text::Token> tokens_;
  std::vector<Word> words_;
};

std::shared_ptr<const text::Tokenizer>* SentenceActorsTest::tokenizer_ = nullptr;
lexicon::ActorDictionary* SentenceActorsTest::actors_ = nullptr;
lexicon::AgentDictionary* SentenceActorsTest::agents_ = nullptr;

struct Case {
  const char* name;
  const char* text;
  const char* upos;  // one tag per token
  std::optional<int32_t> date;
  const char* phrases;  // Render()'s output
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const Case kCases[] = {
    {"ActorAlone", "Gondor attacked Arnor .", "PROPN VERB PROPN PUNCT", std::nullopt,
     "Gondor=GON | Arnor=ARN"},
    {"NoActors", "They met on Monday .", "PRON VERB ADP PROPN PUNCT", std::nullopt, ""},
    {"AgentAloneGetsUnknownCountry", "The police arrested them .", "DET NOUN VERB PRON PUNCT",
     std::nullopt, "police=---COP agent"},
    {"AgentPlural", "Soldiers fired .", "NOUN VERB PUNCT", std::nullopt, "Soldiers=---MIL agent"},
    {"NationalityAndAgent", "Israeli police arrested him .", "ADJ NOUN VERB PRON PUNCT",
     std::nullopt, "Israeli police=ISRCOP"},
    {"PossessiveJoins", "Dagolath's Deputy Prime Minister Telemar arrived .",
     "PROPN PART PROPN PROPN PROPN PROPN VERB PUNCT", std::nullopt,
     "Dagolath's Deputy Prime Minister=DAGGOV"},
    {"DeterminerAndAdjectivesJoin", "Gondor's brave soldiers fought .",
     "PROPN PART ADJ NOUN VERB PUNCT", std::nullopt, "Gondor's brave soldiers=GONMIL"},
    {"AndBetweenAdjectivesJoins", "Gondor's brave and loyal soldiers fought .",
     "PROPN PART ADJ CCONJ ADJ NOUN VERB PUNCT", std::nullopt,
     "Gondor's brave and loyal soldiers=GONMIL"},
    {"AndBetweenNounsDoesNotJoin", "Gondor and soldiers fought .", "PROPN CCONJ NOUN VERB PUNCT",
     std::nullopt, "Gondor=GON | soldiers=---MIL agent"},
    {"VerbSeparates", "Gondor attacked the police .", "PROPN VERB DET NOUN PUNCT", std::nullopt,
     "Gondor=GON | police=---COP agent"},
    // The first actor of the phrase wins ("Ithilen's minister Calimehtar"
    // is Ithilen's)...
    {"FirstActorWins", "Ithilen's minister Calimehtar spoke .", "PROPN PART NOUN PROPN VERB PUNCT",
     std::nullopt, "Ithilen's minister Calimehtar=ITHGOV"},
    // ...unless a later one extends its code; the agent's GOV is not added
    // twice.
    {"LaterActorExtendsCode", "Israeli Prime Minister Netanyahu spoke .",
     "ADJ PROPN PROPN PROPN VERB PUNCT", std::nullopt, "Israeli Prime Minister Netanyahu=ISRGOV"},
    {"BareCountryJoinsActor", "Israeli Netanyahu spoke .", "ADJ PROPN VERB PUNCT", std::nullopt,
     "Israeli Netanyahu=ISRGOV"},
    {"TwoFullActorsSideBySideStaySeparate", "Netanyahu Calimehtar spoke .",
     "PROPN PROPN VERB PUNCT", std::nullopt, "Netanyahu=ISRGOV | Calimehtar=GONELI"},
    {"PrefixAgent", "Gondorian human rights body protested .", "ADJ ADJ NOUN NOUN VERB PUNCT",
     std::nullopt, "Gondorian human rights body=NGOGON"},
    // "of" does not join: the coder hands "the government" to the actors
    // after it.
    {"OfDoesNotJoin", "The government of Gondor spoke .", "DET NOUN ADP PROPN VERB PUNCT",
     std::nullopt, "government=---GOV agent | Gondor=GON"},
    // Dated codes: the one in force on the date; none after the last range.
    {"DatedCodeEarly", "Saddam Hussein spoke .", "PROPN PROPN VERB PUNCT", 19700101,
     "Saddam Hussein=IRQELI"},
    {"DatedCodeLater", "Saddam Hussein spoke .", "PROPN PROPN VERB PUNCT", 19900101,
     "Saddam Hussein=IRQGOV"},
    {"DatedCodeLastDayHolds", "Saddam Hussein spoke .", "PROPN PROPN VERB PUNCT", 20030409,
     "Saddam Hussein=IRQGOV"},
    {"DatedCodeNoneInForce", "Saddam Hussein spoke .", "PROPN PROPN VERB PUNCT", 20100101, ""},
    {"DatedCodeNoneInForceTakesWords", "Saddam Hussein police spoke .",
     "PROPN PROPN NOUN VERB PUNCT", 20100101, "police=---COP agent"},
    // The null code "---" takes its words ("Indian" is not IND here) but
    // names no actor, and joins nothing.
    {"NullCodeTakesWords", "The Indian Ocean is calm .", "DET ADJ PROPN AUX ADJ PUNCT",
     std::nullopt, ""},
    {"NullCodeYieldsNoPhrase", "Indian Ocean police patrolled .", "ADJ PROPN NOUN VERB PUNCT",
     std::nullopt, "police=---COP agent"},
    {"NullCodeShorterMatchStillCodes", "Indian police patrolled .", "ADJ NOUN VERB PUNCT",
     std::nullopt, "Indian police=INDCOP"},
    // The complex code "+++" is a phrase that stops the sentence's coding.
    {"ComplexCodeIsSpecial", "Hobbit shirriffs arrived .", "PROPN NOUN VERB PUNCT", std::nullopt,
     "Hobbit shirriffs=+++ special"},
};

class SentenceActorsCases : public SentenceActorsTest,
                            public ::testing::WithParamInterface<Case> {};

TEST_P(SentenceActorsCases, Phrases) {
  const Case& c = GetParam();
  Prepare(c.text, c.upos);
  EXPECT_EQ(Render(Find(c.date)), c.phrases) << c.text;
}

INSTANTIATE_TEST_SUITE_P(SentenceActors, SentenceActorsCases, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST_F(SentenceActorsTest, HeadActorCodeAndOriginOfTheWinningActor) {
  Prepare("Israeli Prime Minister Netanyahu spoke .", "ADJ PROPN PROPN PROPN VERB PUNCT");
  const std::vector<ActorPhrase> phrases = Find();
  ASSERT_EQ(phrases.size(), 1u);
  EXPECT_EQ(phrases[0].begin, 0u);
  EXPECT_EQ(phrases[0].end, 4u);
  EXPECT_EQ(phrases[0].head, 3u);  // Netanyahu
  EXPECT_EQ(phrases[0].actor_code, "ISRGOV");
  EXPECT_TRUE(phrases[0].has_actor);
  EXPECT_FALSE(phrases[0].special);
  EXPECT_FALSE(phrases[0].spent);
  EXPECT_EQ(phrases[0].origin, "t.actors:3");
}

TEST_F(SentenceActorsTest, ActorCodeIsBeforeAgents) {
  Prepare("Dagolath's Deputy Prime Minister Telemar arrived .",
          "PROPN PART PROPN PROPN PROPN PROPN VERB PUNCT");
  const std::vector<ActorPhrase> phrases = Find();
  ASSERT_EQ(phrases.size(), 1u);
  EXPECT_EQ(phrases[0].code, "DAGGOV");
  EXPECT_EQ(phrases[0].actor_code, "DAG");
  EXPECT_EQ(phrases[0].head, 0u);
  EXPECT_EQ(phrases[0].origin, "t.actors:4");
}

TEST_F(SentenceActorsTest, AgentAloneHasNoActorCode) {
  Prepare("The police arrested them .", "DET NOUN VERB PRON PUNCT");
  const std::vector<ActorPhrase> phrases = Find();
  ASSERT_EQ(phrases.size(), 1u);
  EXPECT_EQ(phrases[0].code, "---COP");
  EXPECT_EQ(phrases[0].actor_code, "");
  EXPECT_FALSE(phrases[0].has_actor);
  EXPECT_EQ(phrases[0].head, 1u);
  EXPECT_EQ(phrases[0].origin, "t.agents:3");
}

TEST_F(SentenceActorsTest, NoAgentDictionary) {
  Prepare("Israeli police arrested him .", "ADJ NOUN VERB PRON PUNCT");
  EXPECT_EQ(Render(Find(std::nullopt, /*with_agents=*/false)), "Israeli=ISR");
}

TEST_F(SentenceActorsTest, EmptySentence) {
  Prepare("", "");
  EXPECT_TRUE(Find().empty());
}

}  // namespace
}  // namespace newsgraph::code
