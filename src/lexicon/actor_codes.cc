#include "lexicon/actor_codes.h"


namespace newsgraph::lexicon {

const DatedCode* CodeOn(const ActorEntry& entry, std::optional<int32_t> date) {
  const DatedCode* unrestricted = nullptr;
  const DatedCode* latest = nullptr;
  for (const DatedCode& c : entry.codes) {
    if (!c.restricted()) {
      if (unrestricted == nullptr) unrestricted = &c;
      continue;
    }
    if (date && c.HoldsOn(*date)) return &c;
    if (latest == nullptr || c.to > latest->to) latest = &c;
  }
  if (unrestricted != nullptr) return unrestricted;
  // Dated roles only: with a date none of them held, which PETRARCH codes as
  // the null code; without one, the most recent role is the best guess.
  return date ? nullptr : latest;
}

std::optional<int32_t> ParseIsoDay(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto number = [&](size_t at, size_t len) -> std::optional<int> {
    int v = 0;
    for (char c : iso.substr(at, len)) {
      if (c < '0' || c > '9') return std::nullopt;  // from_chars would take "-1"
      v = v * 10 + (c - '0');
    }
    return v;
  };
  auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  if (*d > kDays[*m - 1] || (*m == 2 && *d == 29 && !leap)) return std::nullopt;
  return *y * 10000 + *m * 100 + *d;
}

}  // namespace newsgraph::lexicon
