// Calendar arithmetic on days written as yyyymmdd integers (the form
// Document::date and the actor dictionaries use), and their ISO 8601 forms,
// for resolving temporal expressions against an article date.
//
// Thread-safety: pure functions.
#ifndef NEWSGRAPH_EXTRACT_CALENDAR_H_
#define NEWSGRAPH_EXTRACT_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>

namespace newsgraph::extract {

// yyyymmdd when the date exists on the proleptic Gregorian calendar.
std::optional<int32_t> MakeDay(int year, int month, int day);

inline int YearOf(int32_t day) { return day / 10000; }
inline int MonthOf(int32_t day) { return day / 100 % 100; }
inline int DayOf(int32_t day) { return day % 100; }

// REQUIRES: `day` is a valid yyyymmdd (MakeDay).
int32_t AddDays(int32_t day, int days);
int IsoWeekday(int32_t day);  // Monday = 1 ... Sunday = 7

// ISO 8601 forms: "2021-04-07", "2021-04", "2021", "2021-W14" (the ISO
// week-numbering year may differ from the calendar year near 1 January).
std::string IsoDay(int32_t day);
std::string IsoMonth(int year, int month);
std::string IsoYear(int year);
std::string IsoWeek(int32_t day);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_CALENDAR_H_
