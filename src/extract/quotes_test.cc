#include "extract/quotes.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/entity_finder.h"
#include "extract/test_document.h"
#include "test_support.h"

// The sentences are short adaptations of news phrasing (BBC, Reuters-21578,
// SaudiNewsNet under ../shared/corpora), not copies of articles.
namespace newsgraph::extract {
namespace {

using newsgraph::testing::MakeDocument;

const EntityFinder& Finder() { return testing::DefaultEntityFinder(); }

const QuoteCues& Cues() {
  static const std::shared_ptr<const QuoteCues> cues = [] {
    auto c = QuoteCues::Default();
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? std::move(c).value() : nullptr;
  }();
  return *cues;
}

// "D|text|speaker_text|cue|entity name" per quote ("R" for reported speech,
// "-" for a missing field), in text order.
std::vector<std::string> Summary(const Document& doc, const std::vector<Entity>& entities,
                                 const std::vector<Quote>& quotes) {
  std::vector<std::string> out;
  for (const Quote& q : quotes) {
    std::string entity = "-";
    for (const Entity& e : entities) {
      if (q.speaker && e.id == *q.speaker) entity = e.name;
    }
    EXPECT_EQ(doc.text().substr(q.span.start, q.span.end - q.span.start), q.text);
    if (q.cue_span) {
      EXPECT_EQ(q.cue_span->end > q.cue_span->start, true);
    }
    out.push_back(fmt::format("{}|{}|{}|{}|{}", q.direct ? "D" : "R", q.text,
                              q.speaker_text.value_or("-"), q.cue.value_or("-"), entity));
  }
  return out;
}

std::vector<std::string> Quotes(std::string_view text) {
  Document doc = MakeDocument(text);
  const std::vector<Entity> entities = Finder().Find(doc);
  const std::vector<Quote> quotes = FindQuotes(doc, entities, Cues());
  for (size_t i = 0; i < quotes.size(); ++i) {
    EXPECT_EQ(quotes[i].id, fmt::format("Q{}", i + 1));
    // The quote starts in its sentence (it may run on into the next ones).
    const text::TextRange& r = doc.sentences.at(quotes[i].sentence).range;
    EXPECT_LE(r.start, quotes[i].span.start);
    EXPECT_LT(quotes[i].span.start, r.end);
    EXPECT_LE(quotes[i].span.raw_end, doc.mapped.raw_size());
  }
  return Summary(doc, entities, quotes);
}

struct Case {
  std::string text;
  std::vector<std::string> quotes;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Quotes(c.text), c.quotes);
  }
}

// "…," he said: the attribution after the quote (Reuters and BBC phrasing).
TEST(QuotesTest, AttributionAfterTheQuote) {
  RunCases({
      {"\"The Bundesbank is frightened of using up its powder,\" he said.",
       {"D|The Bundesbank is frightened of using up its powder|he|say|-"}},
      {"\"The discussions have led to a general agreement,\" the company said.",
       {"D|The discussions have led to a general agreement|the company|say|-"}},
      {"\"These missiles pack a fairly big punch,\" he told Reuters.",
       {"D|These missiles pack a fairly big punch|he|tell|-"}},
      {"\"We are hopeful that we can reach a deal,\" Andre Fortier said on Tuesday.",
       {"D|We are hopeful that we can reach a deal|Andre Fortier|say|Andre Fortier"}},
      {"\"I think we will work our way out of this,\" he added.",
       {"D|I think we will work our way out of this|he|add|-"}},
      {"\"No real sanctions are available,\" Baron warned.",
       {"D|No real sanctions are available|Baron|warn|Baron"}},
      {"\"Oil prices will stay low this year,\" the minister insisted.",
       {"D|Oil prices will stay low this year|the minister|insist|-"}},
      {"\"We have never received any money from them,\" the party's treasurer claimed.",
       {"D|We have never received any money from them|the party's treasurer|claim|-"}},
      {"\"Three grades are not warranted,\" said Henry Rosenberg.",
       {"D|Three grades are not warranted|Henry Rosenberg|say|Henry Rosenberg"}},
      {"\"Prices will rise again in the spring,\" said the economist.",
       {"D|Prices will rise again in the spring|the economist|say|-"}},
      {"\"The talks went well,\" Middle South said in a statement.",
       {"D|The talks went well|Middle South|say|Middle South"}},
      {"\"It is a difficult decision for the board,\" Tony Blair told the conference.",
       {"D|It is a difficult decision for the board|Tony Blair|tell|Tony Blair"}},
  });
}

