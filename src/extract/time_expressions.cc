#include "extract/time_expressions.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "extract/calendar.h"

namespace newsgraph::extract {
namespace {

// A sentence token split at hyphens and en dashes ("mid-2003" -> "mid" "-"
// "2003"), lower-cased, with its byte range.
struct Piece {
  std::string lower;
  uint32_t start = 0, end = 0;
  bool capitalised = false;
};

std::vector<Piece> SplitPieces(std::string_view text, std::span<const text::Token> tokens) {
  std::vector<Piece> pieces;
  auto add = [&](uint32_t start, uint32_t end) {
    if (start >= end) return;
    Piece p{std::string(text.substr(start, end - start)), start, end,
            text[start] >= 'A' && text[start] <= 'Z'};
    for (char& c : p.lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    pieces.push_back(std::move(p));
  };
  for (const text::Token& t : tokens) {
    if (t.start > t.end || t.end > text.size()) continue;
    uint32_t from = t.start;
    for (uint32_t i = t.start; i < t.end;) {
      const bool dash = text[i] == '-';
      const bool en_dash = text.substr(i, 3) == "\xE2\x80\x93";
      if ((dash || en_dash) && t.end - t.start > 1) {
        const uint32_t width = dash ? 1 : 3;
        add(from, i);
        add(i, i + width);
        i += width;
        from = i;
      } else {
        ++i;
      }
    }
    add(from, t.end);
  }
  return pieces;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// "2021-04-07" as yyyymmdd.
std::optional<int32_t> ParseIsoDayValue(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const std::string_view y = iso.substr(0, 4), m = iso.substr(5, 2), d = iso.substr(8, 2);
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return std::nullopt;
  return MakeDay(ToInt(y), ToInt(m), ToInt(d));
}

bool IsDash(std::string_view s) { return s == "-" || s == "\xE2\x80\x93"; }

// A matched expression before it is stored: pieces [begin, next).
struct Match {
  size_t next = 0;
  std::string value, resolution;
  bool relative = false;
  std::string modifier;
};

class Finder {
 public:
  Finder(std::vector<Piece> pieces, const TimeWords& words, std::optional<int32_t> reference)
      : p_(std::move(pieces)), words_(words), ref_(reference) {
    for (const Piece& piece : p_) {
      future_ = future_ || piece.lower == "will" || piece.lower == "shall" ||
                piece.lower == "'ll" || piece.lower == "wo";
    }
  }

  std::vector<FoundTime> Run() {
    std::vector<FoundTime> out;
    for (size_t i = 0; i < p_.size();) {
      std::optional<Match> m = Longest(i);
      if (!m || m->next <= i) {
        ++i;
        continue;
      }
      FoundTime t;
      t.start = p_[i].start;
      t.end = p_[m->next - 1].end;
      t.value = std::move(m->value);
      t.resolution = std::move(m->resolution);
      t.relative = m->relative;
      t.modifier = std::move(m->modifier);
      out.push_back(std::move(t));
      i = m->next;
    }
    return out;
  }

 private:
  // --- pieces ---
  const std::string& At(size_t i) const {
    static const std::string kNone;
    return i < p_.size() ? p_[i].lower : kNone;
  }
  const TimeWord* Word(size_t i, TimeWordKind kind) const {
    if (i >= p_.size()) return nullptr;
    const TimeWord* w = words_.Find(p_[i].lower);
    return w != nullptr && w->kind == kind ? w : nullptr;
  }
  bool Is(size_t i, std::string_view word) const { return i < p_.size() && p_[i].lower == word; }
  bool Glued(size_t i) const { return i > 0 && i < p_.size() && p_[i].start == p_[i - 1].end; }

  // A year written in four digits, 1000-2999.
  std::optional<int> Year(size_t i) const {
    if (i >= p_.size() || p_[i].lower.size() != 4 || !AllDigits(p_[i].lower)) return std::nullopt;
    const int y = ToInt(p_[i].lower);
    if (y < 1000 || y > 2999) return std::nullopt;
    return y;
  }
  // A day of the month: "7", "07", "7th", "21st".
  std::optional<int> MonthDay(size_t i, bool* suffixed = nullptr) const {
    const std::string& s = At(i);
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits == 0 || digits > 2) return std::nullopt;
    const std::string_view rest = std::string_view(s).substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") {
      return std::nullopt;
    }
    const int d = ToInt(std::string_view(s).substr(0, digits));
    if (d < 1 || d > 31) return std::nullopt;
    if (suffixed != nullptr) *suffixed = !rest.empty();
    return d;
  }
  // A count: digits or a number word; 0 for an unstated one ("several").
  std::optional<int> Count(size_t i) const {
    if (i < p_.size() && AllDigits(p_[i].lower) && p_[i].lower.size() <= 3) {
      const int n = ToInt(p_[i].lower);
      if (n > 0) return n;
      return std::nullopt;
    }
    const TimeWord* w = Word(i, TimeWordKind::kNumber);
    if (w == nullptr) return std::nullopt;
    return w->unstated ? 0 : w->number;
  }
  // A month name (callers decide when "May" and "March" are months).
  std::optional<int> Month(size_t i) const {
    const TimeWord* w = Word(i, TimeWordKind::kMonth);
    if (w == nullptr) return std::nullopt;
    return w->number;
  }
  // A unit word; `plural` set when written in the plural.
  const TimeWord* Unit(size_t i, bool* plural = nullptr) const {
    const TimeWord* w = Word(i, TimeWordKind::kUnit);
    if (w != nullptr && plural != nullptr) *plural = !At(i).empty() && At(i).back() == 's';
    return w;
  }

  // --- values ---
  Match Day(size_t next, int32_t day, bool relative) const {
    return {next, IsoDay(day), "day", relative, ""};
  }
  Match Unresolved(size_t next, std::string resolution) const {
    return {next, "", std::move(resolution), true, ""};
  }
  // The year in which month `m` (and day `d`, 0: any) falls nearest the
  // reference on the side the sentence speaks of.
  int NearestYear(int m, int d) const {
    const int ry = YearOf(*ref_), rm = MonthOf(*ref_), rd = DayOf(*ref_);
    const bool after = m > rm || (m == rm && d > rd);
    const bool before = m < rm || (m == rm && d != 0 && d < rd);
    if (future_) return before ? ry + 1 : ry;
    return after ? ry - 1 : ry;
  }
  static std::string Duration(int count, const std::string& unit) {
    std::string n = count == 0 ? "X" : std::to_string(count);
    if (unit == "DE" || unit == "CE") {
      const int years = unit == "DE" ? 10 : 100;
      n = count == 0 ? "X" : std::to_string(count * years);
      return "P" + n + "Y";
    }
    return "P" + n + unit;
  }
  static std::string ResolutionOf(const std::string& unit) {
    if (unit == "D") return "day";
    if (unit == "W") return "week";
    if (unit == "M") return "month";
    if (unit == "Y") return "year";
    return unit == "DE" ? "decade" : "century";
  }
  // The calendar unit (week, month, year, ...) holding `day`.
  static Match UnitOf(size_t next, const std::string& unit, int32_t day) {
    std::string value;
    if (unit == "D") {
      value = IsoDay(day);
    } else if (unit == "W") {
      value = IsoWeek(day);
    } else if (unit == "M") {
      value = IsoMonth(YearOf(day), MonthOf(day));
    } else if (unit == "Y") {
      value = IsoYear(YearOf(day));
    } else if (unit == "DE") {
      value = fmt::format("{:03d}X", YearOf(day) / 10);
    } else {
      value = fmt::format("{:02d}XX", YearOf(day) / 100);
    }
    return {next, std::move(value), ResolutionOf(unit), true, ""};
  }
  // `day` moved by `n` units (months keep the day within the month);
  // nullopt outside years 1-9999 ("999 centuries ago").
  static std::optional<int32_t> Shift(int32_t day, const std::string& unit, int n) {
    if (unit == "D" || unit == "W") {
      const int64_t days = static_cast<int64_t>(n) * (unit == "W" ? 7 : 1);
      if (days < -3'000'000 || days > 3'000'000) return std::nullopt;
      const int32_t shifted = AddDays(day, static_cast<int>(days));
      if (YearOf(shifted) < 1 || YearOf(shifted) > 9999) return std::nullopt;
      return shifted;
    }
    int64_t months = n;
    if (unit == "Y") months = 12LL * n;
    if (unit == "DE") months = 120LL * n;
    if (unit == "CE") months = 1200LL * n;
    const int64_t total = YearOf(day) * 12LL + (MonthOf(day) - 1) + months;
    if (total < 12 || total >= 10000 * 12) return std::nullopt;
    return MakeDay(static_cast<int>(total / 12), static_cast<int>(total % 12) + 1, 1);
  }

  std::optional<Match> Longest(size_t i) const {
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m) {
      if (m && (!best || m->next > best->next)) best = std::move(m);
    };
    consider(Range(i));
    consider(Point(i, /*standalone=*/true));
    consider(Span(i));
    return best;
  }

