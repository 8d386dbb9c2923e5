#include <cstdio>

#include "cli/commands.h"
#include "newsgraph/store.h"

namespace newsgraph::cli {

CommandRunner RegisterVersion(CLI::App& app) {
  app.add_subcommand("version", "Print the newsgraph version and database schema version");
  return []() -> int {
    std::printf("newsgraph %s (database schema %d)\n", NEWSGRAPH_VERSION,
                Store::CurrentSchemaVersion());
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
