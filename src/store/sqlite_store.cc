#include "store/sqlite_store.h"

#include <fmt/core.h>
#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#include "store/schema.h"

namespace newsgraph {

int Store::CurrentSchemaVersion() { return store::LatestSchemaVersion(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (ec) return Status::IoError(fmt::format("{}: cannot access database: {}", path, ec.message()));
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return Status::NotFound(path + ": database not found");
  }
  if (exists && std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory, not a database file");
  }
  if (!exists) {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
      return Status::NotFound(
          fmt::format("{}: directory {} does not exist", path, parent.string()));
    }
  }
  // No SQLITE_OPEN_URI: the path is always a plain file name.
  int flags =
      SQLITE_OPEN_NOMUTEX |
      (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  auto conn = std::make_unique<store::Connection>(db, path);  // closes db on every path
  if (rc != SQLITE_OK) return conn->Error(rc, "opening database");

  // Waits for a concurrent writer instead of failing at once.
  sqlite3_busy_timeout(db, 5000);
  NEWSGRAPH_RETURN_IF_ERROR(conn->Exec("PRAGMA foreign_keys = ON", "enabling foreign keys"));
  // SQLite reads the header lazily; this is where a non-database file fails.
  NEWSGRAPH_RETURN_IF_ERROR(conn->Exec("SELECT count(*) FROM sqlite_master", "reading database"));
  if (options.read_only) {
    NEWSGRAPH_RETURN_IF_ERROR(store::CheckSchema(*conn));
  } else {
    // WAL lets the server read while ingest writes; NORMAL sync is durable
    // across application crashes in WAL mode and much faster than FULL.
    NEWSGRAPH_RETURN_IF_ERROR(conn->Exec("PRAGMA journal_mode = WAL", "enabling WAL"));
    NEWSGRAPH_RETURN_IF_ERROR(conn->Exec("PRAGMA synchronous = NORMAL", "setting synchronous"));
    NEWSGRAPH_RETURN_IF_ERROR(store::Migrate(*conn));
  }
  return std::unique_ptr<Store>(new store::SqliteStore(std::move(conn)));
}

namespace store {

Result<std::optional<std::string>> SqliteStore::FindIdByContent(const std::string& raw) {
  return IdWithHash(ContentHash(raw));
}

Result<std::optional<std::string>> SqliteStore::IdWithHash(const std::string& hash) {
  // Prefer no particular id: any holder proves the bytes are stored.
  auto stmt = Statement::Prepare(*conn_, "SELECT id FROM articles WHERE content_hash = ? LIMIT 1");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, hash).Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return stmt->ColumnText(0);
}

Result<std::vector<ArticleSummary>> SqliteStore::ListArticles(uint32_t limit, uint32_t offset) {
  auto stmt = Statement::Prepare(
      *conn_,
      "SELECT id, source, title, date, language, content_hash, n_sentences, n_entities, n_events "
      "FROM articles ORDER BY date IS NULL, date DESC, id LIMIT ? OFFSET ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, int64_t{limit}).Bind(2, int64_t{offset});
  std::vector<ArticleSummary> out;
  while (true) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ArticleSummary s;
    s.id = stmt->ColumnText(0).value_or("");
    s.source = stmt->ColumnText(1);
    s.title = stmt->ColumnText(2);
    s.date = stmt->ColumnText(3);
    s.language = stmt->ColumnText(4).value_or("");
    s.content_hash = stmt->ColumnText(5).value_or("");
    s.sentences = static_cast<uint32_t>(stmt->ColumnInt(6));
    s.entities = static_cast<uint32_t>(stmt->ColumnInt(7));
    s.events = static_cast<uint32_t>(stmt->ColumnInt(8));
    out.push_back(std::move(s));
  }
  return out;
}

Result<uint64_t> SqliteStore::CountArticles() {
  auto stmt = Statement::Prepare(*conn_, "SELECT count(*) FROM articles");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  return static_cast<uint64_t>(stmt->ColumnInt(0));
}

Result<std::string> SqliteStore::GetAnalysisJson(const std::string& id) {
  auto stmt = Statement::Prepare(*conn_, "SELECT analysis FROM articles WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row)
    return Status::NotFound(fmt::format("{}: no article with id \"{}\"", conn_->path(), id));
  return stmt->ColumnText(0).value_or("");
}

}  // namespace store
}  // namespace newsgraph
