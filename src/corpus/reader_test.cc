#include "newsgraph/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsgraph-reader-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& rel, const std::string& content) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << content;
  }

  ReadStats Read(std::vector<std::string> paths) {
    articles_.clear();
    errors_.clear();
    return ReadArticles(
        paths, [&](Article&& a) { articles_.push_back(std::move(a)); },
        [&](const Status& s) { errors_.push_back(s.message()); });
  }

  fs::path dir_;
  std::vector<Article> articles_;
  std::vector<std::string> errors_;
};

TEST_F(ReaderTest, TextFileIdIsStem) {
  Write("story.txt", "Iraq agreed.");
  Read({(dir_ / "story.txt").string()});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].id, "story");
  EXPECT_EQ(articles_[0].raw, "Iraq agreed.");
  EXPECT_TRUE(errors_.empty());
}

TEST_F(ReaderTest, FolderIsWalkedSortedAndRecursively) {
  Write("b.txt", "B");
  Write("a.txt", "A");
  Write("sub/c.txt", "C");
  Write("notes.md", "ignored");
  ReadStats stats = Read({dir_.string()});
  ASSERT_EQ(articles_.size(), 3u);
  EXPECT_EQ(articles_[0].id, "a");
  EXPECT_EQ(articles_[1].id, "b");
  EXPECT_EQ(articles_[2].id, "sub/c");
  EXPECT_EQ(stats.ignored_files, 1u);
}

TEST_F(ReaderTest, JsonlGoodAndBadRecords) {
  Write("feed.jsonl",
        "{\"id\":\"a\",\"date\":\"2021-04-07T10:00:00Z\",\"source\":\"AFP\",\"title\":\"T\",\"text\":\"x\"}\n"
        "{broken\n"
        "\n"
        "{\"id\":7,\"text\":\"y\"}\n"
        "{\"text\":\"z\"}\n"
        "{\"id\":\"b\",\"date\":\"April 7\",\"text\":\"w\"}\n"
        "{\"id\":\"c\",\"text\":5}\n");
  ReadStats stats = Read({(dir_ / "feed.jsonl").string()});
  ASSERT_EQ(articles_.size(), 3u);
  EXPECT_EQ(articles_[0].id, "a");
  EXPECT_EQ(*articles_[0].date, "2021-04-07");
  EXPECT_EQ(*articles_[0].source, "AFP");
  EXPECT_EQ(*articles_[0].title, "T");
  EXPECT_EQ(articles_[1].id, "7");
  EXPECT_EQ(articles_[2].id, "feed:5");
  EXPECT_EQ(stats.errors, 3u);
  ASSERT_EQ(errors_.size(), 3u);
  EXPECT_NE(errors_[0].find("feed.jsonl:2: invalid JSON"), std::string::npos) << errors_[0];
  EXPECT_NE(errors_[1].find("feed.jsonl:6: invalid date"), std::string::npos) << errors_[1];
  EXPECT_NE(errors_[2].find("feed.jsonl:7: missing string field"), std::string::npos) << errors_[2];
}

TEST_F(ReaderTest, MissingPathIsReportedAndOthersStillRead) {
  Write("a.txt", "A");
  Read({(dir_ / "missing.txt").string(), (dir_ / "a.txt").string()});
  EXPECT_EQ(articles_.size(), 1u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("missing.txt: no such file"), std::string::npos);
}

TEST_F(ReaderTest, ReadWholeFileRejectsFolder) {
  auto r = ReadWholeFile(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

struct DateCase {
  const char* in;
  const char* want;  // nullptr: invalid
};

TEST(NormalizeDateTest, Table) {
  const DateCase cases[] = {
      {"2021-04-07", "2021-04-07"}, {"2021-04-07T15:01:01Z", "2021-04-07"},
      {"2020-02-29", "2020-02-29"}, {"2021-02-29", nullptr},
      {"1900-02-29", nullptr},      {"2000-02-29", "2000-02-29"},
      {"2021-13-01", nullptr},      {"2021-00-10", nullptr},
      {"2021-4-7", nullptr},        {"April 7, 2021", nullptr},
      {"", nullptr},                {"2021-04-07x", nullptr},
  };
  for (const DateCase& c : cases) {
    auto r = NormalizeDate(c.in);
    if (c.want == nullptr) {
      EXPECT_FALSE(r.ok()) << c.in;
    } else {
      ASSERT_TRUE(r.ok()) << c.in << ": " << r.status().ToString();
      EXPECT_EQ(*r, c.want);
    }
  }
}

}  // namespace
}  // namespace newsgraph
