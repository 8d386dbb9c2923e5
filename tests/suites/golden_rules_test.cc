// The Golden Rules sentence-boundary suite (../shared/suites/golden-rules:
// english.json, 48 cases; arabic.json, 5 cases), run through the Segmenter.
// Each case's text is segmented as given (newlines included); the sentences
// must match exactly. Prints "golden-rules <lang>: N passed, M failed" and a
// diff of every failure. pySBD, the reference, passes 47 of the 48 English
// cases (the ones marked upstream_expected_failure are counted like any other).
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "    | " + s + "\n";
  return out;
}

void RunSuite(const std::string& language) {
  std::string path = testing::SharedDir() + "/suites/golden-rules/" + language + ".json";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto contents = testing::ReadFile(path);
  ASSERT_TRUE(contents.has_value()) << path;
  nlohmann::json cases = nlohmann::json::parse(*contents, nullptr, /*allow_exceptions=*/false);
  ASSERT_TRUE(cases.is_array()) << path << ": not a JSON array";
  auto segmenter = text::Segmenter::Create();
  ASSERT_TRUE(segmenter.ok()) << segmenter.status().ToString();

  int passed = 0, failed = 0;
  std::string report;
  for (size_t k = 0; k < cases.size(); ++k) {
    const nlohmann::json& c = cases[k];
    ASSERT_TRUE(c.contains("text") && c.contains("sentences")) << path << " case " << k;
    std::string input = c["text"].get<std::string>();
    std::vector<std::string> want = c["sentences"].get<std::vector<std::string>>();
    auto got_ranges = (*segmenter)->Split(input);
    ASSERT_TRUE(got_ranges.ok()) << got_ranges.status().ToString();
    std::vector<std::string> got;
    for (const text::SentenceRange& s : *got_ranges) {
      got.push_back(input.substr(s.range.start, s.range.end - s.range.start));
    }
    if (got == want) {
      ++passed;
      continue;
    }
    ++failed;
    report += "  case " + std::to_string(k) + ": " + input + "\n  want:\n" + Join(want) +
              "  got:\n" + Join(got);
  }
  std::cout << "golden-rules " << language << ": " << passed << " passed, " << failed
            << " failed\n"
            << report;
  EXPECT_EQ(failed, 0) << report;
}

TEST(GoldenRulesTest, English) { RunSuite("english"); }
TEST(GoldenRulesTest, Arabic) { RunSuite("arabic"); }

}  // namespace
}  // namespace newsgraph
