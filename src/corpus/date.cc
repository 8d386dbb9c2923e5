// Article-date validation for input metadata (reader.h: NormalizeDate).
#include <fmt/core.h>

#include <cctype>

#include "newsgraph/reader.h"

namespace newsgraph {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

// REQUIRES: AllDigits(s), s.size() <= 9 (no overflow).
int ParseDigits(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

Result<std::string> NormalizeDate(std::string_view value) {
  auto bad = [&](const char* why) {
    return Status::InvalidArgument(
        fmt::format("invalid date \"{}\": {} (expected YYYY-MM-DD)", value, why));
  };
  if (value.size() < 10) return bad("too short");
  std::string_view d = value.substr(0, 10);
  if (d[4] != '-' || d[7] != '-' || !AllDigits(d.substr(0, 4)) || !AllDigits(d.substr(5, 2)) ||
      !AllDigits(d.substr(8, 2))) {
    return bad("not in YYYY-MM-DD form");
  }
  if (value.size() > 10 && value[10] != 'T' && value[10] != ' ') {
    return bad("unexpected text after the date");
  }
  int year = ParseDigits(d.substr(0, 4));
  int month = ParseDigits(d.substr(5, 2));
  int day = ParseDigits(d.substr(8, 2));
  if (month < 1 || month > 12) return bad("month out of range");
  if (day < 1 || day > DaysInMonth(year, month)) return bad("day out of range");
  return std::string(d);
}

}  // namespace newsgraph
