#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "newsgraph/reader.h"
#include "newsgraph/text.h"

namespace newsgraph::cli {

Result<Input> ReadInput(const std::string& path, size_t max_bytes) {
  Input in;
  if (path == "-") {
    in.origin = "<stdin>";
    in.stem = "stdin";
    char buffer[1 << 16];
    while (in.bytes.size() <= max_bytes) {
      size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
      in.bytes.append(buffer, n);
      if (n < sizeof buffer) break;
    }
    if (std::ferror(stdin)) return Status::IoError("<stdin>: read error");
    return in;
  }
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  in.bytes = std::move(bytes).value();
  in.origin = path;
  in.stem = std::filesystem::path(path).stem().string();
  return in;
}

Status WriteOut(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
    return Status::IoError("cannot write to standard output");
  }
  return Status::Ok();
}

Status FlushOut() {
  if (std::fflush(stdout) != 0) return Status::IoError("cannot write to standard output");
  return Status::Ok();
}

Result<TextResult> ProcessTextInput(const std::string& path, const TextOptions& options) {
  auto input = ReadInput(path, kMaxTextBytes);
  if (!input.ok()) return input.status();
  auto processor = TextProcessor::Create();
  if (!processor.ok()) return processor.status();
  return (*processor)->Process(input->bytes, options, input->origin);
}

Status ReadTreebanks(const std::string& train_path, const std::string& dev_path,
                     std::vector<lang::ConlluSentence>* train,
                     std::vector<lang::ConlluSentence>* dev) {
  auto read = lang::ReadConlluFile(train_path);
  if (!read.ok()) return read.status();
  *train = std::move(read).value();
  dev->clear();
  if (dev_path.empty()) return Status::Ok();
  read = lang::ReadConlluFile(dev_path);
  if (!read.ok()) return read.status();
  *dev = std::move(read).value();
  return Status::Ok();
}

// The sentences of the articles under `paths`, tokenized by the text stage.
Result<std::vector<std::vector<std::string>>> ReadRawSentences(
    const std::vector<std::string>& paths, std::string_view command) {
  auto text = TextProcessor::Create();
  if (!text.ok()) return text.status();
  std::vector<std::vector<std::string>> sentences;
  uint64_t failures = 0;
  ReadStats stats = ReadArticles(
      paths,
      [&](Article&& article) {
        auto r = (*text)->Process(article.raw, {}, article.origin);
        if (!r.ok()) {
          ++failures;
          return;
        }
        uint32_t current = UINT32_MAX;
        for (const auto& token : r->tokens) {
          if (token.sentence != current) {
            sentences.emplace_back();
            current = token.sentence;
          }
          sentences.back().emplace_back(std::string_view(r->text).substr(
              token.span.start, token.span.end - token.span.start));
        }
      },
      [&](const Status& error) { PrintError(error); });
  if (stats.errors > 0) {
    return Status::InvalidInput("--raw: " + std::to_string(stats.errors) + " unreadable input(s)");
  }
  if (failures > 0) {
    std::fprintf(stderr, "%.*s: skipped %llu raw article(s) the text stage rejected\n",
                 static_cast<int>(command.size()), command.data(),
                 static_cast<unsigned long long>(failures));
  }
  return sentences;
}

Result<std::unique_ptr<lang::WordClusters>> LoadClustersFor(const std::string& path,
                                                            uint32_t max_coarse,
                                                            uint32_t max_fine) {
  auto loaded = lang::WordClusters::LoadFile(path);
  if (!loaded.ok()) return loaded.status();
  for (const auto& [word, entry] : (*loaded)->entries()) {
    if (entry.ids.front() > max_coarse || entry.ids.back() > max_fine) {
      return Status::InvalidInput(path + ": \"" + word + "\" is in clusters " +
                                  std::to_string(entry.ids.front()) + " / " +
                                  std::to_string(entry.ids.back()) + "; at most " +
                                  std::to_string(max_coarse) + " coarse and " +
                                  std::to_string(max_fine) + " fine classes fit this model");
    }
  }
  return loaded;
}

Status WriteModel(const std::string& path, std::string_view bytes, std::string_view what) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IoError(path + ": cannot write the " + std::string(what) + " model");
  return Status::Ok();
}

int Emit(std::string_view out) {
  Status written = WriteOut(out);
  if (written.ok()) written = FlushOut();
  if (!written.ok()) {
    PrintError(written);
    return kExitEnvironment;
  }
  return kExitOk;
}

int Fail(const Status& status) {
  PrintError(status);
  return ExitCodeFor(status);
}

void PrintError(const Status& status) {
  std::fprintf(stderr, "newsgraph: error: %s\n", status.message().c_str());
}

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kNotFound:
    case StatusCode::kInvalidInput: return kExitBadInput;
    case StatusCode::kIoError:
    case StatusCode::kCorruption:
    case StatusCode::kUnavailable:
    case StatusCode::kInternal: return kExitEnvironment;
  }
  return kExitEnvironment;
}

}  // namespace newsgraph::cli
