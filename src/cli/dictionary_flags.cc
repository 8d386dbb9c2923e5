#include "cli/dictionary_flags.h"

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {

constexpr size_t kMaxWarningsShown = 20;

}  // namespace

void AddDictionaryFlags(CLI::App* sub, DictionaryFlags* flags) {
  // One file per --actors (repeat it, or separate files with commas), so
  // that the article path after it is not taken for a dictionary.
  sub->add_option("--actors", flags->options.actor_files,
                  "A PETRARCH/TABARI .actors dictionary, matched before ours; repeat the "
                  "option or separate files with commas for several")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->delimiter(',');
  sub->add_option("--agents", flags->options.agent_file,
                  "A PETRARCH/TABARI .agents dictionary, matched before our role words");
  sub->add_option("--verbs", flags->options.verb_file,
                  "A PETRARCH/TABARI verb-pattern dictionary (Phoenix's CAMEO.2.0.txt) coding "
                  "events instead of ours");
  sub->add_flag("--no-default-actors", flags->no_default_actors,
                "Use only the --actors dictionaries for people and organisations");
  sub->add_flag("--skip-malformed", flags->options.skip_malformed,
                "Skip malformed dictionary lines with a warning instead of failing");
}

std::variant<std::shared_ptr<const Analyzer>, int> MakeAnalyzer(const DictionaryFlags& flags) {
  AnalyzerOptions options = flags.options;
  options.default_actors = !flags.no_default_actors;
  std::vector<std::string> warnings;
  auto analyzer = Analyzer::Create(options, &warnings);
  for (size_t i = 0; i < warnings.size() && i < kMaxWarningsShown; ++i) {
    std::fprintf(stderr, "newsgraph: warning: skipped %s\n", warnings[i].c_str());
  }
  if (warnings.size() > kMaxWarningsShown) {
    std::fprintf(stderr, "newsgraph: warning: ... %zu more malformed dictionary lines skipped\n",
                 warnings.size() - kMaxWarningsShown);
  }
  if (!analyzer.ok()) {
    const bool user_files = !options.actor_files.empty() || !options.agent_file.empty() ||
                            !options.verb_file.empty();
    PrintError(analyzer.status());
    return user_files ? kExitBadInput : kExitEnvironment;
  }
  return std::move(analyzer).value();
}

}  // namespace newsgraph::cli
