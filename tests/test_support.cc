#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace newsgraph::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/" + relative;
}

std::string SharedDir() {
  const char* env = std::getenv("NEWSGRAPH_SHARED_DIR");
  if (env != nullptr && *env != '\0') return env;
  return NEWSGRAPH_SHARED_DIR;
}

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  while (!s.empty()) {
    size_t end = s.find(' ');
    if (end != 0) words.push_back(s.substr(0, end));
    s.remove_prefix(end == std::string_view::npos ? s.size() : end + 1);
  }
  return words;
}

std::vector<text::Token> TokensOf(std::string_view s) {
  static const auto tokenizer = text::Tokenizer::Create();
  EXPECT_TRUE(tokenizer.ok());
  if (!tokenizer.ok()) return {};
  auto tokens = (*tokenizer)->Tokenize(s, 0, static_cast<uint32_t>(s.size()));
  EXPECT_TRUE(tokens.ok());
  return tokens.ok() ? std::move(tokens).value() : std::vector<text::Token>{};
}

}  // namespace newsgraph::testing
