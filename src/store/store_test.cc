#include "newsgraph/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "newsgraph-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    path_ = (dir_ / "db.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenOrDie(const StoreOptions& options = {}) {
    auto store = Store::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // Runs one SQL statement on the file directly, returning the first column
  // of the first row as text ("" when there is none).
  std::string Query(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
  }

  fs::path dir_;
  std::string path_;
};

Article MakeArticle(const std::string& id, const std::string& raw,
                    std::optional<std::string> date = std::nullopt) {
  Article a;
  a.id = id;
  a.raw = raw;
  a.date = std::move(date);
  a.source = "wire";
  a.title = "Title of " + id;
  a.origin = id + ".txt";
  return a;
}

// A small hand-built analysis: one sentence, `n_entities` entities, one event.
Analysis MakeAnalysis(const Article& article, int n_entities = 2) {
  Analysis a;
  a.id = article.id;
  a.source = article.source;
  a.title = article.title;
  a.date = article.date;
  a.language = "en";
  a.text = article.raw;
  const auto size = static_cast<uint32_t>(a.text.size());
  a.sentences.push_back({{0, size, 0, size}, 0, {}, {}});
  for (int i = 1; i <= n_entities; ++i) {
    Entity e;
    e.id = "E" + std::to_string(i);
    e.name = "Entity " + std::to_string(i);
    e.type = "GPE";
    e.actor.code = "IRQ";
    e.mentions.push_back({{0, 1, 0, 1}, 0, a.text.substr(0, 1)});
    a.entities.push_back(std::move(e));
  }
  Event v;
  v.id = "V1";
  v.cameo = "040";
  v.goldstein = 1.0;
  v.quad_class = 1;
  v.source = EventArgument{"E1", "Entity 1", "IRQ"};
  v.evidence = {0, size, 0, size};
  a.events.push_back(std::move(v));
  return a;
}

Result<PutOutcome> Put(Store& store, const Article& article) {
  return store.Put(article, MakeAnalysis(article));
}

TEST_F(StoreTest, CreatesDatabaseWithCurrentSchemaInWalMode) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->CountArticles(), 0u);
  EXPECT_EQ(Query("SELECT max(version) FROM schema_version"),
            std::to_string(Store::CurrentSchemaVersion()));
  EXPECT_EQ(Query("PRAGMA journal_mode"), "wal");
}

TEST_F(StoreTest, ReopenDoesNotReapplyMigrations) {
  {
    auto store = OpenOrDie();
    ASSERT_EQ(*Put(*store, MakeArticle("a", "alpha")), PutOutcome::kInserted);
  }
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->CountArticles(), 1u);
  EXPECT_EQ(Query("SELECT count(*) FROM schema_version"),
            std::to_string(Store::CurrentSchemaVersion()));
}

TEST_F(StoreTest, PutReportsInsertedUnchangedAndReplaced) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*Put(*store, MakeArticle("a", "first version")), PutOutcome::kInserted);
  EXPECT_EQ(*Put(*store, MakeArticle("a", "first version")), PutOutcome::kUnchanged);
  EXPECT_EQ(*Put(*store, MakeArticle("a", "second version")), PutOutcome::kReplaced);
  EXPECT_EQ(*store->CountArticles(), 1u);
  auto json = store->GetAnalysisJson("a");
  ASSERT_TRUE(json.ok());
  EXPECT_NE(json->find("second version"), std::string::npos);
  // The old rows went with the old article (ON DELETE CASCADE).
  EXPECT_EQ(Query("SELECT count(*) FROM entities"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM events"), "1");
  EXPECT_EQ(Query("SELECT content_hash FROM articles"), ContentHash("second version"));
}

TEST_F(StoreTest, SameContentUnderAnotherIdIsADuplicate) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*Put(*store, MakeArticle("a", "same bytes")), PutOutcome::kInserted);
  EXPECT_EQ(*Put(*store, MakeArticle("b", "same bytes")), PutOutcome::kDuplicate);
  EXPECT_EQ(*store->CountArticles(), 1u);
  ASSERT_TRUE(store->FindIdByContent("same bytes")->has_value());
  EXPECT_EQ(**store->FindIdByContent("same bytes"), "a");
  EXPECT_FALSE(store->FindIdByContent("other bytes")->has_value());
}

TEST_F(StoreTest, StoresRowsForEntitiesAndEvents) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(Put(*store, MakeArticle("a", "text", "2024-01-02")).ok());
  EXPECT_EQ(Query("SELECT n_mentions FROM entities WHERE entity_id = 'E1'"), "1");
  EXPECT_EQ(Query("SELECT source_code || cameo || ifnull(target_code, '-') FROM events"),
            "IRQ040-");
  EXPECT_EQ(Query("SELECT raw FROM articles"), "text");
}

