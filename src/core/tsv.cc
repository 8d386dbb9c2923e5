#include "core/tsv.h"

#include <fmt/core.h>

namespace newsgraph {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(pos));
      return out;
    }
    out.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

std::string JoinColumns(const std::vector<std::string_view>& columns) {
  std::string out;
  for (std::string_view c : columns) {
    if (!out.empty()) out += ", ";
    out += c;
  }
  return out;
}

}  // namespace

Status TsvError(std::string_view name, size_t line, std::string_view message) {
  return Status::Corruption(fmt::format("{}:{}: {}", name, line, message));
}

Status ReadTsv(std::string_view name, std::string_view contents,
               const std::vector<std::string_view>& columns,
               const std::function<Status(const TsvRecord&)>& on_record) {
  bool seen_header = false;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TsvRecord record{line_no, SplitTabs(line)};
    if (!seen_header) {
      if (record.fields != columns) {
        return TsvError(name, line_no,
                        fmt::format("expected header row: {}", JoinColumns(columns)));
      }
      seen_header = true;
      continue;
    }
    if (record.fields.size() != columns.size()) {
      return TsvError(name, line_no,
                      fmt::format("expected {} tab-separated fields, got {}", columns.size(),
                                  record.fields.size()));
    }
    NEWSGRAPH_RETURN_IF_ERROR(on_record(record));
  }
  if (!seen_header) return TsvError(name, line_no, "no header row");
  return Status::Ok();
}

}  // namespace newsgraph