// He said: "…": the attribution before the quote.
TEST(QuotesTest, AttributionBeforeTheQuote) {
  RunCases({
      {"President Reagan said today, \"Economic policy decisions must be made together.\"",
       {"D|Economic policy decisions must be made together.|President Reagan|say|Reagan"}},
      {"Yeutter said, \"American exporters will find it far easier to compete.\"",
       {"D|American exporters will find it far easier to compete.|Yeutter|say|-"}},
      {"Gilles Babinet, chief executive of Musiwave, said: \"Music downloads on mobiles have "
       "huge potential.\"",
       {"D|Music downloads on mobiles have huge potential.|Gilles Babinet, chief executive of "
        "Musiwave|say|Gilles Babinet"}},
      {"Company official Andre Fortier said \"We are hopeful that we can agree.\"",
       {"D|We are hopeful that we can agree.|Company official Andre Fortier|say|Andre Fortier"}},
      {"But Baron added, \"No real sanctions are available for a violation.\"",
       {"D|No real sanctions are available for a violation.|Baron|add|Baron"}},
      {"The engineer said: \"This invention is not intended to improve speed.\"",
       {"D|This invention is not intended to improve speed.|The engineer|say|-"}},
      {"Bentsen said with some irony, \"Oh, I think it is much too late to act.\"",
       {"D|Oh, I think it is much too late to act.|Bentsen|say|-"}},
      {"Asked about oil prices, he said: \"I think they will rise.\"",
       {"D|I think they will rise.|he|say|-"}},
      {"Mr Blair told the BBC: \"We have a strong record on the economy.\"",
       {"D|We have a strong record on the economy.|Mr Blair|tell|Blair"}},
      {"She emphasized, however, that \"any charter arrangement must be approved.\"",
       {"D|any charter arrangement must be approved.|She|emphasize|-"}},
  });
}

// Curly, single, low and angle quote marks; nesting.
TEST(QuotesTest, QuoteMarks) {
  RunCases({
      {"\xE2\x80\x9CThe market is nervous,\xE2\x80\x9D Smith said.",
       {"D|The market is nervous|Smith|say|Smith"}},
      {"\xE2\x80\x98We will not raise taxes,\xE2\x80\x99 Gordon Brown told the conference.",
       {"D|We will not raise taxes|Gordon Brown|tell|Gordon Brown"}},
      {"\xC2\xAB We are ready for the talks \xC2\xBB, the foreign minister said.",
       {"D|We are ready for the talks|the foreign minister|say|-"}},
      {"\xE2\x80\x9EWe will not accept this plan,\xE2\x80\x9C the chancellor said.",
       {"D|We will not accept this plan|the chancellor|say|-"}},
      {"\"He told me 'never again', and I believed him,\" the witness said.",
       {"D|He told me 'never again', and I believed him|the witness|say|-"}},
      {"\xE2\x80\x9CThey called it \xE2\x80\x98"
       "a historic deal\xE2\x80\x99 and we agree,"
       "\xE2\x80\x9D the ambassador said.",
       {"D|They called it \xE2\x80\x98"
        "a historic deal\xE2\x80\x99 and we agree|the "
        "ambassador|say|-"}},
      {"\xE2\x80\x98The club\xE2\x80\x99s fans deserve better,\xE2\x80\x99 the manager said.",
       {"D|The club\xE2\x80\x99s fans deserve better|the manager|say|-"}},
  });
}

