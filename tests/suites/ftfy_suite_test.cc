// ftfy's own test cases (../shared/suites/ftfy/*.json) run through the
// mojibake repairer. A case passes when Fix(original) equals
// `fixed-encoding` (or `fixed` where there is none). Every `pass` case must
// pass, apart from the explained exceptions below; `fail` cases (ftfy's
// known failures) are counted and reported, and one that now passes is
// reported too. Prints "ftfy: N passed, M failed".
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"
#include "text/mojibake.h"

namespace newsgraph::text {
namespace {

namespace fs = std::filesystem;

// `pass` cases where we judge differently from ftfy's expected output, by
// label, with the reason (also in docs/text-repair.md).
const std::map<std::string, std::string> kJudgedDifferently = {};

struct Tally {
  int passed = 0, failed = 0, known_failed = 0, known_now_pass = 0, excepted = 0;
};

TEST(FtfySuite, EveryPassCasePasses) {
  const std::string dir = testing::SharedDir() + "/suites/ftfy";
  NEWSGRAPH_REQUIRE_SHARED(dir);
  auto repairer = MojibakeRepairer::Create();
  ASSERT_TRUE(repairer.ok()) << repairer.status().ToString();

  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  Tally t;
  std::string report;
  for (const fs::path& file : files) {
    auto text = testing::ReadFile(file.string());
    ASSERT_TRUE(text.has_value()) << file;
    nlohmann::json cases = nlohmann::json::parse(*text);
    for (const auto& c : cases) {
      const std::string label = c.at("label").get<std::string>();
      const std::string original = c.at("original").get<std::string>();
      const std::string expected = c.contains("fixed-encoding")
                                       ? c.at("fixed-encoding").get<std::string>()
                                       : c.at("fixed").get<std::string>();
      const bool should_pass = c.at("expect").get<std::string>() == "pass";
      const std::string got = (*repairer)->Fix(original);
      const bool ok = got == expected;
      const std::string where = file.filename().string() + ": " + label;
      if (should_pass && ok) {
        ++t.passed;
      } else if (should_pass && kJudgedDifferently.count(label)) {
        ++t.excepted;
        report += "  judged differently (" + kJudgedDifferently.at(label) + "): " + where + "\n";
      } else if (should_pass) {
        ++t.failed;
        report += "  FAIL " + where + "\n    original: " + original + "\n    expected: " +
                  expected + "\n    got:      " + got + "\n";
      } else if (ok) {
        ++t.known_now_pass;
        report += "  known failure now passes: " + where + "\n";
      } else {
        ++t.known_failed;
        report += "  known failure still fails: " + where + "\n    got:      " + got + "\n";
      }
    }
  }
  std::cout << report;
  std::cout << "ftfy known failures: " << t.known_now_pass << " now pass, " << t.known_failed
            << " still fail; " << t.excepted << " pass cases judged differently\n";
  std::cout << "ftfy: " << t.passed << " passed, " << t.failed << " failed\n";
  EXPECT_EQ(t.failed, 0);
}

}  // namespace
}  // namespace newsgraph::text
