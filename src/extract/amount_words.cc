#include "extract/amount_words.h"

#include <fmt/core.h>

#include <charconv>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kPath = "extract/amount_words.tsv";

enum class ValueKind { kNone, kNumber, kCode };

struct KindSpec {
  std::string_view name;
  AmountWordKind kind;
  ValueKind value;
};

constexpr KindSpec kKinds[] = {
    {"number", AmountWordKind::kNumber, ValueKind::kNumber},
    {"scale", AmountWordKind::kScale, ValueKind::kNumber},
    {"plural_scale", AmountWordKind::kPluralScale, ValueKind::kNumber},
    {"fraction", AmountWordKind::kFraction, ValueKind::kNumber},
    {"percent", AmountWordKind::kPercent, ValueKind::kNone},
    {"currency", AmountWordKind::kCurrency, ValueKind::kCode},
    {"approximator", AmountWordKind::kApproximator, ValueKind::kCode},
    {"count_type", AmountWordKind::kCountType, ValueKind::kCode},
    {"not_before", AmountWordKind::kNotBefore, ValueKind::kNone},
};

std::string Key(AmountWordKind kind, std::string_view word) {
  std::string key(1, static_cast<char>('a' + static_cast<int>(kind)));
  key += word;
  return key;
}

// Lower case, single spaces, no more than kMaxPhraseWords words.
bool IsPhrase(std::string_view w) {
  if (w.empty() || w.front() == ' ' || w.back() == ' ') return false;
  size_t words = 1;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z') return false;
    if (w[i] == '\t') return false;
    if (w[i] == ' ') {
      if (w[i + 1] == ' ') return false;
      ++words;
    }
  }
  return words <= AmountWords::kMaxPhraseWords;
}

}  // namespace

Result<std::shared_ptr<const AmountWords>> AmountWords::Default() {
  static const auto* loaded = [] {
    auto data = EmbeddedData(kPath);
    return new Result<std::shared_ptr<const AmountWords>>(
        data.ok() ? Parse(*data, kPath)
                  : Result<std::shared_ptr<const AmountWords>>(data.status()));
  }();
  return *loaded;
}

Result<std::shared_ptr<const AmountWords>> AmountWords::Parse(std::string_view contents,
                                                              std::string_view name) {
  auto words = std::make_shared<AmountWords>();
  Status s =
      ReadTsv(name, contents, {"word", "kind", "value", "note"}, [&](const TsvRecord& r) -> Status {
        const std::string_view word = r.fields[0], kind = r.fields[1], value = r.fields[2];
        if (!IsPhrase(word)) {
          return TsvError(name, r.line,
                          fmt::format("\"{}\" is not a lower-case word or phrase of at most {} "
                                      "words",
                                      word, kMaxPhraseWords));
        }
        const KindSpec* spec = nullptr;
        for (const KindSpec& k : kKinds) {
          if (k.name == kind) spec = &k;
        }
        if (spec == nullptr)
          return TsvError(name, r.line, fmt::format("unknown kind \"{}\"", kind));
        AmountWord w;
        w.kind = spec->kind;
        if (spec->value == ValueKind::kNumber) {
          const auto [end, ec] =
              std::from_chars(value.data(), value.data() + value.size(), w.value);
          if (ec != std::errc() || end != value.data() + value.size() || !(w.value > 0)) {
            return TsvError(name, r.line,
                            fmt::format("{} value \"{}\" is not a positive number", kind, value));
          }
        } else if (spec->value == ValueKind::kCode) {
          if (value.empty()) return TsvError(name, r.line, fmt::format("{} needs a value", kind));
          w.code = std::string(value);
        } else if (!value.empty()) {
          return TsvError(name, r.line, fmt::format("{} takes no value, got \"{}\"", kind, value));
        }
        if (!words->words_.emplace(Key(spec->kind, word), std::move(w)).second) {
          return TsvError(name, r.line, fmt::format("\"{}\" listed twice as {}", word, kind));
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return std::shared_ptr<const AmountWords>(std::move(words));
}

const AmountWord* AmountWords::Find(std::string_view lower, AmountWordKind kind) const {
  auto it = words_.find(Key(kind, lower));
  return it == words_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::extract
