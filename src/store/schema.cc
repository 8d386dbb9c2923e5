#include "store/schema.h"

#include <fmt/core.h>

#include <array>
#include <string_view>

namespace newsgraph::store {
namespace {

// kMigrations[i] produces version i + 1. Append only.
constexpr std::array<std::string_view, 1> kMigrations = {
    // Version 1: the initial schema.
    R"sql(
CREATE TABLE articles (
  id TEXT PRIMARY KEY NOT NULL,
  source TEXT,
  date TEXT,
  title TEXT,
  language TEXT NOT NULL,
  raw BLOB NOT NULL,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  n_sentences INTEGER NOT NULL,
  n_entities INTEGER NOT NULL,
  n_events INTEGER NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_code TEXT,
  country TEXT,
  sector TEXT,
  n_mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_actor_code ON entities(actor_code);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  source_entity TEXT,
  source_text TEXT,
  source_code TEXT,
  target_entity TEXT,
  target_text TEXT,
  target_code TEXT,
  negated INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_raw_start INTEGER NOT NULL,
  evidence_raw_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_cameo ON events(cameo);
)sql",
};

// The stored version: 0 for a database without schema_version.
// kCorruption when the file has other tables but no schema_version: it is
// somebody else's database and we must not write into it.
Result<int> ReadVersion(const Connection& conn) {
  auto has_table = Statement::Prepare(
      conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!has_table.ok()) return has_table.status();
  auto row = has_table->Step();
  if (!row.ok()) return row.status();
  if (has_table->ColumnInt(0) == 0) {
    auto any = Statement::Prepare(conn, "SELECT count(*) FROM sqlite_master");
    if (!any.ok()) return any.status();
    if (auto r = any->Step(); !r.ok()) return r.status();
    if (any->ColumnInt(0) != 0) {
      return Status::Corruption(conn.path() +
                                ": not a newsgraph database (it has no schema_version table)");
    }
    return 0;
  }
  auto max = Statement::Prepare(conn, "SELECT coalesce(max(version), 0) FROM schema_version");
  if (!max.ok()) return max.status();
  if (auto r = max->Step(); !r.ok()) return r.status();
  int64_t version = max->ColumnInt(0);
  if (version > LatestSchemaVersion()) {
    return Status::Corruption(
        fmt::format("{}: database schema version {} is newer than this build supports ({}); "
                    "upgrade newsgraph",
                    conn.path(), version, LatestSchemaVersion()));
  }
  return static_cast<int>(version);
}

Status ApplyMissing(const Connection& conn) {
  auto version = ReadVersion(conn);
  if (!version.ok()) return version.status();
  if (*version == 0) {
    NEWSGRAPH_RETURN_IF_ERROR(conn.Exec(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        "creating schema_version"));
  }
  auto record = Statement::Prepare(conn,
                                   "INSERT INTO schema_version (version, applied_at) "
                                   "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  if (!record.ok()) return record.status();
  for (int v = *version + 1; v <= LatestSchemaVersion(); ++v) {
    NEWSGRAPH_RETURN_IF_ERROR(conn.Exec(std::string(kMigrations[static_cast<size_t>(v - 1)]),
                                        fmt::format("applying schema migration {}", v)));
    record->Reset();
    NEWSGRAPH_RETURN_IF_ERROR(record->Bind(1, int64_t{v}).Run());
  }
  return Status::Ok();
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status Migrate(const Connection& conn) {
  NEWSGRAPH_RETURN_IF_ERROR(conn.Exec("BEGIN IMMEDIATE", "starting migration"));
  Status status = ApplyMissing(conn);
  if (!status.ok()) {
    conn.Exec("ROLLBACK", "rolling back migration");  // the first error wins
    return status;
  }
  status = conn.Exec("COMMIT", "committing migration");
  if (!status.ok()) conn.Exec("ROLLBACK", "rolling back migration");
  return status;
}

Status CheckSchema(const Connection& conn) {
  auto version = ReadVersion(conn);
  if (!version.ok()) return version.status();
  if (*version == 0) {
    return Status::InvalidArgument(conn.path() +
                                   ": database is empty; ingest articles into it first");
  }
  if (*version < LatestSchemaVersion()) {
    return Status::InvalidArgument(
        fmt::format("{}: database schema version {} is older than {}; open it once for writing "
                    "(for example with `newsgraph ingest`) to migrate it",
                    conn.path(), *version, LatestSchemaVersion()));
  }
  return Status::Ok();
}

}  // namespace newsgraph::store