  // --- points ---
  std::optional<Match> Point(size_t i, bool standalone) const {
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m) {
      if (m && (!best || m->next > best->next)) best = std::move(m);
    };
    consider(IsoDate(i));
    consider(MonthFirst(i));
    consider(DayFirst(i));
    consider(SeasonOrPartOfYear(i));
    consider(Part(i));
    consider(Directed(i));
    consider(Ago(i));
    consider(Deictic(i));
    consider(Decade(i));
    consider(Weekday(i, standalone));
    consider(BareMonth(i, standalone));
    consider(BareYear(i, standalone));
    return best;
  }

  // 2021-04-07
  std::optional<Match> IsoDate(size_t i) const {
    auto y = Year(i);
    if (!y || !IsDash(At(i + 1)) || !IsDash(At(i + 3)) || !Glued(i + 1) || !Glued(i + 4)) {
      return std::nullopt;
    }
    if (At(i + 2).size() != 2 || At(i + 4).size() != 2 || !AllDigits(At(i + 2)) ||
        !AllDigits(At(i + 4))) {
      return std::nullopt;
    }
    auto day = MakeDay(*y, ToInt(At(i + 2)), ToInt(At(i + 4)));
    if (!day) return std::nullopt;
    return Day(i + 5, *day, false);
  }

