// The newsgraph CLI's subcommands. Each Register* adds one subcommand to the
// app and returns the function that runs it once parsing succeeded; that
// function returns the process exit code (see ExitCode).
//
// Thread-safety: the CLI is single-threaded apart from the serve command's
// signal thread.
#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/conllu.h"
#include "lang/word_clusters.h"
#include "newsgraph/status.h"
#include "newsgraph/text.h"

namespace newsgraph::cli {

// Exit codes, documented in docs/cli.md.
enum ExitCode : int {
  kExitOk = 0,
  kExitBadInput = 1,     // an input could not be processed (some or all)
  kExitUsage = 2,        // bad command line
  kExitEnvironment = 3,  // database, port or file system trouble
};

using CommandRunner = std::function<int()>;

CommandRunner RegisterAnalyze(CLI::App& app);
CommandRunner RegisterEntities(CLI::App& app);
CommandRunner RegisterEvents(CLI::App& app);
CommandRunner RegisterRepair(CLI::App& app);
CommandRunner RegisterSegment(CLI::App& app);
CommandRunner RegisterTokenize(CLI::App& app);
CommandRunner RegisterEvaluate(CLI::App& app);
CommandRunner RegisterParse(CLI::App& app);
CommandRunner RegisterTrainClusters(CLI::App& app);
CommandRunner RegisterTrainParser(CLI::App& app);
CommandRunner RegisterTrainTagger(CLI::App& app);
CommandRunner RegisterTrainNer(CLI::App& app);
CommandRunner RegisterEvaluateNer(CLI::App& app);
CommandRunner RegisterValidate(CLI::App& app);
CommandRunner RegisterIngest(CLI::App& app);
CommandRunner RegisterServe(CLI::App& app);
CommandRunner RegisterVersion(CLI::App& app);

// One input of a command: a file, or standard input for "-".
struct Input {
  std::string bytes;
  std::string origin;  // the path, or "<stdin>"
  std::string stem;    // the file name without extension, or "stdin"
};
// Reads at most `max_bytes` + 1 bytes from standard input (enough for the
// size check downstream to reject it without exhausting memory); a file is
// read whole.
Result<Input> ReadInput(const std::string& path, size_t max_bytes);

// Writes `bytes` to standard output; kIoError when it cannot (closed pipe,
// full disk).
Status WriteOut(std::string_view bytes);
// Flushes standard output; kIoError when that fails.
Status FlushOut();

// Reads the training treebank and, when `dev_path` is not empty, the
// development one (CoNLL-U), for the train-* commands.
Status ReadTreebanks(const std::string& train_path, const std::string& dev_path,
                     std::vector<lang::ConlluSentence>* train,
                     std::vector<lang::ConlluSentence>* dev);

// The sentences of the articles under `paths` (files, folders, JSONL),
// tokenized by the text stage. Articles the text stage rejects are skipped
// with a count printed under `command`'s name; unreadable inputs are errors.
Result<std::vector<std::vector<std::string>>> ReadRawSentences(
    const std::vector<std::string>& paths, std::string_view command);

// Loads word clusters for a train-* command; kInvalidInput naming the file
// and a word when the first (coarse) level has ids above `max_coarse` or
// the last (fine) level above `max_fine` (what the model can store).
Result<std::unique_ptr<lang::WordClusters>> LoadClustersFor(const std::string& path,
                                                            uint32_t max_coarse,
                                                            uint32_t max_fine);

// Writes a trained model's bytes to `path` (replacing it); kIoError naming
// the path and `what` ("tagger", "parser") when that fails.
Status WriteModel(const std::string& path, std::string_view bytes, std::string_view what);

// Reads `path` (see ReadInput) and runs the text stage on it.
Result<TextResult> ProcessTextInput(const std::string& path, const TextOptions& options);

// Writes `out` and flushes; on failure prints the error and returns
// kExitEnvironment, else kExitOk.
int Emit(std::string_view out);

// Prints the error and returns its exit code (ExitCodeFor).
int Fail(const Status& status);

// Prints "newsgraph: error: <message>" to stderr.
void PrintError(const Status& status);
// Maps a Status code to an exit code.
int ExitCodeFor(const Status& status);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_
