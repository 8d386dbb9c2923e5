#include "text/decode.h"

#include <gtest/gtest.h>

#include <ostream>

#include <string>

namespace newsgraph::text {
namespace {

struct DecodeCase {
  const char* name;
  std::string input;
  bool ok;
  const char* message_part;
};

// Names the case in gtest output instead of dumping its bytes.
void PrintTo(const DecodeCase& c, std::ostream* os) { *os << c.name; }

class DecodeTest : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeTest, ChecksInput) {
  const DecodeCase& c = GetParam();
  Status s = CheckDecodable(c.input);
  EXPECT_EQ(s.ok(), c.ok) << s.ToString();
  if (!c.ok) {
    EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
    EXPECT_NE(s.message().find(c.message_part), std::string::npos) << s.message();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeTest,
    ::testing::Values(
        DecodeCase{"ascii", "Iraq agreed.", true, ""},
        DecodeCase{"arabic", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82", true, ""},
        DecodeCase{"emoji_flag", "\xf0\x9f\x87\xae\xf0\x9f\x87\xb6", true, ""},
        DecodeCase{"empty", "", false, "empty input"},
        DecodeCase{"nul", std::string("ab\0cd", 5), false, "NUL byte at byte 2"},
        DecodeCase{"controls", std::string(100, '\x01'), false, "control bytes"},
        DecodeCase{"latin1", "caf\xe9", false, "invalid UTF-8 at byte 3 (line 1, column 4)"},
        DecodeCase{"second_line", "ok\nbad \xff", false, "line 2, column 5"},
        DecodeCase{"overlong", "\xc0\xaf", false, "invalid UTF-8 at byte 0"},
        DecodeCase{"surrogate", "\xed\xa0\x80", false, "invalid UTF-8 at byte 0"},
        DecodeCase{"truncated", "abc\xe2\x82", false, "invalid UTF-8 at byte 3"},
        DecodeCase{"too_big", "\xf4\x90\x80\x80", false, "invalid UTF-8"}),
    [](const ::testing::TestParamInfo<DecodeCase>& info) { return info.param.name; });

TEST(LocateByteTest, CountsLinesAndColumns) {
  LineColumn lc = LocateByte("a\nbc\nd", 4);
  EXPECT_EQ(lc.line, 2u);
  EXPECT_EQ(lc.column, 3u);
}

}  // namespace
}  // namespace newsgraph::text
