#include "lang/language_id.h"

#include <gtest/gtest.h>

#include <ostream>

namespace newsgraph::lang {
namespace {

struct LangCase {
  const char* name;
  const char* text;
  const char* want;
};

// Names the case in gtest output instead of dumping its bytes.
void PrintTo(const LangCase& c, std::ostream* os) { *os << c.name; }

class LanguageIdTest : public ::testing::TestWithParam<LangCase> {};

TEST_P(LanguageIdTest, Identifies) {
  EXPECT_EQ(IdentifyLanguage(GetParam().text), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LanguageIdTest,
    ::testing::Values(
        LangCase{"english", "Iraq agreed with the United States to withdraw the last of its forces.", "en"},
        LangCase{"arabic", "\xd8\xa7\xd8\xaa\xd9\x81\xd9\x82 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x85\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x88\xd9\x84\xd8\xa7\xd9\x8a\xd8\xa7\xd8\xaa", "ar"},
        LangCase{"french_is_not_guessed", "Le gouvernement irakien a annoncé mercredi un accord avec Washington.", "und"},
        LangCase{"numbers_only", "2021 2,500 60%", "und"},
        LangCase{"empty", "", "und"},
        LangCase{"too_short", "Iraq", "und"}),
    [](const ::testing::TestParamInfo<LangCase>& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph::lang
