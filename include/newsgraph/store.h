// newsgraph/store.h — the embedded SQLite database of analysed articles.
//
// One file holds articles (raw bytes, repaired text, analysis JSON, content
// hash), their entities and their events. The database runs in WAL mode, has
// a schema_version table and migrates older schemas forward on Open().
// Ingest is idempotent: an article whose content hash is already stored is
// skipped; a known id with new content is replaced. Each Put runs in one
// transaction, so a failure never leaves half an article behind.
//
// Thread-safety: a Store is NOT safe for concurrent use; give each thread its
// own Store on the same file (SQLite WAL allows many readers, one writer).
#ifndef NEWSGRAPH_STORE_H_
#define NEWSGRAPH_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/analysis.h"
#include "newsgraph/article.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct StoreOptions {
  bool read_only = false;
  bool create_if_missing = true;  // ignored when read_only
};

// What Put() did with an article.
enum class PutOutcome {
  kInserted,   // a new id
  kReplaced,   // a known id with new content: old rows replaced
  kUnchanged,  // this id already holds these exact bytes
  kDuplicate,  // another id already holds these exact bytes; nothing written
};

struct ArticleSummary {
  std::string id;
  std::optional<std::string> source;
  std::optional<std::string> title;
  std::optional<std::string> date;
  std::string language;
  std::string content_hash;  // XXH3-128 of the raw bytes, hex
  uint32_t sentences = 0;
  uint32_t entities = 0;
  uint32_t events = 0;
};

class Store {
 public:
  // Opens (and creates or migrates) the database at `path`. Errors name the
  // file: kNotFound when it is missing and may not be created (always when
  // read_only); kCorruption when it is not SQLite, is another program's
  // database, or has a newer schema than this build; kInvalidArgument when a
  // read-only open finds an empty or older database (writers migrate it).
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  virtual ~Store() = default;

  // Stores `article` with its `analysis` (the JSON of AnalysisToJson()).
  // kUnchanged / kDuplicate when these raw bytes are already stored under
  // this / another id (content-hash idempotence).
  // REQUIRES: analysis.id == article.id, non-empty (else kInvalidArgument).
  virtual Result<PutOutcome> Put(const Article& article, const Analysis& analysis) = 0;

  // The id of a stored article with exactly these raw bytes, if any; lets
  // callers skip analysis for unchanged or duplicate input.
  virtual Result<std::optional<std::string>> FindIdByContent(const std::string& raw) = 0;

  // Articles ordered by date (newest first, undated last), then id.
  virtual Result<std::vector<ArticleSummary>> ListArticles(uint32_t limit, uint32_t offset) = 0;
  virtual Result<uint64_t> CountArticles() = 0;

  // The stored analysis JSON of one article; kNotFound when absent.
  virtual Result<std::string> GetAnalysisJson(const std::string& id) = 0;

  // The schema version this build writes.
  static int CurrentSchemaVersion();
};

// Hex XXH3-128 of `bytes`: the content hash used for idempotent ingest.
std::string ContentHash(const std::string& bytes);

}  // namespace newsgraph

#endif  // NEWSGRAPH_STORE_H_