// Quotes broken by their attribution, and quotes running over sentences.
TEST(QuotesTest, BrokenAndLongQuotes) {
  RunCases({
      {"\"We agree,\" he said, \"but not yet.\"",
       {"D|We agree|he|say|-", "D|but not yet.|he|say|-"}},
      {"\"I think we will work our way out of this,\" he added. \"It is not a crisis.\"",
       {"D|I think we will work our way out of this|he|add|-", "D|It is not a crisis.|he|add|-"}},
      {"\xE2\x80\x9CThe market is nervous,\xE2\x80\x9D Smith said. \xE2\x80\x9CNobody knows "
       "where it is going.\xE2\x80\x9D",
       {"D|The market is nervous|Smith|say|Smith",
        "D|Nobody knows where it is going.|Smith|say|Smith"}},
      {"Lawson said: \"Inheritance tax will yield more this year. We expect the same next "
       "year.\"",
       {"D|Inheritance tax will yield more this year. We expect the same next year.|Lawson|say|-"}},
      {"\"We just do not know where the market is going. Prices could fall further,\" a "
       "trader said.",
       {"D|We just do not know where the market is going. Prices could fall further|a "
        "trader|say|-"}},
      {"\"We are ready,\" Blair said. \"So are we,\" the French minister replied.",
       {"D|We are ready|Blair|say|Blair", "D|So are we|the French minister|reply|French minister"}},
  });
}

// Partial quotes inside a sentence: the verb governing them is the cue.
TEST(QuotesTest, PartialQuotes) {
  RunCases({
      {"An Australian trade official said Canberra has \"grave concerns\" about the plan.",
       {"D|grave concerns|An Australian trade official|say|-"}},
      {"He said the company's second quarter is \"likely to be strong.\"",
       {"D|likely to be strong.|He|say|-"}},
      {"Reagan said in a statement that \"I regret having to take this step.\"",
       {"D|I regret having to take this step.|Reagan|say|-"}},
      {"Hussein stressed the need to \"strengthen the partnership through agreements,\" "
       "officials said.",
       {"D|strengthen the partnership through agreements|Hussein|stress|-"}},
  });
}

// Reported speech: the clause complement of a speech verb.
TEST(QuotesTest, ReportedSpeech) {
  RunCases({
      {"Hussein confirmed that Iraq seeks to strengthen partnership projects with Washington.",
       {"R|Iraq seeks to strengthen partnership projects with Washington|Hussein|confirm|-"}},
      {"The company said that fourth quarter sales rose 2%.",
       {"R|fourth quarter sales rose 2%|The company|say|-"}},
      {"TimeWarner said fourth quarter sales rose 2% to $11.1bn.",
       {"R|fourth quarter sales rose 2% to $11.1bn|TimeWarner|say|-"}},
      {"The minister told reporters that the talks would resume next week.",
       {"R|the talks would resume next week|The minister|tell|-"}},
      {"Officials warned that the deficit could widen.",
       {"R|the deficit could widen|Officials|warn|-"}},
      {"Brokers said the dollar was likely to weaken further.",
       {"R|the dollar was likely to weaken further|Brokers|say|-"}},
      {"The central bank announced that it would cut interest rates.",
       {"R|it would cut interest rates|The central bank|announce|-"}},
      {"He denied that he had received any payment.", {"R|he had received any payment|He|deny|-"}},
      {"The union argued that the plan would cost thousands of jobs.",
       {"R|the plan would cost thousands of jobs|The union|argue|-"}},
      {"Analysts noted that exports had fallen for a third month.",
       {"R|exports had fallen for a third month|Analysts|note|-"}},
      {"The spokesman explained that the flights were delayed by bad weather.",
       {"R|the flights were delayed by bad weather|The spokesman|explain|-"}},
      {"Tony Blair insisted that the government would not raise income tax.",
       {"R|the government would not raise income tax|Tony Blair|insist|Tony Blair"}},
      {"The Saudi Interior Ministry stated that the suspects were arrested in Riyadh.",
       {"R|the suspects were arrested in Riyadh|The Saudi Interior Ministry|state|Interior "
        "Ministry"}},
      {"Mr Smith welcomed the decision and said that prices would fall.",
       {"R|prices would fall|Mr Smith|say|Smith"}},
      {"The ministry issued a statement, explaining that the plant was safe.",
       {"R|the plant was safe|The ministry|explain|-"}},
      {"Shares rose at the bank, which said that profits had doubled.",
       {"R|profits had doubled|the bank|say|-"}},
      {"The talks were useful, the minister said.", {"R|The talks were useful|the minister|say|-"}},
  });
}