  // April 7, 2021 / April 7 / April 2021 / April, 2021 / April of 2021
  std::optional<Match> MonthFirst(size_t i) const {
    auto m = Month(i);
    if (!m) return std::nullopt;
    if (i > 0 && MonthDay(i - 1)) return std::nullopt;  // "31 June 2005": no such day
    if (auto d = MonthDay(i + 1)) {
      size_t j = i + 2;
      if (Is(j, ",")) ++j;
      if (auto y = Year(j)) {
        if (auto day = MakeDay(*y, *m, *d)) return Day(j + 1, *day, false);
        return std::nullopt;
      }
      if (!ref_) return Unresolved(i + 2, "day");
      auto day = MakeDay(NearestYear(*m, *d), *m, *d);
      if (!day) return std::nullopt;
      return Day(i + 2, *day, true);
    }
    size_t j = i + 1;
    if (Is(j, ",") || Is(j, "of")) ++j;
    if (auto y = Year(j)) return Match{j + 1, IsoMonth(*y, *m), "month", false, ""};
    return std::nullopt;
  }

  // 7 April 2021 / the 7th of June / 7 April
  std::optional<Match> DayFirst(size_t i) const {
    size_t j = i;
    const bool the = Is(j, "the");
    if (the) ++j;
    bool suffixed = false;
    auto d = MonthDay(j, &suffixed);
    if (!d) return std::nullopt;
    size_t k = j + 1;
    if (Is(k, "of")) {
      if (!suffixed) return std::nullopt;
      ++k;
    }
    auto m = Month(k);
    if (!m) return std::nullopt;
    size_t after = k + 1;
    if (Is(after, ",") && Year(after + 1)) ++after;
    if (auto y = Year(after)) {
      if (auto day = MakeDay(*y, *m, *d)) return Day(after + 1, *day, false);
      return std::nullopt;
    }
    if (At(k) == "may" && !suffixed && !p_[k].capitalised) return std::nullopt;  // "5 may ..."
    if (!ref_) return Unresolved(k + 1, "day");
    auto day = MakeDay(NearestYear(*m, *d), *m, *d);
    if (!day) return std::nullopt;
    return Day(k + 1, *day, true);
  }

  // summer 2020 / the first quarter of 2021 / the second half of 2020
  std::optional<Match> SeasonOrPartOfYear(size_t i) const {
    if (const TimeWord* s = Word(i, TimeWordKind::kSeason)) {
      size_t j = i + 1;
      if (Is(j, "of")) ++j;
      if (auto y = Year(j))
        return Match{j + 1, fmt::format("{}-{}", *y, s->code), "season", false, ""};
      return std::nullopt;
    }
    size_t j = i;
    if (Is(j, "the")) ++j;
    const TimeWord* o = Word(j, TimeWordKind::kOrdinal);
    if (o == nullptr || (!Is(j + 1, "quarter") && !Is(j + 1, "half"))) return std::nullopt;
    const bool quarter = Is(j + 1, "quarter");
    if (o->number > (quarter ? 4 : 2)) return std::nullopt;
    size_t k = j + 2;
    if (Is(k, "of")) ++k;
    if (auto y = Year(k)) {
      return Match{k + 1, fmt::format("{}-{}{}", *y, quarter ? 'Q' : 'H', o->number),
                   quarter ? "quarter" : "half", false, ""};
    }
    return std::nullopt;
  }

