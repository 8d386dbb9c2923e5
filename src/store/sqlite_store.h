// The SQLite implementation of newsgraph::Store (see newsgraph/store.h for
// the contract and src/store/schema.cc for the tables).
//
// Thread-safety: not safe for concurrent use, like every Store. The
// connection is opened with SQLITE_OPEN_NOMUTEX for that reason.
#ifndef NEWSGRAPH_STORE_SQLITE_STORE_H_
#define NEWSGRAPH_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "newsgraph/store.h"
#include "store/statement.h"

namespace newsgraph::store {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<Connection> conn) : conn_(std::move(conn)) {}

  Result<PutOutcome> Put(const Article& article, const Analysis& analysis) override;
  Result<std::optional<std::string>> FindIdByContent(const std::string& raw) override;
  Result<std::vector<ArticleSummary>> ListArticles(uint32_t limit, uint32_t offset) override;
  Result<uint64_t> CountArticles() override;
  Result<std::string> GetAnalysisJson(const std::string& id) override;

 private:
  // The body of Put(); runs inside the caller's transaction.
  Result<PutOutcome> PutInTransaction(const Article& article, const Analysis& analysis);
  Result<std::optional<std::string>> IdWithHash(const std::string& hash);

  std::unique_ptr<Connection> conn_;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SQLITE_STORE_H_
