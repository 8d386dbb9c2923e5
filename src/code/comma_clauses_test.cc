#include "code/comma_clauses.h"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>
#include <vector>

namespace newsgraph::code {
namespace {

// A sentence written as blank-separated upper-case tokens; ",L" is a comma
// inside a list of actors. Returns the tokens CommaClauses keeps, joined by
// blanks (a list comma printed as ",").
std::string Kept(const std::string& sentence, const CommaLimits& limits) {
  std::vector<std::string> upper;
  std::vector<bool> punctuation, list_comma;
  size_t i = 0;
  while (i < sentence.size()) {
    size_t end = sentence.find(' ', i);
    if (end == std::string::npos) end = sentence.size();
    std::string token = sentence.substr(i, end - i);
    i = end + 1;
    if (token.empty()) continue;
    list_comma.push_back(token == ",L");
    if (token == ",L") token = ",";
    bool punct = true;
    for (unsigned char c : token) punct = punct && !std::isalnum(c);
    punctuation.push_back(punct);
    upper.push_back(token);
  }
  const std::vector<bool> left_out = CommaClauses(upper, punctuation, list_comma, limits);
  EXPECT_EQ(left_out.size(), upper.size());
  std::string kept;
  for (size_t k = 0; k < upper.size() && k < left_out.size(); ++k) {
    if (left_out[k]) continue;
    if (!kept.empty()) kept += ' ';
    kept += upper[k];
  }
  return kept;
}

CommaLimits Limits(int begin_min, int begin_max, int min, int max, int end_min, int end_max) {
  CommaLimits l;
  l.begin_min = begin_min;
  l.begin_max = begin_max;
  l.min = min;
  l.max = max;
  l.end_min = end_min;
  l.end_max = end_max;
  return l;
}

struct Case {
  const char* name;
  const char* sentence;
  CommaLimits limits;
  const char* kept;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const CommaLimits kDefault;                            // PETRARCH's: begin off, 2..8, 2..8
const CommaLimits kEndOff = Limits(0, 0, 2, 8, 0, 0);  // only internal parts

const Case kCases[] = {
    {"NoCommasKeepsAll", "ARNOR ATTACKED GONDOR .", kDefault, "ARNOR ATTACKED GONDOR ."},
    {"NumberCommaIsOneToken", "ARNOR SENT 2,500 TROOPS TO GONDOR .", kDefault,
     "ARNOR SENT 2,500 TROOPS TO GONDOR ."},
    // TABARI manual 8.6's example: the terminal part goes with its comma;
    // the sentence mark is not part of it and stays.
    {"TerminalPartLeftOut", "ARNOR WILL RESTORE TIES WITH GONDOR , A SENIOR OFFICIAL SAID .",
     kDefault, "ARNOR WILL RESTORE TIES WITH GONDOR ."},
    {"TrailingMarksAreNotWords", "ARNOR WILL RESTORE TIES , OFFICIALS SAID . ''", kDefault,
     "ARNOR WILL RESTORE TIES . ''"},
    // An internal part takes the comma opening it; the one closing it
    // opens the next part.
    {"InternalPartLeftOut", "ARNOR , FIVE YEARS AFTER THE WAR , RESTORED TIES WITH GONDOR .",
     kEndOff, "ARNOR , RESTORED TIES WITH GONDOR ."},
    // With the defaults the terminal part "RESTORED TIES WITH GONDOR" (4
    // words) goes too: counting is chained, every part is judged.
    {"InternalAndTerminalWithDefaults",
     "ARNOR , FIVE YEARS AFTER THE WAR , RESTORED TIES WITH GONDOR .", kDefault, "ARNOR ."},
    {"InitialPartOffByDefault", "IN A SURPRISE MOVE , ARNOR RESTORED TIES WITH GONDOR .",
     Limits(0, 0, 2, 8, 0, 0), "IN A SURPRISE MOVE , ARNOR RESTORED TIES WITH GONDOR ."},
    // The initial part has no comma before it; the comma after it opens
    // the next part and stays.
    {"InitialPartLeftOut", "IN A SURPRISE MOVE , ARNOR RESTORED TIES WITH GONDOR .",
     Limits(2, 4, 2, 8, 0, 0), ", ARNOR RESTORED TIES WITH GONDOR ."},
    {"InitialPartTooLong", "IN A VERY LONG SURPRISE MOVE , ARNOR RESTORED TIES .",
     Limits(2, 4, 2, 8, 0, 0), "IN A VERY LONG SURPRISE MOVE , ARNOR RESTORED TIES ."},
    // Each part is counted from the comma that ended the one before.
    {"ChainedParts", "A , B C , D E F , G H .", Limits(0, 0, 2, 2, 0, 0), "A , D E F , G H ."},
    {"ChainedPartsAllInRange", "A , B C , D E , G H .", Limits(0, 0, 2, 2, 2, 2), "A ."},
    // Limits are inclusive: min <= words <= max.
    {"BelowMinKept", "ARNOR RESTORED TIES , OFFICIALS .", Limits(0, 0, 2, 8, 2, 3),
     "ARNOR RESTORED TIES , OFFICIALS ."},
    {"AtMinLeftOut", "ARNOR RESTORED TIES , OFFICIALS SAID .", Limits(0, 0, 2, 8, 2, 3),
     "ARNOR RESTORED TIES ."},
    {"AtMaxLeftOut", "ARNOR RESTORED TIES , TWO OFFICIALS SAID .", Limits(0, 0, 2, 8, 2, 3),
     "ARNOR RESTORED TIES ."},
    {"AboveMaxKept", "ARNOR RESTORED TIES , TWO SENIOR OFFICIALS SAID .", Limits(0, 0, 2, 8, 2, 3),
     "ARNOR RESTORED TIES , TWO SENIOR OFFICIALS SAID ."},
    {"MaxZeroTurnsEndOff", "ARNOR RESTORED TIES , OFFICIALS SAID .", Limits(0, 0, 2, 8, 0, 0),
     "ARNOR RESTORED TIES , OFFICIALS SAID ."},
    {"MaxZeroTurnsEndOffEvenWithMin", "ARNOR RESTORED TIES , OFFICIALS SAID .",
     Limits(0, 0, 2, 8, 2, 0), "ARNOR RESTORED TIES , OFFICIALS SAID ."},
    {"MaxZeroTurnsInternalOff", "ARNOR , FIVE YEARS LATER , RESTORED TIES .",
     Limits(0, 0, 0, 0, 0, 0), "ARNOR , FIVE YEARS LATER , RESTORED TIES ."},
    // Punctuation inside a part is not counted: 2 words, not 4.
    {"PunctuationNotCounted", "ARNOR RESTORED TIES , `` OFFICIALS '' SAID .",
     Limits(0, 0, 2, 8, 2, 2), "ARNOR RESTORED TIES ."},
    {"PunctuationNotCountedKept", "ARNOR RESTORED TIES , `` OFFICIALS '' SAID .",
     Limits(0, 0, 2, 8, 3, 4), "ARNOR RESTORED TIES , `` OFFICIALS '' SAID ."},
    // Every trailing mark but a comma is outside the last part, a closing
    // quote included.
    {"TrailingQuoteOutsideLastPart", "ARNOR RESTORED TIES , OFFICIALS SAID '' .",
     Limits(0, 0, 2, 8, 2, 2), "ARNOR RESTORED TIES '' ."},
    // List commas are no boundaries: without the list mark the last part
    // ("FORNOST AND BREE ATTACKED GONDOR") would be left out.
    {"ListCommasNotBoundaries", "MORDOR ,L ROHAN ,L FORNOST AND BREE ATTACKED GONDOR .", kDefault,
     "MORDOR , ROHAN , FORNOST AND BREE ATTACKED GONDOR ."},
    {"SameCommasUnmarkedAreBoundaries", "MORDOR , ROHAN , FORNOST AND BREE ATTACKED GONDOR .",
     kDefault, "MORDOR , ROHAN ."},
    {"ListCommaInsideLeftOutPart", "ARNOR RESTORED TIES , MORDOR ,L ROHAN AND BREE SAID .",
     kDefault, "ARNOR RESTORED TIES ."},
    {"Empty", "", kDefault, ""},
};

class CommaClausesTest : public ::testing::TestWithParam<Case> {};

TEST_P(CommaClausesTest, KeepsTheRightTokens) {
  const Case& c = GetParam();
  EXPECT_EQ(Kept(c.sentence, c.limits), c.kept) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(CommaClauses, CommaClausesTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(CommaClausesTest, DefaultsArePetrarchs) {
  const CommaLimits l;
  EXPECT_EQ(l.begin_min, 0);
  EXPECT_EQ(l.begin_max, 0);
  EXPECT_EQ(l.min, 2);
  EXPECT_EQ(l.max, 8);
  EXPECT_EQ(l.end_min, 2);
  EXPECT_EQ(l.end_max, 8);
}

TEST(CommaClausesTest, MarksTheLeftOutCommas) {
  // "ARNOR , FIVE YEARS LATER , RESTORED TIES ." with only internal parts:
  // tokens 1..4 (the opening comma and the part) are left out.
  const std::vector<std::string> u = {"ARNOR", ",",        "FIVE", "YEARS", "LATER",
                                      ",",     "RESTORED", "TIES", "."};
  const std::vector<bool> punct = {false, true, false, false, false, true, false, false, true};
  const std::vector<bool> list(u.size(), false);
  const std::vector<bool> out = CommaClauses(u, punct, list, Limits(0, 0, 2, 8, 0, 0));
  const std::vector<bool> want = {false, true, true, true, true, false, false, false, false};
  EXPECT_EQ(out, want);
}

}  // namespace
}  // namespace newsgraph::code
