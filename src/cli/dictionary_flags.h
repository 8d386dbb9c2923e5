// The dictionary options shared by `analyze`, `entities`, `events` and
// `ingest`: --actors, --agents, --verbs, --no-default-actors,
// --skip-malformed; and making the Analyzer they configure.
//
// Thread-safety: CLI only (single-threaded).
#ifndef NEWSGRAPH_CLI_DICTIONARY_FLAGS_H_
#define NEWSGRAPH_CLI_DICTIONARY_FLAGS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <variant>

#include "newsgraph/analyzer.h"

namespace newsgraph::cli {

struct DictionaryFlags {
  AnalyzerOptions options;
  bool no_default_actors = false;
};

// REQUIRES: `flags` outlives the parse.
void AddDictionaryFlags(CLI::App* sub, DictionaryFlags* flags);

// The analyzer, or the exit code after the error was printed: a user's
// dictionary that cannot be read or parsed is bad input (exit 1), our own
// data failing to load a broken installation (exit 3). Skipped malformed
// lines are printed as warnings (the first 20, then a count).
std::variant<std::shared_ptr<const Analyzer>, int> MakeAnalyzer(const DictionaryFlags& flags);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_DICTIONARY_FLAGS_H_
