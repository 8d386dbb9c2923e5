#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "newsgraph/reader.h"

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
