#include "extract/amounts.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/amounts_stage.h"
#include "extract/dates_stage.h"
#include "extract/test_document.h"

namespace newsgraph::extract {
namespace {

// Each case: news phrasing (most adapted from the BBC, Reuters-21578 and
// Saudi news corpora in ../shared, and the demo article) and every amount
// found as "text|value|unit|approximation|object|count_type", joined by
// "; " ("" = none; empty fields for absent ones).
struct Case {
  std::string_view sentence, want;
};

const Case kCases[] = {
    // --- the demo article ---
    {"And there are about 3 thousand soldiers from the international coalition forces, "
     "including 2,500 American soldiers, to fight ISIS in the country.",
     "about 3 thousand|3000|count|about|soldiers from the international coalition forces|FORCES; "
     "2,500|2500|count||American soldiers|FORCES"},
    {"It paved the way for the departure of approximately 60% of the coalition forces.",
     "approximately 60%|60|percent|about|the coalition forces|FORCES"},
    {"ISIS controlled a third of Iraq at the time.", "a third|0.333333|fraction||Iraq|"},
    {"It paved the way for the departure of nearly 60% of the coalition forces.",
     "nearly 60%|60|percent|nearly|the coalition forces|FORCES"},
    // --- counts of people and things ---
    {"About 300 fans protested outside the Old Trafford ground.",
     "About 300|300|count|about|fans|"},
    {"The firm will cut 1,500 jobs over two years.", "1,500|1500|count||jobs|"},
    {"General Motors is recalling nearly 200,000 vehicles in the US.",
     "nearly 200,000|200000|count|nearly|vehicles|"},
    {"About 280,000 jobs a year have been created in South Africa.",
     "About 280,000|280000|count|about|jobs|"},
    {"More than 1.2 million people voted.",
     "More than 1.2 million|1.2e+06|count|more_than|people|"},
    {"Some 40 countries signed the treaty.", "Some 40|40|count|about|countries|"},
    {"The company employs 12,000 workers.", "12,000|12000|count||workers|"},
    {"Three people were killed in the blast.", "Three|3|count||people|KILL"},
    {"At least 20 people were killed and 45 wounded.", "At least 20|20|count|at_least|people|KILL"},
    {"The attack killed 14 soldiers.", "14|14|count||soldiers|KILL"},
    {"Police arrested 30 protesters on Friday.", "30|30|count||protesters|ARREST"},
    {"Gunmen kidnapped two engineers.", "two|2|count||engineers|KIDNAP"},
    {"Five journalists were abducted near the border.", "Five|5|count||journalists|KIDNAP"},
    {"The floods displaced 10,000 families.", "10,000|10000|count||families|AFFECT"},
    {"Twelve people were injured in the crash.", "Twelve|12|count||people|WOUND"},
    {"The storm left 2,000 people homeless.", "2,000|2000|count||people|AFFECT"},
    {"Up to 5,000 troops will be sent.", "Up to 5,000|5000|count|up_to|troops|FORCES"},
    {"The US has 2,500 troops in Iraq.", "2,500|2500|count||troops|FORCES"},
    {"Hundreds of people gathered in the square.", "Hundreds|100|count|hundreds|people|"},
    {"Thousands of people marched through the city.", "Thousands|1000|count|thousands|people|"},
    {"Tens of thousands of refugees fled the fighting.",
     "Tens of thousands|10000|count|tens of thousands|refugees|AFFECT"},
    {"Dozens of houses were destroyed.", "Dozens|12|count|dozens|houses|"},
    {"A dozen officers were detained.", "A dozen|12|count||officers|ARREST"},
    {"Two dozen soldiers were wounded.", "Two dozen|24|count||soldiers|WOUND"},
    {"Twenty-five players were called up.", "Twenty-five|25|count||players|"},
    {"Fewer than 100 delegates attended.", "Fewer than 100|100|count|less_than|delegates|"},
    {"Almost 700 students sat the exam.", "Almost 700|700|count|nearly|students|"},
    {"As many as 80 firms may close.", "As many as 80|80|count|up_to|firms|"},
    {"The bank has 450 branches.", "450|450|count||branches|"},
    {"Four new members joined the board.", "Four|4|count||new members|"},
    {"The plant makes 300 cars a day.", "300|300|count||cars|"},
    {"A million people live there.", "A million|1e+06|count||people|"},
    {"Over 1,000 soldiers took part.", "Over 1,000|1000|count|more_than|soldiers|FORCES"},
    {"The army deployed 600 paratroopers.", "600|600|count||paratroopers|FORCES"},
    {"Militants killed 7 policemen.", "7|7|count||policemen|KILL"},
    {"The quake affected 2 million people.", "2 million|2e+06|count||people|AFFECT"},
    {"Rescuers evacuated 350 residents.", "350|350|count||residents|AFFECT"},
    // --- percentages and fractions ---
    {"Its sales have slid 41% in the past year.", "41%|41|percent|||"},
    {"Unemployment fell to 5.2 percent.", "5.2 percent|5.2|percent|||"},
    {"Growth was 1.5 per cent in the quarter.", "1.5 per cent|1.5|percent|||"},
    {"Profits rose 12 pct, the company said.", "12 pct|12|percent|||"},
    {"About 20% of the workforce will go.", "About 20%|20|percent|about|the workforce|"},
    {"Two-thirds of voters backed the plan.", "Two-thirds|0.666667|fraction||voters|"},
    {"Half of the staff were sent home.", "Half|0.5|fraction||the staff|"},
    {"Half the country is without power.", "Half|0.5|fraction||the country|"},
    {"A quarter of the budget goes on defence.", "A quarter|0.25|fraction||the budget|"},
    {"One third of the land is desert.", "One third|0.333333|fraction||the land|"},
    {"Almost half of the population is under 25.",
     "Almost half|0.5|fraction|nearly|the population|"},
    {"More than 60% of the coalition forces have left.",
     "More than 60%|60|percent|more_than|the coalition forces|FORCES"},
    {"The currency has gained almost 1% in three sessions.",
     "almost 1%|1|percent|nearly||; three|3|count||sessions|"},
    {"Rates rose by 0.25 percentage points.", "0.25 percentage points|0.25|percent|||"},
    // Regression: a percentage took KILL from the sentence's verb.
    {"They want 100% debt relief because children die.", "100%|100|percent||debt relief|"},
    {"A fifth of the children are underweight.", "A fifth|0.2|fraction||the children|"},
    // --- money ---
    {"The government claims $280bn in damages from tobacco firms.",
     "$280bn|2.8e+11|currency:USD|||"},
    {"The firm has a capitalisation of £5.7bn.", "£5.7bn|5.7e+09|currency:GBP|||"},
    {"That is 8.2bn euros at current rates.", "8.2bn euros|8.2e+09|currency:EUR|||"},
    {"The shares rose to 54 dlrs.", "54 dlrs|54|currency:USD|||"},
    {"Net profit was 12.5 mln dlrs.", "12.5 mln dlrs|1.25e+07|currency:USD|||"},
    {"Sales reached 400 mln stg last year.", "400 mln stg|4e+08|currency:GBP|||"},
    {"The deal is worth about $1.2 billion.", "about $1.2 billion|1.2e+09|currency:USD|about||"},
    {"It raised US$1.2 billion.", "US$1.2 billion|1.2e+09|currency:USD|||"},
    {"The club paid €5m for the player.", "€5m|5e+06|currency:EUR|||"},
    {"Toyota earned 300 billion yen.", "300 billion yen|3e+11|currency:JPY|||"},
    {"The fine was $500,000.", "$500,000|500000|currency:USD|||"},
    {"Oil rose above $50 a barrel.", "$50|50|currency:USD|||"},
    {"The bill came to more than $3,000.", "more than $3,000|3000|currency:USD|more_than||"},
    {"Aid of 10 million riyals was pledged.", "10 million riyals|1e+07|currency:SAR|||"},
    {"It cost Rs 500 crore.", "Rs 500 crore|5e+09|currency:INR|||"},
    {"They paid 20 dollars each.", "20 dollars|20|currency:USD|||"},
    // --- several in one sentence ---
    {"Sales rose 5% to $2.4bn, and 300 jobs will go.",
     "5%|5|percent|||; $2.4bn|2.4e+09|currency:USD|||; 300|300|count||jobs|"},
    {"About 20 people were killed and 45 were wounded in 3 villages.",
     "About 20|20|count|about|people|KILL; 3|3|count||villages|"},
    {"The 2,500 troops left and 40 soldiers arrived.", "40|40|count||soldiers|FORCES"},
    // --- not amounts ---
    {"Seven, Deadly Sins is a film.", ""},
    {"7, Deadly Sins was a hit.", ""},
    {"Manchester United won 3-1 at home.", ""},
    {"The talks were held on April 7, 2021.", ""},
    {"The first round was held in June 2020.", ""},
    {"The 2014 elections were disputed.", ""},
    {"Since 2014, the United States has led a coalition.", ""},
    {"A 45-year-old man was arrested.", ""},
    {"The suspect, aged 45, was charged.", ""},
    {"He is 45 years old.", ""},
    {"He lives at No. 10 Downing Street.", ""},
    {"Article 5 of the treaty applies.", ""},
    {"The airline ordered a Boeing 747.", ""},
    {"Resolution 1441 was passed.", ""},
    {"The F-16 jets flew overhead.", ""},
    {"COVID-19 cases rose.", ""},
    {"The meeting starts at 10:30.", ""},
    {"The third round of talks begins.", ""},
    {"It was the first time in a decade.", ""},
    {"One of the soldiers was hurt.", ""},
    {"No one was hurt.", ""},
    {"Chapter 11 protection was sought.", ""},
    {"The score was 2-2 at half time.", ""},
    {"The G20 summit opened.", ""},
    {"The count rose to 2000-2500 in some reports.", ""},
    {"He said one thing and did another.", ""},
    {"They met two days ago.", ""},
    {"It was the second time this year.", ""},
    {"The Fab Four played here.", ""},
    {"Page 3 carried the story.", ""},
    {"He scored twice in the second half.", ""},
    {"Flight 370 vanished.", ""},
    {"The match kicks off at 1200 GMT.", ""},
    {"Talks resume at 10 am on Monday.", ""},
    {"England reached the final of Euro 2004.", ""},
    {"Former Three Degrees star Sheila Ferguson appeared.", ""},
    {"He was given a watch for 12 years service.", ""},
    {"The band starts a four-day tour.", ""},
    {"A three-minute silence was held.", ""},
    {"The party set out a 10-point plan.", ""},
    {"Polls are expected on 5 May.", ""},
    {"Hundreds of millions of dollars were lost.",
     "Hundreds of millions|1e+08|count|hundreds of millions|dollars|"},
    {"The two countries affirmed in a joint statement that the mission has changed.", ""},
    {"The two previous rounds included taking steps.", ""},
    {"Its three ministers resigned.", ""},
};

std::string Format(const Amount& a, const Document& doc) {
  (void)doc;
  return fmt::format("{}|{:g}|{}|{}|{}|{}", a.text, a.value, a.unit, a.approximation.value_or(""),
                     a.object.value_or(""), a.count_type.value_or(""));
}

TEST(AmountsTest, Table) {
  auto lexicon = AmountWords::Default();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  auto time_words = TimeWords::Default();
  ASSERT_TRUE(time_words.ok());
  size_t checked = 0, negatives = 0;
  for (const Case& c : kCases) {
    Document doc = testing::MakeDocument(c.sentence);
    const auto dates = FindDates(doc, **time_words);
    const auto amounts = FindDocumentAmounts(doc, dates, **lexicon);
    std::string got;
    for (const Amount& a : amounts) {
      if (!got.empty()) got += "; ";
      got += Format(a, doc);
      testing::ExpectSpanOk(doc, a.span, a.sentence, &a.text);
      if (a.object_span) testing::ExpectSpanOk(doc, *a.object_span, a.sentence, &*a.object);
    }
    EXPECT_EQ(got, c.want) << c.sentence;
    ++checked;
    if (c.want.empty()) ++negatives;
  }
  EXPECT_GE(checked, 100u);   // the issue asks for at least 100 amount cases
  EXPECT_GE(negatives, 20u);  // ... including negatives
}

TEST(AmountWordsTest, MalformedLinesNameTheLine) {
  const std::string header = "word\tkind\tvalue\tnote\n";
  struct Bad {
    std::string body, message;
  };
  const Bad bad[] = {
      {"three\tnumber\tx\t\n", "a.tsv:2: number value \"x\" is not a positive number"},
      {"Three\tnumber\t3\t\n", "a.tsv:2: \"Three\" is not a lower-case word or phrase"},
      {"three\tnumbr\t3\t\n", "a.tsv:2: unknown kind \"numbr\""},
      {"about\tapproximator\t\t\n", "a.tsv:2: approximator needs a value"},
      {"%\tpercent\t1\t\n", "a.tsv:2: percent takes no value, got \"1\""},
      {"a b c d\tapproximator\tabout\t\n", "a.tsv:2: \"a b c d\" is not a lower-case word"},
      {"three\tnumber\t3\t\nthree\tnumber\t3\t\n", "a.tsv:3: \"three\" listed twice as number"},
  };
  for (const Bad& b : bad) {
    auto words = AmountWords::Parse(header + b.body, "a.tsv");
    ASSERT_FALSE(words.ok()) << b.body;
    EXPECT_NE(words.status().message().find(b.message), std::string::npos)
        << words.status().message();
  }
}

}  // namespace
}  // namespace newsgraph::extract
