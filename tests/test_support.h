// Helpers shared by tests: where the sample and ../shared live, and the
// skip-or-fail rule for missing shared data (skip on a user's clone, fail in
// CI where CI=true).
#ifndef NEWSGRAPH_TESTS_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::testing {

std::string SourcePath(const std::string& relative);  // inside the project
std::string SharedDir();                              // ../shared or $NEWSGRAPH_SHARED_DIR
bool InCi();                                          // CI=true in the environment
std::optional<std::string> ReadFile(const std::string& path);
// Words split on blanks, as a test's shorthand for a tokenized sentence
// (views into `s`).
std::vector<std::string_view> Words(std::string_view s);
// `s` run through the default tokenizer (fails the calling test on error).
std::vector<text::Token> TokensOf(std::string_view s);

}  // namespace newsgraph::testing

// Skips the test when `path` (under ../shared) is missing, or fails it in CI.
#define NEWSGRAPH_REQUIRE_SHARED(path)                               \
  do {                                                               \
    if (!std::filesystem::exists(path)) {                            \
      if (::newsgraph::testing::InCi()) {                            \
        FAIL() << "shared data missing in CI: " << (path);           \
      }                                                              \
      GTEST_SKIP() << "shared data not found, skipping: " << (path); \
    }                                                                \
  } while (0)

#endif  // NEWSGRAPH_TESTS_TEST_SUPPORT_H_
