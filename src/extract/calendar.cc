#include "extract/calendar.h"

#include <fmt/core.h>

#include <chrono>

namespace newsgraph::extract {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

year_month_day Ymd(int32_t day) {
  return year_month_day{std::chrono::year{YearOf(day)},
                        std::chrono::month{static_cast<unsigned>(MonthOf(day))},
                        std::chrono::day{static_cast<unsigned>(DayOf(day))}};
}

int32_t FromYmd(const year_month_day& ymd) {
  return static_cast<int32_t>(static_cast<int>(ymd.year()) * 10000 +
                              static_cast<int>(static_cast<unsigned>(ymd.month())) * 100 +
                              static_cast<int>(static_cast<unsigned>(ymd.day())));
}

}  // namespace

std::optional<int32_t> MakeDay(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  const year_month_day ymd{std::chrono::year{year},
                           std::chrono::month{static_cast<unsigned>(month)},
                           std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return FromYmd(ymd);
}

int32_t AddDays(int32_t day, int days) {
  return FromYmd(year_month_day{sys_days{Ymd(day)} + std::chrono::days{days}});
}

int IsoWeekday(int32_t day) {
  return static_cast<int>(std::chrono::weekday{sys_days{Ymd(day)}}.iso_encoding());
}

std::string IsoDay(int32_t day) {
  return fmt::format("{:04d}-{:02d}-{:02d}", YearOf(day), MonthOf(day), DayOf(day));
}

std::string IsoMonth(int year, int month) { return fmt::format("{:04d}-{:02d}", year, month); }

std::string IsoYear(int year) { return fmt::format("{:04d}", year); }

std::string IsoWeek(int32_t day) {
  // The week belongs to the year of its Thursday; week 1 holds that
  // year's first Thursday.
  const int32_t thursday = AddDays(day, 4 - IsoWeekday(day));
  const sys_days start{year_month_day{std::chrono::year{YearOf(thursday)}, std::chrono::January,
                                      std::chrono::day{1}}};
  const int ordinal = static_cast<int>((sys_days{Ymd(thursday)} - start).count());
  return fmt::format("{:04d}-W{:02d}", YearOf(thursday), ordinal / 7 + 1);
}

}  // namespace newsgraph::extract
