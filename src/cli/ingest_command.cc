// `newsgraph ingest PATH... --db FILE`: analyse articles and store them.
// A bad record is skipped and reported; the rest are stored.
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "newsgraph/analyzer.h"
#include "newsgraph/reader.h"
#include "newsgraph/store.h"

namespace newsgraph::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> paths;
  std::string db;
  bool quiet = false;
  DictionaryFlags dictionaries;
};

struct IngestTally {
  uint64_t inserted = 0, replaced = 0, unchanged = 0, duplicates = 0;
  std::vector<std::string> duplicate_examples;  // first few, for the report
  std::vector<std::string> skipped;  // one message per skipped record
  std::chrono::steady_clock::time_point last_progress = std::chrono::steady_clock::now();
};

constexpr size_t kMaxListedSkips = 50;
constexpr size_t kMaxListedDuplicates = 5;

// Same bytes as a stored article under another id: not stored twice.
void NoteDuplicate(const Article& a, const std::string& stored_id, IngestTally* t) {
  ++t->duplicates;
  if (t->duplicate_examples.size() < kMaxListedDuplicates) {
    t->duplicate_examples.push_back(
        fmt::format("{} (id {}) has the same text as stored article {}", a.origin, a.id, stored_id));
  }
}

void ReportDuplicates(const IngestTally& t) {
  if (t.duplicates == 0) return;
  std::fprintf(stderr,
               "newsgraph: %llu record(s) repeat the text of a stored article and were not "
               "stored again, e.g.:\n",
               static_cast<unsigned long long>(t.duplicates));
  for (const std::string& e : t.duplicate_examples) std::fprintf(stderr, "  %s\n", e.c_str());
}

void ReportSkips(const IngestTally& t) {
  if (t.skipped.empty()) return;
  std::fprintf(stderr, "newsgraph: skipped %zu record(s):\n", t.skipped.size());
  for (size_t i = 0; i < t.skipped.size() && i < kMaxListedSkips; ++i) {
    std::fprintf(stderr, "  %s\n", t.skipped[i].c_str());
  }
  if (t.skipped.size() > kMaxListedSkips) {
    std::fprintf(stderr, "  ... and %zu more\n", t.skipped.size() - kMaxListedSkips);
  }
}

int RunIngest(const IngestFlags& f) {
  auto store = Store::Open(f.db);
  if (!store.ok()) {
    PrintError(store.status());
    return kExitEnvironment;
  }
  auto made = MakeAnalyzer(f.dictionaries);
  if (const int* code = std::get_if<int>(&made)) return *code;
  const std::shared_ptr<const Analyzer> analyzer = std::get<std::shared_ptr<const Analyzer>>(made);
  IngestTally tally;
  Status fatal;
  auto on_article = [&](Article&& article) {
    if (!fatal.ok()) return;
    auto holder = (*store)->FindIdByContent(article.raw);
    if (!holder.ok()) {
      fatal = holder.status();
      return;
    }
    if (holder->has_value() && **holder == article.id) {
      ++tally.unchanged;
    } else if (holder->has_value()) {
      NoteDuplicate(article, **holder, &tally);
    } else {
      auto analysis = analyzer->Analyze(article);
      if (!analysis.ok()) {
        tally.skipped.push_back(analysis.status().message());
        return;
      }
      auto outcome = (*store)->Put(article, *analysis);
      if (!outcome.ok()) {
        fatal = outcome.status();  // database trouble: stop, keep what is committed
        return;
      }
      if (*outcome == PutOutcome::kInserted) ++tally.inserted;
      if (*outcome == PutOutcome::kReplaced) ++tally.replaced;
      if (*outcome == PutOutcome::kUnchanged) ++tally.unchanged;
      if (*outcome == PutOutcome::kDuplicate) NoteDuplicate(article, "(stored meanwhile)", &tally);
    }
    auto now = std::chrono::steady_clock::now();
    if (!f.quiet && now - tally.last_progress > std::chrono::seconds(2)) {
      tally.last_progress = now;
      std::fprintf(stderr, "newsgraph: %llu articles processed so far...\n",
                   static_cast<unsigned long long>(tally.inserted + tally.replaced +
                                                   tally.unchanged + tally.duplicates +
                                                   tally.skipped.size()));
    }
  };
  auto on_error = [&](const Status& s) { tally.skipped.push_back(s.message()); };
  ReadStats stats = ReadArticles(f.paths, on_article, on_error);
  if (!fatal.ok()) {
    PrintError(fatal);
    ReportSkips(tally);
    return kExitEnvironment;
  }
  if (!f.quiet) {
    std::fprintf(stderr,
                 "newsgraph: ingested into %s: %llu new, %llu replaced, %llu unchanged, "
                 "%llu duplicate, %zu skipped%s\n",
                 f.db.c_str(), static_cast<unsigned long long>(tally.inserted),
                 static_cast<unsigned long long>(tally.replaced),
                 static_cast<unsigned long long>(tally.unchanged),
                 static_cast<unsigned long long>(tally.duplicates), tally.skipped.size(),
                 stats.ignored_files > 0
                     ? fmt::format(" ({} non-.txt/.jsonl file(s) in folders ignored)",
                                   stats.ignored_files).c_str()
                     : "");
  }
  if (!f.quiet) ReportDuplicates(tally);
  ReportSkips(tally);
  return tally.skipped.empty() ? kExitOk : kExitBadInput;
}

}  // namespace

CommandRunner RegisterIngest(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Analyse articles (.txt files, folders of them, JSONL feeds) into a database");
  sub->add_option("paths", flags->paths, "Files or folders to ingest")->required();
  sub->add_option("--db", flags->db, "SQLite database file (created if missing)")->required();
  sub->add_flag("-q,--quiet", flags->quiet, "Print only errors");
  AddDictionaryFlags(sub, &flags->dictionaries);
  return [flags] { return RunIngest(*flags); };
}

}  // namespace newsgraph::cli
