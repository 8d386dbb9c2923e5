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
#include <string>

#include "newsgraph/status.h"

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
CommandRunner RegisterIngest(CLI::App& app);
CommandRunner RegisterServe(CLI::App& app);
CommandRunner RegisterVersion(CLI::App& app);

// Prints "newsgraph: error: <message>" to stderr.
void PrintError(const Status& status);
// Maps a Status code to an exit code.
int ExitCodeFor(const Status& status);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_
