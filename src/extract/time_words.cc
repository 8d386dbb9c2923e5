#include "extract/time_words.h"

#include <fmt/core.h>

#include <charconv>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kPath = "time/time_words.tsv";

struct KindSpec {
  std::string_view name;
  TimeWordKind kind;
  // What the value column holds: a number in [low, high], one of `codes`,
  // or nothing (both empty).
  int low = 0, high = 0;
  std::vector<std::string_view> codes;
};

const std::vector<KindSpec>& Kinds() {
  static const std::vector<KindSpec> kinds = {
      {"month", TimeWordKind::kMonth, 1, 12, {}},
      {"weekday", TimeWordKind::kWeekday, 1, 7, {}},
      {"season", TimeWordKind::kSeason, 0, 0, {"SP", "SU", "FA", "WI"}},
      {"unit", TimeWordKind::kUnit, 0, 0, {"D", "W", "M", "Y", "DE", "CE"}},
      {"number", TimeWordKind::kNumber, 1, 1000, {"X"}},
      {"ordinal", TimeWordKind::kOrdinal, 1, 100, {}},
      {"deictic", TimeWordKind::kDeictic, -7, 7, {}},
      {"past", TimeWordKind::kPast, 0, 0, {}},
      {"next", TimeWordKind::kNext, 0, 0, {}},
      {"this", TimeWordKind::kThis, 0, 0, {}},
      {"part", TimeWordKind::kPart, 0, 0, {"start", "mid", "end"}},
  };
  return kinds;
}

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return false;
    if (c == ' ' || c == '\t') return false;
  }
  return true;
}

}  // namespace

Result<std::shared_ptr<const TimeWords>> TimeWords::Default() {
  static const auto* loaded = [] {
    auto data = EmbeddedData(kPath);
    return new Result<std::shared_ptr<const TimeWords>>(
        data.ok() ? Parse(*data, kPath) : Result<std::shared_ptr<const TimeWords>>(data.status()));
  }();
  return *loaded;
}

Result<std::shared_ptr<const TimeWords>> TimeWords::Parse(std::string_view contents,
                                                          std::string_view name) {
  auto words = std::make_shared<TimeWords>();
  Status s =
      ReadTsv(name, contents, {"word", "kind", "value", "note"}, [&](const TsvRecord& r) -> Status {
        const std::string_view word = r.fields[0], kind = r.fields[1], value = r.fields[2];
        if (!IsLowerWord(word)) {
          return TsvError(name, r.line, fmt::format("\"{}\" is not one lower-case word", word));
        }
        const KindSpec* spec = nullptr;
        for (const KindSpec& k : Kinds()) {
          if (k.name == kind) spec = &k;
        }
        if (spec == nullptr)
          return TsvError(name, r.line, fmt::format("unknown kind \"{}\"", kind));
        TimeWord w;
        w.kind = spec->kind;
        bool known = false;
        for (std::string_view code : spec->codes) known = known || code == value;
        if (known) {
          w.code = std::string(value);
          w.unstated = value == "X";
        } else if (spec->low != spec->high) {
          int n = 0;
          const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
          if (ec != std::errc() || end != value.data() + value.size() || n < spec->low ||
              n > spec->high) {
            return TsvError(name, r.line,
                            fmt::format("{} value \"{}\" is not a number in {}..{}", kind, value,
                                        spec->low, spec->high));
          }
          w.number = n;
        } else if (!value.empty() || !spec->codes.empty()) {
          return TsvError(name, r.line, fmt::format("bad {} value \"{}\"", kind, value));
        }
        if (!words->words_.emplace(std::string(word), std::move(w)).second) {
          return TsvError(name, r.line, fmt::format("\"{}\" listed twice", word));
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return std::shared_ptr<const TimeWords>(std::move(words));
}

const TimeWord* TimeWords::Find(std::string_view lower) const {
  auto it = words_.find(lower);
  return it == words_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::extract
