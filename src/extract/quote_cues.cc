#include "extract/quote_cues.h"

#include <fmt/core.h>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kPath = "extract/quote_cues.tsv";

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  }
  return true;
}

}  // namespace

Result<std::shared_ptr<const QuoteCues>> QuoteCues::Default() {
  static const auto* loaded = [] {
    auto data = EmbeddedData(kPath);
    return new Result<std::shared_ptr<const QuoteCues>>(
        data.ok() ? Parse(*data, kPath) : Result<std::shared_ptr<const QuoteCues>>(data.status()));
  }();
  return *loaded;
}

Result<std::shared_ptr<const QuoteCues>> QuoteCues::Parse(std::string_view contents,
                                                          std::string_view name) {
  auto cues = std::make_shared<QuoteCues>();
  Status s = ReadTsv(name, contents, {"lemma", "kind", "note"}, [&](const TsvRecord& r) -> Status {
    const std::string_view lemma = r.fields[0], kind = r.fields[1];
    if (!IsLowerWord(lemma)) {
      return TsvError(name, r.line, fmt::format("\"{}\" is not one lower-case word", lemma));
    }
    QuoteCueKind k;
    if (kind == "speech") {
      k = QuoteCueKind::kSpeech;
    } else if (kind == "direct") {
      k = QuoteCueKind::kDirect;
    } else {
      return TsvError(name, r.line, fmt::format("unknown kind \"{}\"", kind));
    }
    if (!cues->cues_.emplace(std::string(lemma), k).second) {
      return TsvError(name, r.line, fmt::format("\"{}\" listed twice", lemma));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return std::shared_ptr<const QuoteCues>(std::move(cues));
}

const QuoteCueKind* QuoteCues::Find(std::string_view lemma) const {
  auto it = cues_.find(lemma);
  return it == cues_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::extract