  // early 2020 / mid-2003 / late June / the end of last year
  std::optional<Match> Part(size_t i) const {
    size_t j = i;
    const bool the = Is(j, "the");
    if (the) ++j;
    const TimeWord* part = Word(j, TimeWordKind::kPart);
    if (part == nullptr) return std::nullopt;
    size_t k = j + 1;
    if (IsDash(At(k))) ++k;
    if (Is(k, "of")) {
      ++k;
    } else if (the) {
      return std::nullopt;  // "the end" needs "of"
    } else if (At(j) == "end" || At(j) == "start" || At(j) == "beginning" || At(j) == "middle") {
      return std::nullopt;  // "end 2020" is not English
    }
    if (Is(k, "the") && Unit(k + 1) == nullptr) ++k;  // "the end of the 1990s"
    std::optional<Match> inner;
    if (Is(k, "the") && Unit(k + 1)) {
      // "the end of the year": this year
      if (!ref_) return Unresolved(k + 2, "year");
      inner = UnitOf(k + 2, Unit(k + 1)->code, *ref_);
    } else {
      inner = Point(k, /*standalone=*/false);
      if (!inner) {
        if (auto m = Month(k)) inner = MonthAlone(k + 1, *m);
      }
      if (!inner) {
        if (auto y = Year(k)) inner = Match{k + 1, IsoYear(*y), "year", false, ""};
      }
    }
    if (!inner) return std::nullopt;
    inner->modifier = part->code;
    return inner;
  }

  // last June / next Friday / this week / last summer / last year
  std::optional<Match> Directed(size_t i) const {
    int direction = 0;
    if (Word(i, TimeWordKind::kPast)) {
      direction = -1;
    } else if (Word(i, TimeWordKind::kNext)) {
      direction = 1;
    } else if (!Word(i, TimeWordKind::kThis)) {
      return std::nullopt;
    }
    if (At(i) == "past" || At(i) == "previous" || At(i) == "preceding" || At(i) == "following" ||
        At(i) == "coming") {
      // "the past year", "the coming months": spans, not calendar units
      if (Unit(i + 1)) return std::nullopt;
    }
    const size_t j = i + 1;
    if (auto m = Month(j)) {
      if (!ref_) return Unresolved(j + 1, "month");
      const int ry = YearOf(*ref_), rm = MonthOf(*ref_);
      int y = ry;
      if (direction < 0) y = *m < rm ? ry : ry - 1;
      if (direction > 0) y = *m > rm ? ry : ry + 1;
      return Match{j + 1, IsoMonth(y, *m), "month", true, ""};
    }
    if (const TimeWord* w = Word(j, TimeWordKind::kWeekday)) {
      if (!ref_) return Unresolved(j + 1, "day");
      const int today = IsoWeekday(*ref_);
      int shift = w->number - today;  // this week's
      if (direction < 0) shift = shift < 0 ? shift : shift - 7;
      if (direction > 0) shift = shift > 0 ? shift : shift + 7;
      return Day(j + 1, AddDays(*ref_, shift), true);
    }
    if (const TimeWord* s = Word(j, TimeWordKind::kSeason)) {
      if (!ref_) return Unresolved(j + 1, "season");
      static constexpr std::array<std::pair<std::string_view, int>, 4> kLastMonth = {
          {{"SP", 5}, {"SU", 8}, {"FA", 11}, {"WI", 2}}};
      int last_month = 12;
      for (const auto& [code, month] : kLastMonth) {
        if (code == s->code) last_month = month;
      }
      const int ry = YearOf(*ref_), rm = MonthOf(*ref_);
      int y = ry;
      if (direction < 0) y = last_month < rm ? ry : ry - 1;
      if (direction > 0) y = last_month > rm ? ry : ry + 1;
      return Match{j + 1, fmt::format("{}-{}", y, s->code), "season", true, ""};
    }
    if (Is(j, "night") && direction < 0) {
      if (!ref_) return Unresolved(j + 1, "day");
      return Day(j + 1, AddDays(*ref_, -1), true);
    }
    if ((Is(j, "morning") || Is(j, "afternoon") || Is(j, "evening")) && direction == 0) {
      if (!ref_) return Unresolved(j + 1, "day");
      return Day(j + 1, *ref_, true);
    }
    bool plural = false;
    const TimeWord* unit = Unit(j, &plural);
    if (unit == nullptr || plural) return std::nullopt;
    if (!ref_) return Unresolved(j + 1, ResolutionOf(unit->code));
    const auto shifted = Shift(*ref_, unit->code, direction);
    if (!shifted) return std::nullopt;
    return UnitOf(j + 1, unit->code, *shifted);
  }