// Inverted subjects after the quote, and a few more speech verbs.
TEST(QuotesTest, InvertedSubjectsAndMoreCues) {
  RunCases({
      {"\"Prices are beginning to set a new range,\" said energy analyst Orin Middleton of "
       "Barclays Capital.",
       {"D|Prices are beginning to set a new range|energy analyst Orin Middleton of Barclays "
        "Capital|say|"
        "Orin Middleton of Barclays Capital"}},
      {"\"We expect the deficit to widen in 2005,\" said economist Marie-Pierre Ripert.",
       {"D|We expect the deficit to widen in 2005|economist Marie-Pierre Ripert|say|Marie-Pierre "
        "Ripert"}},
      {"\"It is a positive development for carriers,\" said Gartner analyst Jim Smith.",
       {"D|It is a positive development for carriers|Gartner analyst Jim Smith|say|Jim Smith"}},
      {"Yukos argued that a US court was entitled to declare it bankrupt.",
       {"R|a US court was entitled to declare it bankrupt|Yukos|argue|-"}},
      {"Mr Eddington said: \"Our focus remains on reducing controllable costs.\"",
       {"D|Our focus remains on reducing controllable costs.|Mr Eddington|say|Eddington"}},
      {"The judge acknowledged that \"agencies of the government have acted in concert.\"",
       {"D|agencies of the government have acted in concert.|The judge|acknowledge|-"}},
  });
}

// Who a pronoun or a title stands for.
TEST(QuotesTest, SpeakerResolution) {
  RunCases({
      {"Gordon Brown spoke in London. He said that the economy was strong.",
       {"R|the economy was strong|He|say|Gordon Brown"}},
      {"Angela Merkel arrived on Monday. \"Blinken is wrong about this,\" she said.",
       {"D|Blinken is wrong about this|she|say|Angela Merkel"}},
      {"The Iraqi Foreign Minister, Fuad Hussein, said that the talks were useful.",
       {"R|the talks were useful|The Iraqi Foreign Minister, Fuad Hussein|say|Fuad Hussein"}},
      {"For his part, the US Secretary of State, Anthony Blinken, affirmed that Iraq has "
       "witnessed an openness.",
       {"R|Iraq has witnessed an openness|the US Secretary of State, Anthony Blinken|affirm|"
        "Antony Blinken"}},
      {"Fuad Hussein arrived in Washington. \"Our meeting comes as an affirmation of the "
       "partnership,\" he said.",
       {"D|Our meeting comes as an affirmation of the partnership|he|say|Fuad Hussein"}},
      {"The two countries affirmed in a joint statement that \"the mission has turned into "
       "a training mission.\"",
       {"D|the mission has turned into a training mission.|The two countries|affirm|-"}},
  });
}

// Dirty text: stray and unclosed marks, scare quotes, no attribution.
TEST(QuotesTest, Tolerance) {
  RunCases({
      {"The so-called \"Islamic State\" lost ground.", {}},
      {"\"This is the end of an era for the city.\"",
       {"D|This is the end of an era for the city.|-|-|-"}},
      {"He said that \"Iraq seeks partnership in culture.\" And education. \"",
       {"D|Iraq seeks partnership in culture.|He|say|-"}},
      {"He said: \"We will win this fight.\n\nThe second paragraph is not quoted at all.",
       {"D|We will win this fight.|He|say|-"}},
      {"The screen measures 15\" across and weighs little.", {}},
      {"It was a \xE2\x80\x9Cgood\xE2\x80\x9D year.", {}},
  });
}

