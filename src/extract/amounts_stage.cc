#include "extract/amounts_stage.h"

#include <fmt/core.h>

#include <utility>

#include "extract/amounts.h"

namespace newsgraph::extract {

std::vector<Amount> FindDocumentAmounts(const Document& doc,
                                        const std::vector<TimeExpression>& dates,
                                        const AmountWords& lexicon) {
  std::vector<Amount> out;
  std::vector<std::pair<uint32_t, uint32_t>> skip;
  for (size_t i = 0; i < doc.tokens.size() && i < doc.words.size(); ++i) {
    skip.clear();
    for (const TimeExpression& t : dates) {
      if (t.sentence == i) skip.emplace_back(t.span.start, t.span.end);
    }
    for (FoundAmount& f : FindAmounts(doc.text(), doc.tokens[i], doc.words[i], lexicon, skip)) {
      Amount a;
      a.id = fmt::format("A{}", out.size() + 1);
      a.span = doc.mapped.MakeSpan(f.start, f.end);
      a.sentence = static_cast<uint32_t>(i);
      a.text = doc.text().substr(f.start, f.end - f.start);
      a.value = f.value;
      a.unit = std::move(f.unit);
      if (!f.approximation.empty()) a.approximation = std::move(f.approximation);
      if (f.object) {
        a.object = doc.text().substr(f.object->first, f.object->second - f.object->first);
        a.object_span = doc.mapped.MakeSpan(f.object->first, f.object->second);
      }
      if (!f.count_type.empty()) a.count_type = std::move(f.count_type);
      out.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace newsgraph::extract
