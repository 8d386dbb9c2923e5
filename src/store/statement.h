// RAII wrappers over the SQLite C API used by the store: a connection that
// remembers its file path (so every error names the database) and a prepared
// statement that is finalized on destruction.
//
// Thread-safety: neither type is safe for concurrent use; they belong to one
// Store, which is itself single-threaded.
#ifndef NEWSGRAPH_STORE_STATEMENT_H_
#define NEWSGRAPH_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "newsgraph/status.h"

namespace newsgraph::store {

// Maps a SQLite result code to a Status whose message is
// "<path>: <what>: <sqlite message>". Not-a-database and corruption map to
// kCorruption, busy/locked to kUnavailable, I/O and permission problems to
// kIoError, everything else to kInternal (we wrote the SQL, so it is a bug).
Status SqliteStatus(sqlite3* db, int rc, const std::string& path, std::string_view what);

// An open sqlite3 connection; closes it on destruction.
class Connection {
 public:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more statements that return no rows we care about.
  Status Exec(const std::string& sql, std::string_view what) const;
  Status Error(int rc, std::string_view what) const { return SqliteStatus(db_, rc, path_, what); }

 private:
  sqlite3* db_;
  std::string path_;
};

class Statement {
 public:
  static Result<Statement> Prepare(const Connection& conn, std::string_view sql);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Bind parameters are 1-based, as in SQLite. Binding copies the value
  // (SQLITE_TRANSIENT), so arguments may be temporaries.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, const std::optional<std::string>& text);
  Statement& BindNull(int index);

  // Advances: true when a row is available, false when done. The first
  // failed Bind() is reported here, so callers may chain binds unchecked.
  Result<bool> Step();
  // Steps a statement expected to return no rows.
  Status Run();
  // Clears bindings and rewinds for reuse.
  void Reset();

  std::optional<std::string> ColumnText(int index) const;
  int64_t ColumnInt(int index) const;

 private:
  Statement(const Connection& conn, sqlite3_stmt* stmt) : conn_(&conn), stmt_(stmt) {}
  void Check(int rc);

  const Connection* conn_;
  sqlite3_stmt* stmt_;
  int bind_error_ = SQLITE_OK;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_STATEMENT_H_
