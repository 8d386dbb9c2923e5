#include "lexicon/dictionary_syntax.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace newsgraph::lexicon::dict {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool IsSeparator(char c) { return c == '_' || c == '-' || IsBlank(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

void PushSeparator(std::string* key) {
  if (key->empty() || key->back() != ' ') key->push_back(' ');
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int32_t NextDay(int32_t date) {
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (day < DaysInMonth(year, month)) return date + 1;
  if (month < 12) return year * 10000 + (month + 1) * 100 + 1;
  return (year + 1) * 10000 + 101;
}

bool ParseDateOrSay(std::string_view s, int32_t* out, std::string* what) {
  auto d = ParseDate(s);
  if (!d) {
    *what = "bad date '" + std::string(s) + "' (want a YYMMDD or YYYYMMDD calendar day)";
    return false;
  }
  *out = *d;
  return true;
}

}  // namespace

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": no such file");
  std::ifstream in(path, std::ios::binary);
  contents->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in || in.bad()) return Status::IoError(path + ": cannot read");
  return Status::Ok();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool LineReader::Next(std::string_view* line, size_t* number) {
  if (done_ || rest_.empty()) return false;
  size_t end = rest_.find_first_of("\r\n");
  std::string_view text = rest_.substr(0, end);
  if (end == std::string_view::npos) {
    rest_ = {};
  } else {
    size_t skip = rest_[end] == '\r' && end + 1 < rest_.size() && rest_[end + 1] == '\n' ? 2 : 1;
    rest_.remove_prefix(end + skip);
  }
  ++number_;
  if (Trim(text) == "~FINISH") {
    done_ = true;
    return false;
  }
  *line = text;
  *number = number_;
  return true;
}

std::string_view StripComment(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.front() == '#' || line.front() == '/' || line.starts_with("<!")) {
    return {};
  }
  return Trim(line.substr(0, line.find_first_of("#;")));
}

bool IsWordByte(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

void AppendKey(std::string_view s, std::string* key) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (IsSeparator(c)) {
      PushSeparator(key);
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') {
      char c3 = s[i + 2];
      if (c3 == '\x98' || c3 == '\x99') {  // U+2018, U+2019 quotes
        key->push_back('\'');
        i += 2;
      } else if (c3 == '\x90' || c3 == '\x91') {  // U+2010, U+2011 hyphens
        PushSeparator(key);
        i += 2;
      } else {
        key->push_back(c);
      }
    } else {
      key->push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
  }
}

std::optional<PhraseKey> KeyOfPhrase(std::string_view written) {
  written = Trim(written);
  PhraseKey out;
  while (!written.empty() && written.back() == '_') {
    written.remove_suffix(1);
    out.whole_word = true;
  }
  out.key.reserve(written.size());
  AppendKey(written, &out.key);
  size_t first = out.key.find_first_not_of(' ');
  if (first == std::string::npos) return std::nullopt;
  out.key.erase(0, first);
  while (out.key.back() == ' ') out.key.pop_back();
  return out;
}

std::string DisplayName(std::string_view written) {
  written = Trim(written);
  while (!written.empty() && written.back() == '_') written.remove_suffix(1);
  std::string out(Trim(written));
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

bool SplitBlocks(std::string_view s, std::vector<std::string_view>* bodies, std::string* what) {
  bodies->clear();
  for (;;) {
    s = Trim(s);
    if (s.empty()) return true;
    if (s.front() != '[') {
      *what = "unexpected text '" + std::string(s.substr(0, 40)) + "' outside [...]";
      return false;
    }
    size_t close = s.find_first_of("]}");
    if (close == std::string_view::npos) {
      *what = "missing ']'";
      return false;
    }
    bodies->push_back(Trim(s.substr(1, close - 1)));
    s.remove_prefix(close + 1);
  }
}

std::optional<int32_t> ParseDate(std::string_view s) {
  if (!AllDigits(s) || (s.size() != 6 && s.size() != 8)) return std::nullopt;
  int32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  int year = v / 10000, month = v / 100 % 100, day = v % 100;
  if (s.size() == 6) year += year <= 30 ? 2000 : 1900;  // TABARI's pivot
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return year * 10000 + month * 100 + day;
}

bool IsCode(std::string_view code) {
  if (code == "---" || code == "+++" || code == "###") return true;
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return IsAsciiAlnum(c) || c == '/'; });
}

bool ParseDatedCode(std::string_view body, DatedCode* out, std::string* what) {
  body = Trim(body);
  size_t blank = body.find_first_of(" \t");
  std::string_view code = body.substr(0, blank);
  std::string_view rest = blank == std::string_view::npos ? "" : Trim(body.substr(blank));
  if (!IsCode(code)) {
    *what = code.empty() ? "no code in [...]" : "bad code '" + std::string(code) + "'";
    return false;
  }
  DatedCode c;
  c.code = std::string(code);
  if (rest.empty()) {
    // Unrestricted.
  } else if (rest.front() == '<') {
    if (!ParseDateOrSay(Trim(rest.substr(1)), &c.to, what)) return false;
    c.to = NextDay(c.to);  // inclusive, stored half-open (actor_codes.h)
  } else if (rest.front() == '>') {
    if (!ParseDateOrSay(Trim(rest.substr(1)), &c.from, what)) return false;
  } else if (size_t dash = rest.find('-'); dash != std::string_view::npos) {
    if (!ParseDateOrSay(Trim(rest.substr(0, dash)), &c.from, what) ||
        !ParseDateOrSay(Trim(rest.substr(dash + 1)), &c.to, what)) {
      return false;
    }
    if (c.from > c.to) {
      *what = "date range '" + std::string(rest) + "' ends before it starts";
      return false;
    }
    c.to = NextDay(c.to);  // inclusive: "040517-040517" is that one day
  } else if (!ParseDateOrSay(rest, &c.from, what)) {  // bare date: PETRARCH reads ">date"
    return false;
  }
  *out = std::move(c);
  return true;
}

std::string Problems::Origin(size_t line) const {
  return std::string(file_) + ":" + std::to_string(line);
}

Status Problems::Malformed(size_t line, std::string_view what) {
  std::string message = Origin(line) + ": " + std::string(what);
  if (!options_.skip_malformed) return Status::Corruption(std::move(message));
  if (warnings_ != nullptr) warnings_->push_back(std::move(message));
  return Status::Ok();
}

}  // namespace newsgraph::lexicon::dict