TEST(QuoteCuesTest, ParsesAndRejects) {
  auto ok = QuoteCues::Parse("# c\nlemma\tkind\tnote\nsay\tspeech\t\nask\tdirect\tq\n", "t.tsv");
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  ASSERT_NE((*ok)->Find("say"), nullptr);
  EXPECT_EQ(*(*ok)->Find("ask"), QuoteCueKind::kDirect);
  EXPECT_EQ((*ok)->Find("eat"), nullptr);
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"lemma\tkind\tnote\nSay\tspeech\t\n", "t.tsv:2:"},
      {"lemma\tkind\tnote\nsay\tshout\t\n", "t.tsv:2:"},
      {"lemma\tkind\tnote\nsay\tspeech\t\nsay\tdirect\t\n", "t.tsv:3:"},
  };
  for (const auto& [contents, where] : bad) {
    auto r = QuoteCues::Parse(contents, "t.tsv");
    ASSERT_FALSE(r.ok()) << contents;
    EXPECT_NE(r.status().ToString().find(where), std::string::npos) << r.status().ToString();
  }
  auto def = QuoteCues::Default();
  ASSERT_TRUE(def.ok()) << def.status().ToString();
  EXPECT_GE((*def)->size(), 50u);
}

}  // namespace
}  // namespace newsgraph::extract

namespace newsgraph::extract {
namespace {

// The demo article: quotes by Fuad Hussein, by Blinken, from the joint
// statement (a group of countries: no entity) and by al-Kadhimi. Texts are
// compared on their first five words.
TEST(QuotesTest, SampleArticle) {
  auto raw = newsgraph::testing::ReadFile(
      newsgraph::testing::SourcePath("samples/iraq-us-strategic-dialogue.txt"));
  ASSERT_TRUE(raw.has_value());
  std::vector<std::string> got = Quotes(*raw);
  for (std::string& q : got) {  // "D|w1 w2 w3 w4 w5|speaker|cue|entity"
    const size_t bar = q.find('|', 2);
    size_t cut = 2;
    for (int words = 0; words < 5 && cut != std::string::npos && cut < bar; ++words) {
      cut = q.find(' ', cut + 1);
    }
    if (cut != std::string::npos && cut < bar) q.erase(cut, bar - cut);
  }
  const std::vector<std::string> want = {
      "D|the mission of the United|The two countries|affirm|-",
      "R|Iraq seeks to strengthen partnership|Hussein|confirm|Fuad Hussein",
      "D|Iraq seeks to strengthen partnership|the Iraqi Foreign Minister, Fuad Hussein|say|Fuad "
      "Hussein",
      "D|strengthen the Iraqi-American partnership through|Hussein|stress|Fuad Hussein",
      "D|Iraqi forces need programs provided|Hussein|explain|Fuad Hussein",
      "R|Iraq has witnessed an openness|the US Secretary of State, Anthony Blinken|affirm|Antony "
      "Blinken",
      "D|Our meeting comes as an|He|add|Antony Blinken",
      "D|the Iraqi government is going|He|indicate|Antony Blinken",
      "D|the Iraqi government has devoted|He|clarify|Antony Blinken",
      "R|the strategic dialogue between Iraq|Mustafa Al-Kazemi, Iraqi Prime Minister and Commander "
      "in Chief of the Armed Forces|say|Mustafa al-Kadhimi",
      "R|the great development in the|He|stress|Mustafa al-Kadhimi",
      "R|this matter enabled Iraq to|Al-Kazemi|say|Mustafa al-Kadhimi",
      "R|the great development in the|The Commander-in-Chief of the Armed Forces|emphasize|Mustafa "
      "al-Kadhimi",
  };
  EXPECT_EQ(got, want);
}

TEST(QuotesTest, EmptyAndUnparsedDocuments) {
  EXPECT_TRUE(FindQuotes(Document{}, {}, Cues()).empty());
  Document doc = MakeDocument("\"We agree with the plan,\" he said.");
  doc.words.clear();  // no parse: the quote is found, without a speaker
  const std::vector<Quote> quotes = FindQuotes(doc, {}, Cues());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We agree with the plan");
  EXPECT_FALSE(quotes[0].cue.has_value());
}

}  // namespace
}  // namespace newsgraph::extract
