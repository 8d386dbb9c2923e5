#include "text/char_class.h"

#include <gtest/gtest.h>

namespace newsgraph::text {
namespace {

TEST(CharClassTest, BmpTableAgreesWithIcuEverywhere) {
  const CharClass* table = BmpClassTable();
  for (UChar32 c = 0x80; c < 0x10000; ++c) {
    ASSERT_EQ(table[c], ClassifyNonAscii(c)) << std::hex << c;
  }
  for (UChar32 c = 0; c < 0x80; ++c) ASSERT_EQ(table[c], internal::kAsciiClass[c]) << c;
  EXPECT_EQ(BmpClassTable(), table);  // built once
}

TEST(CharClassTest, ClassifiesAcrossPlanes) {
  EXPECT_EQ(Classify('a'), CharClass::kLetter);
  EXPECT_EQ(Classify(' '), CharClass::kSpace);
  EXPECT_EQ(Classify(0x0628), CharClass::kLetter);  // ب
  EXPECT_EQ(Classify(0x0663), CharClass::kDigit);   // ٣
  EXPECT_EQ(Classify(0x060C), CharClass::kOther);   // ،
  EXPECT_EQ(Classify(0x00A0), CharClass::kSpace);   // no-break space
  EXPECT_EQ(Classify(0x200D), CharClass::kJoiner);  // ZWJ
  EXPECT_EQ(Classify(0x2764), CharClass::kEmoji);   // ❤
  EXPECT_EQ(Classify(0x1F600), CharClass::kEmoji);  // 😀, outside the table
  EXPECT_EQ(Classify(-1), CharClass::kOther);
}

TEST(CharClassTest, AsciiAlnumFlags) {
  EXPECT_EQ(AsciiAlnumFlags('q'), kAsciiLetterBit);
  EXPECT_EQ(AsciiAlnumFlags('Q'), kAsciiLetterBit);
  EXPECT_EQ(AsciiAlnumFlags('7'), kAsciiDigitBit);
  EXPECT_EQ(AsciiAlnumFlags('-'), 0);
  EXPECT_EQ(AsciiAlnumFlags('\xD8'), 0);
}

}  // namespace
}  // namespace newsgraph::text
