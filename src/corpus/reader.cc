// File, folder and JSONL walking (reader.h: ReadArticles, ReadWholeFile).
#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsgraph/reader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

bool IsJsonl(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".jsonl" || ext == ".ndjson";
}

bool IsText(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".txt";
}

class Walker {
 public:
  Walker(const ArticleCallback& on_article, const ErrorCallback& on_error)
      : on_article_(on_article), on_error_(on_error) {}

  void Path(const std::string& path) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      Error(Status::NotFound(fmt::format("{}: no such file or directory", path)));
    } else if (fs::is_directory(st)) {
      Folder(path);
    } else if (IsJsonl(path)) {
      Jsonl(path);
    } else {
      TextFile(path, fs::path(path).stem().string());
    }
  }

  ReadStats stats;

 private:
  void Error(const Status& s) {
    ++stats.errors;
    on_error_(s);
  }

  void Folder(const fs::path& root) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      Error(Status::IoError(fmt::format("{}: cannot list folder: {}", root.string(), ec.message())));
      return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    if (ec) {
      Error(Status::IoError(fmt::format("{}: error while listing: {}", root.string(), ec.message())));
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      if (IsJsonl(f)) {
        Jsonl(f.string());
      } else if (IsText(f)) {
        fs::path rel = fs::relative(f, root, ec);
        if (ec) rel = f.filename();
        TextFile(f.string(), (rel.parent_path() / rel.stem()).generic_string());
      } else {
        ++stats.ignored_files;
      }
    }
  }

  void TextFile(const std::string& path, const std::string& id) {
    auto bytes = ReadWholeFile(path);
    if (!bytes.ok()) return Error(bytes.status());
    Article a;
    a.id = id;
    a.origin = path;
    a.raw = std::move(bytes).value();
    ++stats.articles;
    on_article_(std::move(a));
  }

  void Jsonl(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Error(Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno))));
    }
    std::string stem = fs::path(path).stem().string();
    std::string line;
    uint64_t line_no = 0, records = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      std::string origin = fmt::format("{}:{}", path, line_no);
      auto article = ParseJsonlRecord(line, origin, fmt::format("{}:{}", stem, line_no));
      if (!article.ok()) {
        Error(article.status());
        continue;
      }
      ++records;
      ++stats.articles;
      on_article_(std::move(article).value());
    }
    if (in.bad()) Error(Status::IoError(fmt::format("{}: read error after line {}", path, line_no)));
    if (line_no == 0) Error(Status::InvalidInput(fmt::format("{}: empty JSONL file", path)));
  }

  const ArticleCallback& on_article_;
  const ErrorCallback& on_error_;
};

}  // namespace

Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::NotFound(fmt::format("{}: no such file", path));
  if (fs::is_directory(st)) {
    return Status::InvalidArgument(fmt::format("{}: is a folder, expected a file", path));
  }
  if (!fs::is_regular_file(st)) {
    return Status::InvalidArgument(fmt::format("{}: not a regular file", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("{}: read error", path));
  return std::move(ss).str();
}

ReadStats ReadArticles(const std::vector<std::string>& paths, const ArticleCallback& on_article,
                       const ErrorCallback& on_error) {
  Walker walker(on_article, on_error);
  for (const std::string& p : paths) walker.Path(p);
  return walker.stats;
}

}  // namespace newsgraph
