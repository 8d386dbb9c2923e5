#include "text/paragraph_flags.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::text {
namespace {

const ParagraphFlagger& Flagger() {
  static const Result<ParagraphFlagger> flagger = ParagraphFlagger::LoadDefault();
  EXPECT_TRUE(flagger.ok()) << flagger.status().ToString();
  return *flagger;
}

TEST(ParagraphFlagsTest, SocialMediaCredits) {
  EXPECT_TRUE(IsSocialMediaCredit("- Media Office of the Prime Minister (@IraqiPMO) April 7, 2021"));
  EXPECT_TRUE(IsSocialMediaCredit("\xE2\x80\x94 Joe Biden (@JoeBiden) January 20, 2021"));
  EXPECT_FALSE(IsSocialMediaCredit("Media Office (@IraqiPMO) April 7, 2021"));  // no dash
  EXPECT_FALSE(IsSocialMediaCredit("- He wrote to @IraqiPMO on April 7, 2021"));
  EXPECT_FALSE(IsSocialMediaCredit("- Office (@IraqiPMO) April 7"));
  EXPECT_FALSE(IsSocialMediaCredit("- Office (@Iraqi PMO) April 7, 2021"));
}

TEST(ParagraphFlagsTest, PhotoCredits) {
  EXPECT_TRUE(IsPhotoCredit("Photo: Reuters"));
  EXPECT_TRUE(IsPhotoCredit("PHOTO BY AHMAD AL-RUBAYE/AFP via Getty Images"));
  EXPECT_FALSE(IsPhotoCredit("Photographers gathered outside the ministry on Monday."));
}

TEST(ParagraphFlagsTest, ExactAndNearDuplicates) {
  std::string a = "The great development in the capabilities of our security forces paved the way "
                  "for the departure of approximately 60% of the coalition forces.";
  std::string b = "The great development in the capabilities of our security forces paved the way "
                  "for the departure of nearly 60% of the coalition forces.";
  std::string text = a + "\n\nSomething else entirely happened in between these two.\n\n" + b +
                     "\n\n" + a;
  auto flags = Flagger().Find(text);
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_STREQ(flags[0].kind, "duplicate_paragraph");
  EXPECT_EQ(text.substr(flags[0].start, flags[0].end - flags[0].start), b);
  EXPECT_NE(flags[0].note.find("near duplicate"), std::string::npos);
  EXPECT_NE(flags[1].note.find("exact duplicate"), std::string::npos);
}

// The first paragraph's fingerprint is taken only when a second one comes:
// a copy of it as the second paragraph must still be found.
TEST(ParagraphFlagsTest, DuplicateOfTheFirstParagraph) {
  std::string a = "The great development in the capabilities of our security forces paved the way "
                  "for the departure of approximately 60% of the coalition forces.";
  auto exact = Flagger().Find(a + "\n\n" + a);
  ASSERT_EQ(exact.size(), 1u);
  EXPECT_EQ(exact[0].start, a.size() + 2);
  EXPECT_EQ(exact[0].note, "exact duplicate of an earlier paragraph");
  std::string b = "The great development in the capabilities of our security forces paved the way "
                  "for the departure of nearly 60% of the coalition forces.";
  auto near = Flagger().Find(a + "\n\n" + b);
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].note, "near duplicate of the paragraph at byte 0 (word-bigram Jaccard 0.83)");
  EXPECT_TRUE(Flagger().Find(a).empty());
  EXPECT_EQ(Flagger().Find("Photo: AFP\n\n" + a + "\n\nPhoto: AFP").size(), 2u);
}

TEST(ParagraphFlagsTest, ExactDuplicateAmongManyParagraphs) {
  std::string text;
  for (int k = 0; k < 300; ++k) text += "Paragraph number " + std::to_string(k) + " says little.\n\n";
  const size_t repeat_at = text.size();
  text += "paragraph NUMBER 123 says little";
  auto flags = Flagger().Find(text);
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].start, repeat_at);
  EXPECT_STREQ(flags[0].kind, "duplicate_paragraph");
}

TEST(ParagraphFlagsTest, SummaryRepeatedInsideALongerParagraphIsNotADuplicate) {
  std::string text =
      "Hussein confirmed that Iraq seeks to strengthen partnership projects with Washington.\n\n"
      "In his speech at the opening of this round of talks, the minister said that Iraq seeks to "
      "strengthen partnership projects with Washington in various fields, including security, "
      "health, energy, environment and culture.";
  EXPECT_TRUE(Flagger().Find(text).empty());
}

TEST(ParagraphFlagsTest, ShortRepeatedLinesAreNotNearDuplicates) {
  EXPECT_TRUE(Flagger().Find("Read more here.\n\nRead more there.").empty());
}

TEST(ParagraphFlagsTest, AgencyCreditAtParagraphEnd) {
  std::string text = "Iraq seeks partnership with Washington in various fields (French).";
  auto flags = Flagger().Find(text);
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(text.substr(flags[0].start, flags[0].end - flags[0].start), "(French)");
  EXPECT_NE(flags[0].note.find("Agence France-Presse"), std::string::npos);
  EXPECT_TRUE(Flagger().Find("He spoke French (fluently).").empty());
  EXPECT_TRUE(Flagger().Find("The (AFP) credit is mid-sentence here.").empty());
}

TEST(ParagraphFlagsTest, MalformedAgencyFileNamesTheLine) {
  auto f = ParagraphFlagger::Parse("agencies.tsv", "form\tagency\tnote\nAFP\t\tx\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kCorruption);
  EXPECT_NE(f.status().message().find("agencies.tsv:2"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::text
