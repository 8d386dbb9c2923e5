// PETRARCH/TABARI dictionaries: load time of the full Phoenix set from
// ../shared (Phoenix.Countries/International/MilNonState.actors.txt and
// Phoenix.agents.txt, parsed from memory, malformed lines skipped) and the
// process's peak RSS (VmHWM) as a counter. Targets: <= 0.5 s, <= 300 MB.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "lexicon/agent_dictionary.h"

namespace {

const std::string kDir = std::string(NEWSGRAPH_SHARED_DIR) + "/dictionaries/phoenix/";

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Peak resident set size in MB from /proc/self/status (VmHWM, in kB).
double PeakRssMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

void BM_LoadPhoenix(benchmark::State& state) {
  using newsgraph::lexicon::ActorDictionary;
  using newsgraph::lexicon::AgentDictionary;
  const std::string names[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                               "Phoenix.MilNonState.actors.txt"};
  std::vector<std::string> contents;
  for (const std::string& n : names) contents.push_back(Read(kDir + n));
  const std::string agents = Read(kDir + "Phoenix.agents.txt");
  if (contents[0].empty() || agents.empty()) {
    state.SkipWithError(("Phoenix dictionaries not found (../shared absent?): " + kDir).c_str());
    return;
  }
  std::vector<ActorDictionary::Source> sources;
  for (size_t i = 0; i < contents.size(); ++i) sources.push_back({names[i], contents[i]});
  size_t phrases = 0;
  for (auto _ : state) {
    std::vector<std::string> warnings;
    auto actors = ActorDictionary::Parse(sources, {.skip_malformed = true}, &warnings);
    auto agent = AgentDictionary::Parse("Phoenix.agents.txt", agents, {.skip_malformed = true},
                                        &warnings);
    if (!actors.ok() || !agent.ok()) {
      state.SkipWithError("Phoenix dictionaries failed to load");
      return;
    }
    phrases = (*actors)->phrase_count() + (*agent)->phrase_count();
    benchmark::DoNotOptimize(phrases);
  }
  state.counters["phrases"] = static_cast<double>(phrases);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
