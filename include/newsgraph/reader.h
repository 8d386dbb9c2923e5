// newsgraph/reader.h — reading articles from plain-text files, folders of
// them, and JSONL feeds.
//
//   *.jsonl, *.ndjson  one JSON object per line: {"text": required string,
//                      "id", "date", "source", "title": optional}; blank
//                      lines are skipped. A missing id becomes "<stem>:<line>".
//   a folder           walked recursively in sorted order; *.txt files are
//                      articles, *.jsonl/*.ndjson are feeds, other files are
//                      counted as ignored.
//   any other file     one plain-text article; its id is the file stem (or,
//                      inside a folder, the relative path without extension).
//
// A bad record (malformed JSON, missing text, bad date) is reported through
// `on_error` with "file:line" and reading continues; a path that does not
// exist or cannot be read is also reported there. Raw bytes are passed on
// untouched: decoding and validation are the Analyzer's job.
//
// Thread-safety: stateless; callbacks run on the calling thread.
#ifndef NEWSGRAPH_READER_H_
#define NEWSGRAPH_READER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/article.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct ReadStats {
  uint64_t articles = 0;       // passed to on_article
  uint64_t errors = 0;         // passed to on_error
  uint64_t ignored_files = 0;  // files in folders that are neither .txt nor JSONL
};

using ArticleCallback = std::function<void(Article&&)>;
using ErrorCallback = std::function<void(const Status&)>;

// Visits every article under `paths` in order.
ReadStats ReadArticles(const std::vector<std::string>& paths, const ArticleCallback& on_article,
                       const ErrorCallback& on_error);

// Reads one whole regular file. kNotFound when missing; kInvalidArgument when
// it is a folder or not a regular file; kIoError when the OS refuses.
Result<std::string> ReadWholeFile(const std::string& path);

// Parses one JSONL line into an Article. `origin` is "file:line".
Result<Article> ParseJsonlRecord(std::string_view line, const std::string& origin,
                                 const std::string& default_id);

// Accepts "YYYY-MM-DD" or an ISO 8601 timestamp starting with one; returns
// the calendar date "YYYY-MM-DD". kInvalidArgument when malformed or not a
// real date (2021-02-30).
Result<std::string> NormalizeDate(std::string_view value);

}  // namespace newsgraph

#endif  // NEWSGRAPH_READER_H_
