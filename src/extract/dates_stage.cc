#include "extract/dates_stage.h"

#include <fmt/core.h>

#include <algorithm>
#include <limits>

#include "extract/time_expressions.h"

namespace newsgraph::extract {
namespace {

constexpr size_t kDatelineTokens = 16;
constexpr int kMaxSteps = 6;  // heads climbed from an expression to a trigger

// The first full calendar day among the expressions, not resolved against
// anything.
std::optional<int32_t> FirstFullDay(std::string_view text, std::span<const text::Token> tokens,
                                    const TimeWords& words) {
  for (const FoundTime& t : FindTimeExpressions(text, tokens, words, std::nullopt)) {
    if (t.resolution != "day" || t.relative || t.value.size() != 10) continue;
    const int32_t y = std::stoi(t.value.substr(0, 4)), m = std::stoi(t.value.substr(5, 2)),
                  d = std::stoi(t.value.substr(8, 2));
    return y * 10000 + m * 100 + d;
  }
  return std::nullopt;
}

// The index of the word whose span starts at `start`, or -1.
int WordAt(const Sentence& s, uint32_t start) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].span.start <= start && start < s.words[i].span.end) return static_cast<int>(i);
  }
  return -1;
}

// How many heads word `from` climbs to reach word `to`; 0 when it does not
// within `limit`.
int StepsTo(const Sentence& s, int to, int from, int limit) {
  for (int step = 1; step <= limit && from >= 0; ++step) {
    const uint32_t head = s.words[static_cast<size_t>(from)].head;
    if (head == 0 || head > s.words.size()) return 0;
    from = static_cast<int>(head) - 1;
    if (from == to) return step;
  }
  return 0;
}

}  // namespace

std::optional<ArticleDate> InferArticleDate(const Document& doc,
                                            const std::vector<Exclusion>& excluded,
                                            const text::Tokenizer& tokenizer,
                                            const TimeWords& words) {
  for (const Exclusion& x : excluded) {
    if (x.kind != "boilerplate") continue;
    auto tokens = tokenizer.Tokenize(doc.text(), x.span.start, x.span.end);
    if (!tokens.ok()) continue;
    if (auto day = FirstFullDay(doc.text(), *tokens, words)) return ArticleDate{*day, "credit"};
  }
  if (!doc.tokens.empty()) {
    const auto& first = doc.tokens.front();
    const size_t n = std::min(first.size(), kDatelineTokens);
    if (auto day = FirstFullDay(doc.text(), std::span(first).first(n), words)) {
      return ArticleDate{*day, "dateline"};
    }
  }
  return std::nullopt;
}

std::vector<TimeExpression> FindDates(const Document& doc, const TimeWords& words) {
  std::vector<TimeExpression> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    for (FoundTime& t : FindTimeExpressions(doc.text(), doc.tokens[i], words, doc.date)) {
      TimeExpression e;
      e.id = fmt::format("T{}", out.size() + 1);
      e.span = doc.mapped.MakeSpan(t.start, t.end);
      e.sentence = static_cast<uint32_t>(i);
      e.text = doc.text().substr(t.start, t.end - t.start);
      if (!t.value.empty()) e.value = std::move(t.value);
      e.resolution = std::move(t.resolution);
      e.relative = t.relative;
      if (!t.modifier.empty()) e.modifier = std::move(t.modifier);
      out.push_back(std::move(e));
    }
  }
  return out;
}

void DateEvents(const std::vector<TimeExpression>& dates, const std::vector<Sentence>& sentences,
                const std::optional<std::string>& article_date, std::vector<Event>* events) {
  for (Event& event : *events) {
    event.date = article_date;
    event.date_expression.reset();
    if (event.sentence >= sentences.size()) continue;
    const Sentence& s = sentences[event.sentence];
    const int trigger = WordAt(s, event.trigger.start);
    // Best: the fewest heads from the expression up to the trigger (the
    // parser often hangs "during the past months" on a nearby noun), then
    // the nearest.
    const TimeExpression* best = nullptr;
    int best_steps = 0;
    uint32_t best_distance = std::numeric_limits<uint32_t>::max();
    for (const TimeExpression& t : dates) {
      if (t.sentence != event.sentence || t.resolution == "duration" || !t.value) continue;
      int steps = 0;
      for (size_t w = 0; w < s.words.size() && trigger >= 0; ++w) {
        const Span& span = s.words[w].span;
        if (span.start < t.span.start || span.end > t.span.end) continue;
        const int k = StepsTo(s, trigger, static_cast<int>(w), kMaxSteps);
        if (k > 0 && (steps == 0 || k < steps)) steps = k;
      }
      if (steps == 0 && t.resolution == "range") continue;  // "since 2014" dates what it governs
      const uint32_t distance =
          t.span.start >= event.trigger.end
              ? t.span.start - event.trigger.end
              : event.trigger.start - std::min(event.trigger.start, t.span.end);
      const bool better = best == nullptr ||
                          (steps > 0 && (best_steps == 0 || steps < best_steps)) ||
                          (steps == best_steps && distance < best_distance);
      if (better) {
        best = &t;
        best_steps = steps;
        best_distance = distance;
      }
    }
    if (best != nullptr) {
      event.date = best->value;
      event.date_expression = best->id;
    }
  }
}

}  // namespace newsgraph::extract
