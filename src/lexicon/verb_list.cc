#include "lexicon/verb_list.h"

#include <fmt/core.h>

#include <algorithm>
#include <unordered_set>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kPath = "cameo/baseline_verbs.tsv";

}  // namespace

Result<VerbList> VerbList::LoadDefault() {
  auto data = EmbeddedData(kPath);
  if (!data.ok()) return data.status();
  return Parse(kPath, *data);
}

Result<VerbList> VerbList::Parse(std::string_view name, std::string_view tsv) {
  VerbList list;
  list.name_ = std::string(name);
  std::unordered_set<std::string> seen;
  Status s = ReadTsv(name, tsv, {"form", "code"}, [&](const TsvRecord& r) -> Status {
    std::string key = NormalizePhrase(r.fields[0]);
    if (key.empty()) return TsvError(name, r.line, "empty form");
    if (key != r.fields[0]) {
      return TsvError(
          name, r.line,
          fmt::format("form \"{}\" must be lower case with single spaces", r.fields[0]));
    }
    std::string_view code = r.fields[1];
    if (QuadClassOf(code) == 0 || code.size() > 4 ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return TsvError(name, r.line, fmt::format("bad CAMEO code \"{}\"", code));
    }
    if (!seen.insert(key).second) {
      return TsvError(name, r.line, fmt::format("form \"{}\" listed twice", key));
    }
    list.table_.Add(key, static_cast<uint32_t>(list.entries_.size()));
    list.entries_.push_back({std::move(key), std::string(code)});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  list.table_.Build();
  return list;
}

Status VerbList::CheckCodes(const CameoTable& table) const {
  for (const VerbEntry& e : entries_) {
    if (table.Find(e.code) == nullptr) {
      return Status::Corruption(
          fmt::format("{}: form \"{}\" has CAMEO code {}, which the CAMEO table does not define",
                      name_, e.form, e.code));
    }
  }
  return Status::Ok();
}

std::optional<VerbList::Match> VerbList::LongestMatch(std::string_view text,
                                                      std::span<const text::Token> tokens,
                                                      size_t begin) const {
  auto m = table_.LongestMatch(text, tokens, begin, [](uint32_t, size_t) { return true; });
  if (!m) return std::nullopt;
  return Match{m->end, &entries_[m->value]};
}

}  // namespace newsgraph::lexicon