  // two days ago / a year ago / a couple of days ago
  std::optional<Match> Ago(size_t i) const {
    size_t k = i;
    if (Is(k, "a") && Is(k + 1, "couple")) ++k;
    auto n = Count(k);
    if (!n || *n == 0) return std::nullopt;
    ++k;
    if (Is(k, "of") && At(k - 1) == "couple") ++k;
    const TimeWord* unit = Unit(k);
    if (unit == nullptr || !Is(k + 1, "ago")) return std::nullopt;
    if (!ref_) return Unresolved(k + 2, ResolutionOf(unit->code));
    const auto shifted = Shift(*ref_, unit->code, -*n);
    if (!shifted) return std::nullopt;
    return UnitOf(k + 2, unit->code, *shifted);
  }

  // yesterday / today / tomorrow
  std::optional<Match> Deictic(size_t i) const {
    const TimeWord* w = Word(i, TimeWordKind::kDeictic);
    if (w == nullptr) return std::nullopt;
    if (!ref_) return Unresolved(i + 1, "day");
    return Day(i + 1, AddDays(*ref_, w->number), true);
  }

  // the 1990s
  std::optional<Match> Decade(size_t i) const {
    size_t j = i;
    if (Is(j, "the")) ++j;
    const std::string& s = At(j);
    if (s.size() != 5 || s.back() != 's' || !AllDigits(s.substr(0, 4)) || s[3] != '0') {
      return std::nullopt;
    }
    return Match{j + 1, s.substr(0, 3) + "X", "decade", false, ""};
  }

  // (on) Wednesday, Monday's, Friday morning: the nearest one on the
  // sentence's side of the article date. Not "the Sunday Times".
  std::optional<Match> Weekday(size_t i, bool standalone) const {
    const TimeWord* w = Word(i, TimeWordKind::kWeekday);
    if (w == nullptr) return std::nullopt;
    if (standalone) {
      static constexpr std::array<std::string_view, 11> kBefore = {
          "on",     "by",    "until", "till",  "since",  "from",
          "before", "after", "late",  "early", "through"};
      const bool marked =
          (i > 0 && std::find(kBefore.begin(), kBefore.end(), At(i - 1)) != kBefore.end()) ||
          Is(i + 1, "'s") || Is(i + 1, "\xE2\x80\x99s") || Is(i + 1, "morning") ||
          Is(i + 1, "afternoon") || Is(i + 1, "evening") || Is(i + 1, "night");
      if (!marked) return std::nullopt;
    }
    if (!ref_) return Unresolved(i + 1, "day");
    int shift = w->number - IsoWeekday(*ref_);
    if (future_ && shift < 0) shift += 7;
    if (!future_ && shift > 0) shift -= 7;
    return Day(i + 1, AddDays(*ref_, shift), true);
  }

  Match MonthAlone(size_t next, int m) const {
    if (!ref_) return Unresolved(next, "month");
    return Match{next, IsoMonth(NearestYear(m, 0), m), "month", true, ""};
  }

  // (in) June: alone, only after a preposition of time ("a march", "it
  // may")
  std::optional<Match> BareMonth(size_t i, bool standalone) const {
    auto m = Month(i);
    if (!m) return std::nullopt;
    if (standalone && !AfterTimePreposition(i)) return std::nullopt;
    return MonthAlone(i + 1, *m);
  }

  // (in) 2014: a year alone after a preposition of time only ("2014
  // soldiers" is a count)
  std::optional<Match> BareYear(size_t i, bool standalone) const {
    auto y = Year(i);
    if (!y) return std::nullopt;
    if (standalone && !AfterTimePreposition(i)) return std::nullopt;
    if (Is(i + 1, "%")) return std::nullopt;
    return Match{i + 1, IsoYear(*y), "year", false, ""};
  }