TEST_F(StoreTest, ListsNewestFirstThenUndatedThenById) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(Put(*store, MakeArticle("old", "1", "2020-01-01")).ok());
  ASSERT_TRUE(Put(*store, MakeArticle("undated", "2")).ok());
  ASSERT_TRUE(Put(*store, MakeArticle("new-b", "3", "2024-05-01")).ok());
  ASSERT_TRUE(Put(*store, MakeArticle("new-a", "4", "2024-05-01")).ok());
  auto all = store->ListArticles(10, 0);
  ASSERT_TRUE(all.ok());
  std::vector<std::string> ids;
  for (const ArticleSummary& s : *all) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"new-a", "new-b", "old", "undated"}));
  EXPECT_EQ((*all)[0].entities, 2u);
  EXPECT_EQ((*all)[0].events, 1u);
  EXPECT_EQ((*all)[0].sentences, 1u);
  EXPECT_EQ((*all)[0].language, "en");
  EXPECT_EQ((*all)[3].date, std::nullopt);
  auto page = store->ListArticles(2, 1);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].id, "new-b");
  EXPECT_EQ((*page)[1].id, "old");
}

TEST_F(StoreTest, GetMissingIsNotFound) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  auto json = store->GetAnalysisJson("nope");
  EXPECT_EQ(json.status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, FailedPutLeavesNothingBehind) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  Article article = MakeArticle("a", "text");
  Analysis analysis = MakeAnalysis(article);
  analysis.entities.push_back(analysis.entities[0]);  // duplicate id E1
  auto outcome = store->Put(article, analysis);
  EXPECT_FALSE(outcome.ok());
  EXPECT_NE(outcome.status().message().find("\"a\""), std::string::npos)
      << outcome.status().ToString();
  EXPECT_EQ(*store->CountArticles(), 0u);
  EXPECT_EQ(Query("SELECT count(*) FROM entities"), "0");
  // The store is still usable after the rollback.
  EXPECT_EQ(*Put(*store, article), PutOutcome::kInserted);
}

TEST_F(StoreTest, PutRejectsMismatchedIds) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  Article article = MakeArticle("a", "text");
  Analysis analysis = MakeAnalysis(MakeArticle("b", "text"));
  EXPECT_EQ(store->Put(article, analysis).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, GarbageFileIsCorruption) {
  std::ofstream(path_, std::ios::binary) << std::string(4096, 'x') << "not sqlite";
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption) << store.status().ToString();
  EXPECT_NE(store.status().message().find(path_), std::string::npos);
}

TEST_F(StoreTest, NewerSchemaVersionIsCorruption) {
  OpenOrDie();
  Query("INSERT INTO schema_version (version, applied_at) VALUES (999, 'future')");
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    auto store = Store::Open(path_, options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
    EXPECT_NE(store.status().message().find(path_), std::string::npos);
    EXPECT_NE(store.status().message().find("999"), std::string::npos);
  }
}

TEST_F(StoreTest, ForeignSqliteDatabaseIsRefused) {
  Query("CREATE TABLE other (x)");
  auto store = Store::Open(path_);
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(Query("SELECT count(*) FROM sqlite_master WHERE name = 'articles'"), "0");
}

TEST_F(StoreTest, MissingFileIsNotFoundWhenNotCreating) {
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(Store::Open(path_, read_only).status().code(), StatusCode::kNotFound);
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(Store::Open(path_, no_create).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(path_));
}

TEST_F(StoreTest, ReadOnlyStoreSeesWritesAndCannotWrite) {
  auto writer = OpenOrDie();
  ASSERT_NE(writer, nullptr);
  StoreOptions options;
  options.read_only = true;
  auto reader = OpenOrDie(options);
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(Put(*writer, MakeArticle("a", "text")).ok());
  EXPECT_EQ(*reader->CountArticles(), 1u);
  EXPECT_TRUE(reader->GetAnalysisJson("a").ok());
  EXPECT_FALSE(Put(*reader, MakeArticle("b", "other")).ok());
}

TEST(StoreContentHash, IsHexXxh3With128Bits) {
  EXPECT_EQ(ContentHash(""), "99aa06d3014798d86001c324468d497f");
  EXPECT_EQ(ContentHash("abc").size(), 32u);
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
}

}  // namespace
}  // namespace newsgraph
