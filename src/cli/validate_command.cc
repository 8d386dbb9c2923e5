// `newsgraph validate RECORDS.xml`: codes a PETRARCH validation suite with
// our tokenizer, parser and dictionary coder and scores it
// (code/validation_runner.h). Prints a per-category table and a final
// "N passed, M failed" line.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "code/validation_runner.h"

namespace newsgraph::cli {
namespace {

struct ValidateFlags {
  std::string records;
  std::string dictionaries;
  bool show_failures = false;
  int min_passed = -1;
};

std::string Events(const std::vector<code::ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += "  ";
    out += fmt::format("{} {} {}", e.source, e.target, e.code);
  }
  return out;
}

std::string Table(const code::ValidationReport& report) {
  std::string out = fmt::format("{:<12} {:>7} {:>7} {:>7}\n", "category", "passed", "failed",
                                "total");
  for (const auto& t : report.categories) {
    out += fmt::format("{:<12} {:>7} {:>7} {:>7}\n", t.category.empty() ? "(none)" : t.category,
                       t.passed, t.failed, t.passed + t.failed);
  }
  out += fmt::format("{} passed, {} failed\n", report.passed, report.failed);
  return out;
}

}  // namespace

CommandRunner RegisterValidate(CLI::App& app) {
  auto flags = std::make_shared<ValidateFlags>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Code a PETRARCH validation records file and compare with its gold events");
  cmd->add_option("records", flags->records, "PETRARCH validation XML (PETR.UnitTest.records.xml)")
      ->required();
  cmd->add_option("--dictionaries", flags->dictionaries,
                  "folder of the dictionaries its <Environment> names (default: the records "
                  "file's folder)");
  cmd->add_flag("--show-failures", flags->show_failures,
                "print each failed record with its text, expected and coded events");
  cmd->add_option("--min-passed", flags->min_passed,
                  "exit 1 when fewer records pass (a regression threshold)");
  return [flags]() -> int {
    auto suite = code::ReadValidationRecords(flags->records);
    if (!suite.ok()) return Fail(suite.status());
    std::string dir = flags->dictionaries;
    if (dir.empty()) dir = std::filesystem::path(flags->records).parent_path().string();
    std::vector<std::string> warnings;
    auto runner = code::ValidationRunner::Create(suite->environment, dir, &warnings);
    if (!runner.ok()) return Fail(runner.status());
    for (const std::string& w : suite->warnings) fmt::print(stderr, "newsgraph: warning: {}\n", w);
    for (const std::string& w : warnings) fmt::print(stderr, "newsgraph: warning: {}\n", w);
    auto report = (*runner)->Run(*suite);
    if (!report.ok()) return Fail(report.status());
    std::string out;
    if (flags->show_failures) {
      for (const auto& o : report->outcomes) {
        if (o.passed) continue;
        const code::ValidationRecord& r = suite->records[o.record];
        out += fmt::format("FAIL {} ({}:{})\n  text:     {}\n  expected: {}\n  coded:    {}\n",
                           r.id, flags->records, r.line, r.text,
                           r.expects_no_events ? std::string("(no events)")
                           : !r.expected_error.empty() ? "(error " + r.expected_error + ")"
                                                       : Events(r.expected),
                           Events(o.coded));
      }
    }
    out += Table(*report);
    const int emitted = Emit(out);
    if (emitted != kExitOk) return emitted;
    if (flags->min_passed >= 0 && report->passed < flags->min_passed) {
      fmt::print(stderr, "newsgraph: error: {} records passed, below the threshold {}\n",
                 report->passed, flags->min_passed);
      return kExitBadInput;
    }
    return kExitOk;
  };
}

}  // namespace newsgraph::cli
