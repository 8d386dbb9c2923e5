// newsgraph — command-line entry point. Subcommands live in *_command.cc.
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: news articles in, evidence-linked political event data out"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");
  const std::vector<std::pair<std::string, CommandRunner>> runners = {
      {"analyze", RegisterAnalyze(app)},
      {"entities", RegisterEntities(app)},
      {"events", RegisterEvents(app)},
      {"repair", RegisterRepair(app)},
      {"segment", RegisterSegment(app)},
      {"tokenize", RegisterTokenize(app)},
      {"evaluate", RegisterEvaluate(app)},
      {"parse", RegisterParse(app)},
      {"train-clusters", RegisterTrainClusters(app)},
      {"train-parser", RegisterTrainParser(app)},
      {"train-tagger", RegisterTrainTagger(app)},
      {"train-ner", RegisterTrainNer(app)},
      {"evaluate-ner", RegisterEvaluateNer(app)},
      {"validate", RegisterValidate(app)},
      {"ingest", RegisterIngest(app)},
      {"serve", RegisterServe(app)},
      {"version", RegisterVersion(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  for (const auto& [name, run] : runners) {
    if (app.got_subcommand(name)) return run();
  }
  return kExitUsage;
}
