// Recognisers for credit lines (paragraph_flags.h: IsSocialMediaCredit,
// IsPhotoCredit). Hand-written scanners: the patterns are short and fixed,
// and these run on every paragraph.
#include <array>
#include <cctype>
#include <string>

#include "text/paragraph_flags.h"

namespace newsgraph::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "April 7, 2021" (the whole of `s`, allowing surrounding spaces).
bool IsTweetDate(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  for (std::string_view month : kMonths) {
    if (!s.starts_with(month) || s.size() <= month.size() || s[month.size()] != ' ') continue;
    std::string_view rest = s.substr(month.size() + 1);
    size_t digits = 0;
    while (digits < rest.size() && IsDigit(rest[digits])) ++digits;
    if (digits < 1 || digits > 2 || !rest.substr(digits).starts_with(", ")) return false;
    std::string_view year = rest.substr(digits + 2);
    return year.size() == 4 && IsDigit(year[0]) && IsDigit(year[1]) && IsDigit(year[2]) &&
           IsDigit(year[3]);
  }
  return false;
}

bool StartsWithDash(std::string_view p) {
  return p.starts_with("- ") || p.starts_with("\xE2\x80\x94") /* — */ ||
         p.starts_with("\xE2\x80\x93") /* – */;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool IsSocialMediaCredit(std::string_view p) {
  if (p.size() > 300 || p.find('\n') != std::string_view::npos) return false;
  if (!StartsWithDash(p)) return false;
  size_t handle = p.rfind("(@");
  if (handle == std::string_view::npos) return false;
  size_t close = p.find(')', handle);
  if (close == std::string_view::npos || close - handle < 3 || close - handle > 18) return false;
  for (size_t i = handle + 2; i < close; ++i) {
    char c = p[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return IsTweetDate(p.substr(close + 1));
}

bool IsPhotoCredit(std::string_view p) {
  if (p.size() > 160 || p.find('\n') != std::string_view::npos) return false;
  static constexpr std::string_view kPrefixes[] = {
      "photo:", "photo by ", "photo credit", "photograph:", "photographs:", "image:",
      "image credit", "picture:", "pictures:", "credit:", "file photo", "(photo:"};
  for (std::string_view prefix : kPrefixes) {
    if (StartsWithNoCase(p, prefix)) return true;
  }
  return false;
}

}  // namespace newsgraph::text
