#include "code/comma_clauses.h"

namespace newsgraph::code {

std::vector<bool> CommaClauses(const std::vector<std::string>& upper,
                               const std::vector<bool>& punctuation,
                               const std::vector<bool>& list_comma, const CommaLimits& limits) {
  const size_t n = upper.size();
  std::vector<bool> out(n, false);
  std::vector<size_t> commas;
  for (size_t i = 0; i < n; ++i) {
    if (upper[i] == "," && !list_comma[i]) commas.push_back(i);
  }
  if (commas.empty()) return out;
  // Parts: [0, c0), (c0, c1), ..., (ck, n); a trailing sentence mark is not
  // part of the last one.
  size_t end = n;
  while (end > 0 && punctuation[end - 1] && upper[end - 1] != ",") --end;
  auto words_in = [&](size_t from, size_t to) {
    int count = 0;
    for (size_t i = from; i < to; ++i) count += punctuation[i] ? 0 : 1;
    return count;
  };
  auto within = [](int count, int min, int max) { return max > 0 && min <= count && count <= max; };
  for (size_t k = 0; k <= commas.size(); ++k) {
    const size_t from = k == 0 ? 0 : commas[k - 1] + 1;
    const size_t to = k == commas.size() ? end : commas[k];
    if (to < from) continue;
    const int count = words_in(from, to);
    bool drop = false;
    if (k == 0) {
      drop = within(count, limits.begin_min, limits.begin_max);
    } else if (k == commas.size()) {
      drop = within(count, limits.end_min, limits.end_max);
    } else {
      drop = within(count, limits.min, limits.max);
    }
    if (!drop) continue;
    for (size_t i = from; i < to; ++i) out[i] = true;
    if (k > 0) out[commas[k - 1]] = true;
  }
  return out;
}

}  // namespace newsgraph::code
