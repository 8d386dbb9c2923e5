#include "extract/gum_entities.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::extract {
namespace {

struct W {
  std::string form, upos;
  int head;
  std::string entity;  // the Entity= value, "" for none
  std::string deprel = "dep";
};

lang::ConlluSentence Sentence(const std::vector<W>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    const W& w = words[i];
    text += std::to_string(i + 1) + "\t" + w.form + "\t_\t" + w.upos + "\t_\t_\t" +
            std::to_string(w.head) + "\t" + w.deprel + "\t_\t" + (w.entity.empty() ? "_" : "Entity=" + w.entity) +
            "\n";
  }
  auto parsed = lang::ParseConllu(text + "\n", "t.conllu");
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  return parsed.ok() ? parsed->front() : lang::ConlluSentence{};
}

// "type:first word..last word" per span.
std::vector<std::string> Summary(const lang::ConlluSentence& s) {
  auto spans = GumNamedEntities(s, "t.conllu");
  EXPECT_TRUE(spans.ok()) << spans.status().ToString();
  std::vector<std::string> out;
  if (!spans.ok()) return out;
  for (const auto& sp : *spans) {
    std::string text;
    for (size_t i = sp.begin; i < sp.end; ++i) text += (i > sp.begin ? " " : "") + s.words[i].form;
    out.push_back(sp.type + ":" + text);
  }
  return out;
}

TEST(GumEntitiesTest, ParsesNestedMentions) {
  const auto s = Sentence({{"The", "DET", 2, "(1-organization-new-x-cf1-1-sgl"},
                           {"University", "PROPN", 5, ""},
                           {"of", "ADP", 4, ""},
                           {"Chicago", "PROPN", 2, "(2-place-new-x-cf1-1-sgl)1)"},
                           {"grew", "VERB", 0, ""},
                           {".", "PUNCT", 5, ""}});
  auto mentions = GumMentions(s, "t.conllu");
  ASSERT_TRUE(mentions.ok()) << mentions.status().ToString();
  ASSERT_EQ(mentions->size(), 2u);
  EXPECT_EQ((*mentions)[0].type, "organization");
  EXPECT_EQ((*mentions)[0].begin, 0u);
  EXPECT_EQ((*mentions)[0].end, 4u);
  EXPECT_EQ((*mentions)[1].type, "place");
  EXPECT_EQ((*mentions)[1].begin, 3u);
  EXPECT_EQ((*mentions)[1].end, 4u);
  // The outer named mention wins; its determiner is dropped; "of" joins.
  EXPECT_EQ(Summary(s), (std::vector<std::string>{"ORG:University of Chicago"}));
}

TEST(GumEntitiesTest, KeepsOnlyNamedMentionsOfOurTypes) {
  const auto s = Sentence({{"The", "DET", 2, "(1-person-new-x-cf1-1-sgl"},
                           {"researcher", "NOUN", 3, "1)"},
                           {"met", "VERB", 0, ""},
                           {"President", "NOUN", 5, "(2-person-new-x-cf1-1-sgl"},
                           {"Obama", "PROPN", 3, "2)"},
                           {"in", "ADP", 7, ""},
                           {"Paris", "PROPN", 3, "(3-place-new-x-cf1-1-sgl)"},
                           {"during", "ADP", 10, ""},
                           {"Easter", "PROPN", 10, "(4-event-new-x-cf1-1-sgl)"},
                           {".", "PUNCT", 3, ""}});
  EXPECT_EQ(Summary(s), (std::vector<std::string>{"PERSON:Obama", "PLACE:Paris"}));
}

TEST(GumEntitiesTest, LeavesTitlesOut) {
  // GUM: "Iraqi/JJ Foreign/NNP Minister/NNP" is nmod:desc of "Hussein".
  const auto s = Sentence({{"Iraqi", "ADJ", 3, "(1-person-new-x-cf1-1-sgl", "amod"},
                           {"Foreign", "PROPN", 3, "", "compound"},
                           {"Minister", "PROPN", 5, "", "nmod:desc"},
                           {"Fuad", "PROPN", 5, "", "compound"},
                           {"Hussein", "PROPN", 6, "1)", "nsubj"},
                           {"spoke", "VERB", 0, "", "root"}});
  EXPECT_EQ(Summary(s), (std::vector<std::string>{"PERSON:Fuad Hussein"}));
}

TEST(GumEntitiesTest, SplitsCoordinatedNames) {
  const auto s = Sentence({{"Obama", "PROPN", 4, "(1-person-new-x-cf1-1-sgl(2-person-new-x-cf1-1-sgl)"},
                           {"and", "CCONJ", 3, ""},
                           {"Biden", "PROPN", 1, "(3-person-new-x-cf1-1-sgl)1)"},
                           {"spoke", "VERB", 0, ""}});
  EXPECT_EQ(Summary(s), (std::vector<std::string>{"PERSON:Obama", "PERSON:Biden"}));
}

TEST(GumEntitiesTest, KeepsNamesOutsideAnOuterName) {
  // "Chicago 's Field Museum": the place stays, beside the museum.
  const auto s = Sentence({{"Chicago", "PROPN", 4, "(1-organization-new-x-cf1-1-sgl(2-place-new-x-cf1-1-sgl)"},
                           {"'s", "PART", 1, ""},
                           {"Field", "PROPN", 4, ""},
                           {"Museum", "PROPN", 5, "1)"},
                           {"opened", "VERB", 0, ""}});
  EXPECT_EQ(Summary(s), (std::vector<std::string>{"PLACE:Chicago", "ORG:Field Museum"}));
}

TEST(GumEntitiesTest, BadBracketsAreErrors) {
  auto unopened = GumMentions(Sentence({{"Iraq", "PROPN", 0, "7)"}}), "t.conllu");
  ASSERT_FALSE(unopened.ok());
  EXPECT_EQ(unopened.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(unopened.status().message().find("t.conllu:1: word 1"), std::string::npos)
      << unopened.status().message();
  auto unclosed =
      GumMentions(Sentence({{"Iraq", "PROPN", 0, "(7-place-new-x-cf1-1-sgl"}}), "t.conllu");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_NE(unclosed.status().message().find("not closed"), std::string::npos);
}

// Every GUM sentence converts; the counts are those of the rule in the header.
TEST(GumEntitiesTest, ConvertsGumDev) {
  const std::string dev = testing::SharedDir() + "/treebanks/gum/gum-dev.conllu";
  NEWSGRAPH_REQUIRE_SHARED(dev);
  auto gum = lang::ReadConlluFile(dev);
  ASSERT_TRUE(gum.ok()) << gum.status().ToString();
  size_t counts[3] = {0, 0, 0};
  for (const auto& s : *gum) {
    auto spans = GumNamedEntities(s, dev);
    ASSERT_TRUE(spans.ok()) << spans.status().ToString();
    for (size_t i = 0; i < spans->size(); ++i) {
      if (i > 0) {
        EXPECT_LE((*spans)[i - 1].end, (*spans)[i].begin);
      }
      for (size_t t = 0; t < 3; ++t) counts[t] += (*spans)[i].type == kNerTypes[t];
    }
  }
  std::printf("GUM dev names: PERSON %zu ORG %zu PLACE %zu\n", counts[0], counts[1], counts[2]);
  EXPECT_GT(counts[0], 100u);
  EXPECT_GT(counts[1], 50u);
  EXPECT_GT(counts[2], 100u);
}

}  // namespace
}  // namespace newsgraph::extract
