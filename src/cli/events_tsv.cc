#include "cli/events_tsv.h"

#include <fmt/core.h>

#include <string_view>
#include <vector>

namespace newsgraph::cli {
namespace {

std::string Field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Slice(const std::string& text, const Span& s) {
  if (s.start > s.end || s.end > text.size()) return {};
  return Field(std::string_view(text).substr(s.start, s.end - s.start));
}

}  // namespace

std::string EventsTsv(const Analysis& a) {
  std::string out =
      "date\tsource\ttarget\tcameo\tarticle\tevent\tsentence\tquad_class\tgoldstein\t"
      "plover_type\tplover_mode\tplover_context\tnegated\tmodality\tattributed_to\t"
      "source_text\ttarget_text\ttrigger\tevidence\trule\n";
  std::string date;
  if (a.date && a.date->size() >= 10) date = a.date->substr(0, 4) + a.date->substr(5, 2) + a.date->substr(8, 2);
  for (const Event& e : a.events) {
    auto code = [](const std::optional<EventArgument>& arg) {
      return arg && arg->code ? Field(*arg->code) : std::string("---");
    };
    auto text = [](const std::optional<EventArgument>& arg) {
      return arg ? Field(arg->text) : std::string();
    };
    std::vector<std::string> row = {
        date,
        code(e.source),
        code(e.target),
        e.cameo,
        Field(a.id),
        e.id,
        std::to_string(e.sentence),
        e.quad_class ? std::to_string(*e.quad_class) : "",
        e.goldstein ? fmt::format("{:.1f}", *e.goldstein) : "",
        Field(e.plover.type.value_or("")),
        Field(e.plover.mode.value_or("")),
        Field(e.plover.context.value_or("")),
        e.negated ? "1" : "0",
        Field(e.modality.value_or("")),
        Field(e.attributed_to.value_or("")),
        text(e.source),
        text(e.target),
        Slice(a.text, e.trigger),
        Slice(a.text, e.evidence),
        Field(e.rule)};
    for (size_t i = 0; i < row.size(); ++i) {
      out += row[i];
      out += i + 1 < row.size() ? '\t' : '\n';
    }
  }
  return out;
}

}  // namespace newsgraph::cli