  bool AfterTimePreposition(size_t i) const {
    if (i == 0) return false;
    static constexpr std::array<std::string_view, 15> kPrepositions = {
        "in",   "since",      "by",     "until", "till",    "before", "after", "during",
        "from", "throughout", "around", "circa", "through", "of",     "fiscal"};
    const std::string& before = At(i - 1);
    if (before == "of") return i >= 2 && Month(i - 2).has_value();
    return std::find(kPrepositions.begin(), kPrepositions.end(), before) != kPrepositions.end();
  }

  // --- ranges ---
  std::optional<Match> Range(size_t i) const {
    if (Is(i, "since")) {
      auto from = Point(i + 1, /*standalone=*/false);
      if (!from) return std::nullopt;
      Match m{from->next, "", "range", true, ""};
      if (ref_ && !from->value.empty()) m.value = from->value + "/" + IsoDay(*ref_);
      return m;
    }
    if (Is(i, "from") || Is(i, "between")) {
      auto a = Point(i + 1, /*standalone=*/false);
      if (!a) return std::nullopt;
      const std::string& link = At(a->next);
      const bool linked = Is(i, "from") ? (link == "to" || link == "until" || link == "till" ||
                                           link == "through" || IsDash(link))
                                        : link == "and";
      if (!linked) return std::nullopt;
      auto b = Point(a->next + 1, /*standalone=*/false);
      if (!b) {
        if (auto m = Month(a->next + 1)) b = MonthAlone(a->next + 2, *m);
      }
      if (!b) return std::nullopt;
      if (a->resolution == "day" && b->resolution == "day" && b->relative && b->value < a->value) {
        // "from Monday to Friday": the range's end follows its start
        if (auto end = ParseIsoDayValue(b->value)) b->value = IsoDay(AddDays(*end, 7));
      }
      Match m{b->next, "", "range", a->relative || b->relative, ""};
      if (!a->value.empty() && !b->value.empty()) m.value = a->value + "/" + b->value;
      return m;
    }
    // 2010-2014 ("from 2010 to 2014" is above); not "2000-2500 troops"
    if (auto a = Year(i)) {
      if (!IsDash(At(i + 1))) return std::nullopt;
      auto b = Year(i + 2);
      if (!b || *a < 1900 || *b <= *a || *b - *a > 50) return std::nullopt;
      return Match{i + 3, fmt::format("{}/{}", *a, *b), "range", false, ""};
    }
    return std::nullopt;
  }

  // the past months / the last three years / recent weeks / the coming
  // days / for three years
  std::optional<Match> Span(size_t i) const {
    if (Is(i, "for")) {
      auto n = Count(i + 1);
      bool plural = false;
      const TimeWord* unit = Unit(i + 2, &plural);
      if (!n || unit == nullptr || (*n > 1 && !plural)) return std::nullopt;
      return Match{i + 3, Duration(*n, unit->code), "duration", false, ""};
    }
    size_t j = i;
    if (Is(j, "the")) ++j;
    int direction = 0;
    if (Word(j, TimeWordKind::kPast)) {
      direction = -1;
    } else if (Word(j, TimeWordKind::kNext)) {
      direction = 1;
    } else if (!Is(j, "recent")) {
      return std::nullopt;
    }
    if (Is(j, "recent")) direction = -1;
    size_t k = j + 1;
    int count = 1;
    bool counted = false;
    if (auto n = Count(k)) {  // "few", "several": 0, unstated
      if (At(k) == "a" || At(k) == "an") return std::nullopt;
      count = *n;
      counted = true;
      ++k;
    }
    bool plural = false;
    const TimeWord* unit = Unit(k, &plural);
    if (unit == nullptr) return std::nullopt;
    if (!plural && (counted || At(j) == "last" || At(j) == "next")) {
      return std::nullopt;  // "last year" is a calendar year (Directed)
    }
    if (plural && !counted) count = 0;  // "the past months": how many is not said
    Match m{k + 1, "", "range", true, ""};
    if (ref_) {
      const std::string d = Duration(count, unit->code), r = IsoDay(*ref_);
      m.value = direction < 0 ? d + "/" + r : r + "/" + d;
    }
    return m;
  }

  std::vector<Piece> p_;
  const TimeWords& words_;
  std::optional<int32_t> ref_;
  bool future_ = false;
};

}  // namespace

std::vector<FoundTime> FindTimeExpressions(std::string_view text,
                                           std::span<const text::Token> tokens,
                                           const TimeWords& words,
                                           std::optional<int32_t> reference) {
  return Finder(SplitPieces(text, tokens), words, reference).Run();
}

}  // namespace newsgraph::extract
