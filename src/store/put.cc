// Store::Put: writes one article, its entities and its events atomically.
#include <fmt/core.h>

#include "newsgraph/json.h"
#include "store/sqlite_store.h"

namespace newsgraph::store {
namespace {

Status InsertArticle(const Connection& conn, const Article& article, const Analysis& analysis,
                     const std::string& hash) {
  auto stmt = Statement::Prepare(
      conn,
      "INSERT INTO articles (id, source, date, title, language, raw, text, analysis, "
      "content_hash, ingested_at, n_sentences, n_entities, n_events) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, article.id)
      .Bind(2, article.source)
      .Bind(3, analysis.date)  // the input's, else the one read from the text
      .Bind(4, article.title)
      .Bind(5, analysis.language)
      .BindBlob(6, article.raw)
      .Bind(7, analysis.text)
      .Bind(8, AnalysisToJson(analysis))
      .Bind(9, hash)
      .Bind(10, static_cast<int64_t>(analysis.sentences.size()))
      .Bind(11, static_cast<int64_t>(analysis.entities.size()))
      .Bind(12, static_cast<int64_t>(analysis.events.size()));
  return stmt->Run();
}

Status InsertEntities(const Connection& conn, const std::string& article_id,
                      const std::vector<Entity>& entities) {
  auto stmt = Statement::Prepare(
      conn,
      "INSERT INTO entities (article_id, entity_id, name, type, actor_code, country, sector, "
      "n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  for (const Entity& e : entities) {
    stmt->Reset();
    stmt->Bind(1, article_id)
        .Bind(2, e.id)
        .Bind(3, e.name)
        .Bind(4, e.type)
        .Bind(5, e.actor.code)
        .Bind(6, e.actor.country)
        .Bind(7, e.actor.sector)
        .Bind(8, static_cast<int64_t>(e.mentions.size()));
    NEWSGRAPH_RETURN_IF_ERROR(stmt->Run().WithContext(fmt::format("entity {}", e.id)));
  }
  return Status::Ok();
}

// Binds the three columns of one event argument starting at `first`.
void BindArgument(Statement& stmt, int first, const std::optional<EventArgument>& arg) {
  if (!arg.has_value()) {
    stmt.BindNull(first).BindNull(first + 1).BindNull(first + 2);
    return;
  }
  stmt.Bind(first, arg->entity).Bind(first + 1, arg->text).Bind(first + 2, arg->code);
}

Status InsertEvents(const Connection& conn, const std::string& article_id,
                    const std::vector<Event>& events) {
  auto stmt = Statement::Prepare(
      conn,
      "INSERT INTO events (article_id, event_id, sentence, cameo, quad_class, goldstein, "
      "source_entity, source_text, source_code, target_entity, target_text, target_code, "
      "negated, evidence_start, evidence_end, evidence_raw_start, evidence_raw_end) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  for (const Event& e : events) {
    stmt->Reset();
    stmt->Bind(1, article_id).Bind(2, e.id).Bind(3, int64_t{e.sentence}).Bind(4, e.cameo);
    if (e.quad_class.has_value()) {
      stmt->Bind(5, int64_t{*e.quad_class});
    } else {
      stmt->BindNull(5);
    }
    if (e.goldstein.has_value()) {
      stmt->Bind(6, *e.goldstein);
    } else {
      stmt->BindNull(6);
    }
    BindArgument(*stmt, 7, e.source);
    BindArgument(*stmt, 10, e.target);
    stmt->Bind(13, int64_t{e.negated ? 1 : 0})
        .Bind(14, int64_t{e.evidence.start})
        .Bind(15, int64_t{e.evidence.end})
        .Bind(16, int64_t{e.evidence.raw_start})
        .Bind(17, int64_t{e.evidence.raw_end});
    NEWSGRAPH_RETURN_IF_ERROR(stmt->Run().WithContext(fmt::format("event {}", e.id)));
  }
  return Status::Ok();
}

}  // namespace

Result<PutOutcome> SqliteStore::Put(const Article& article, const Analysis& analysis) {
  if (article.id.empty()) return Status::InvalidArgument("cannot store an article without an id");
  if (analysis.id != article.id) {
    return Status::InvalidArgument(fmt::format(
        "analysis id \"{}\" does not match article id \"{}\"", analysis.id, article.id));
  }
  NEWSGRAPH_RETURN_IF_ERROR(conn_->Exec("BEGIN IMMEDIATE", "starting transaction"));
  Result<PutOutcome> outcome = PutInTransaction(article, analysis);
  if (outcome.ok()) {
    Status commit = conn_->Exec("COMMIT", "committing article");
    if (commit.ok()) return outcome;
    outcome = commit;
  }
  conn_->Exec("ROLLBACK", "rolling back article");  // the first error is the one to report
  return outcome.status().WithContext(fmt::format("storing article \"{}\"", article.id));
}

Result<PutOutcome> SqliteStore::PutInTransaction(const Article& article, const Analysis& analysis) {
  const std::string hash = ContentHash(article.raw);
  auto holder = IdWithHash(hash);
  if (!holder.ok()) return holder.status();
  if (holder->has_value()) {
    return **holder == article.id ? PutOutcome::kUnchanged : PutOutcome::kDuplicate;
  }

  // ON DELETE CASCADE removes the old entities and events with the article.
  auto remove = Statement::Prepare(*conn_, "DELETE FROM articles WHERE id = ?");
  if (!remove.ok()) return remove.status();
  NEWSGRAPH_RETURN_IF_ERROR(remove->Bind(1, article.id).Run());
  const bool replaced = sqlite3_changes(conn_->get()) > 0;

  NEWSGRAPH_RETURN_IF_ERROR(InsertArticle(*conn_, article, analysis, hash));
  NEWSGRAPH_RETURN_IF_ERROR(InsertEntities(*conn_, article.id, analysis.entities));
  NEWSGRAPH_RETURN_IF_ERROR(InsertEvents(*conn_, article.id, analysis.events));
  return replaced ? PutOutcome::kReplaced : PutOutcome::kInserted;
}

}  // namespace newsgraph::store
