#include <cstdio>

#include "cli/commands.h"

namespace newsgraph::cli {

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
