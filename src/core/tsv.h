// Reading the small tab-separated data files under data/ (gazetteer, CAMEO
// tables, verb lists, abbreviations, HTML entities, agency credits); shared
// by every stage, so it lives in core/. Format shared by all of them: lines starting with '#'
// and blank lines are comments; the first other line is a header row naming
// the columns; every later line is one record with exactly that many
// tab-separated fields. Errors name the file and line:
// "gazetteer/aliases.tsv:12: expected 4 fields, got 3".
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_CORE_TSV_H_
#define NEWSGRAPH_CORE_TSV_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph {

struct TsvRecord {
  size_t line = 0;                       // 1-based line number in the file
  std::vector<std::string_view> fields;  // views into the file contents
};

// Calls `on_record` for every record of `contents` after checking that the
// header row equals `columns`. `name` (e.g. "cameo/event_codes.tsv") prefixes
// error messages; a non-OK Status from `on_record` stops the walk and is
// returned as is. A trailing '\r' is tolerated on every line.
Status ReadTsv(std::string_view name, std::string_view contents,
               const std::vector<std::string_view>& columns,
               const std::function<Status(const TsvRecord&)>& on_record);

// "name:line: message" as a kCorruption Status: data shipped with the library
// is not what its tool or author wrote.
Status TsvError(std::string_view name, size_t line, std::string_view message);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_TSV_H_
