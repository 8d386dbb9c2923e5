// Stage 4 (stages.h): whitespace layout. The stage finds runs 64 bytes at a
// time with bit masks; it must agree with the plain definition (kept here
// as the reference) on every arrangement of blanks, at every offset.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/stages.h"

namespace newsgraph::text {
namespace {

std::vector<TextEdit> Reference(std::string_view s) {
  std::vector<TextEdit> edits;
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = 0;
  while (i < n) {
    if (s[i] != ' ' && s[i] != '\n') {
      ++i;
      continue;
    }
    uint32_t b = i, newlines = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n')) {
      if (s[i] == '\n') ++newlines;
      ++i;
    }
    std::string_view want = (b == 0 || i == n) ? ""
                            : newlines >= 2    ? "\n\n"
                            : newlines == 1    ? "\n"
                                               : " ";
    if (s.substr(b, i - b) != want) edits.push_back({b, i, std::string(want), "whitespace", ""});
  }
  return edits;
}

void ExpectSame(const std::string& s) {
  const auto got = FindLayoutEdits(s), want = Reference(s);
  ASSERT_EQ(got.size(), want.size()) << '"' << s << '"';
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].begin, want[k].begin) << '"' << s << '"';
    EXPECT_EQ(got[k].end, want[k].end) << '"' << s << '"';
    EXPECT_EQ(got[k].replacement, want[k].replacement) << '"' << s << '"';
  }
}

TEST(LayoutStageTest, Examples) {
  for (const char* s : {"", " ", "\n\n", "a", " a", "a ", "a  b", "a\n b", "a \nb", "a\n\nb",
                        "a\n\n\nb", "a\n\n b", " \n a \n\n\n b  ", "a\nb\nc"}) {
    ExpectSame(s);
  }
}

TEST(LayoutStageTest, AgreesWithReferenceOnRandomText) {
  std::mt19937 rng(11);
  const char alphabet[] = {'a', 'b', ' ', ' ', '\n', '\n', '.'};
  for (int round = 0; round < 5000; ++round) {
    std::string s(rng() % 200, 'x');
    for (char& c : s) c = alphabet[rng() % sizeof(alphabet)];
    ExpectSame(s);
  }
  // Long clean stretches with a run here and there, across block borders.
  for (int round = 0; round < 500; ++round) {
    std::string s(rng() % 400 + 1, 'w');
    for (int k = rng() % 6; k > 0; --k) s[rng() % s.size()] = rng() % 2 ? ' ' : '\n';
    ExpectSame(s);
  }
}

}  // namespace
}  // namespace newsgraph::text
