#include "lexicon/role_table.h"

#include <fmt/core.h>

#include <algorithm>
#include <unordered_set>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kPath = "actors/roles.tsv";
constexpr size_t kMaxHyphenGaps = 8;  // 256 keys at most per phrase

bool IsSector(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Result<RoleTable> RoleTable::LoadDefault() {
  auto data = EmbeddedData(kPath);
  if (!data.ok()) return data.status();
  return Parse(kPath, *data);
}

Result<RoleTable> RoleTable::Parse(std::string_view name, std::string_view tsv) {
  RoleTable roles;
  std::unordered_set<std::string> seen;
  Status s = ReadTsv(name, tsv, {"phrase", "sector", "kind", "note"}, [&](const TsvRecord& r) -> Status {
    RoleEntry e;
    e.phrase = NormalizePhrase(r.fields[0]);
    if (e.phrase.empty()) return TsvError(name, r.line, "empty phrase");
    if (!seen.insert(e.phrase).second) {
      return TsvError(name, r.line, fmt::format("\"{}\" listed twice", r.fields[0]));
    }
    if (!IsSector(r.fields[1])) {
      return TsvError(name, r.line, fmt::format("\"{}\" is not a 3-letter sector code", r.fields[1]));
    }
    e.sector = std::string(r.fields[1]);
    if (r.fields[2] == "title") {
      e.kind = RoleEntry::Kind::kTitle;
    } else if (r.fields[2] == "group") {
      e.kind = RoleEntry::Kind::kGroup;
    } else {
      return TsvError(name, r.line, fmt::format("kind \"{}\" is neither title nor group", r.fields[2]));
    }
    e.origin = fmt::format("{}:{}", name, r.line);
    roles.AddEntry(std::move(e));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  roles.Build();
  return roles;
}

void RoleTable::AddEntry(RoleEntry entry) {
  auto index = static_cast<uint32_t>(entries_.size());
  // Every mix of spaces and hyphens between the words: "Commander-in-Chief
  // of the Armed Forces" is written both ways within one phrase.
  std::vector<size_t> gaps;
  for (size_t i = 0; i < entry.phrase.size(); ++i) {
    if (entry.phrase[i] == ' ') gaps.push_back(i);
  }
  if (gaps.size() > kMaxHyphenGaps) gaps.resize(kMaxHyphenGaps);
  for (uint32_t mask = 0; mask < (1u << gaps.size()); ++mask) {
    std::string key = entry.phrase;
    for (size_t g = 0; g < gaps.size(); ++g) {
      if ((mask >> g) & 1u) key[gaps[g]] = '-';
    }
    table_.Add(std::move(key), index);
  }
  by_phrase_.emplace(entry.phrase, entries_.size());
  entries_.push_back(std::move(entry));
}

const RoleEntry* RoleTable::Find(std::string_view phrase) const {
  auto it = by_phrase_.find(NormalizePhrase(phrase));
  return it == by_phrase_.end() ? nullptr : &entries_[it->second];
}

void RoleTable::Build() { table_.Build(); }

std::optional<RoleTable::Match> RoleTable::LongestMatch(std::string_view text,
                                                        std::span<const text::Token> tokens,
                                                        size_t begin) const {
  auto m = table_.LongestMatch(text, tokens, begin, [](uint32_t, size_t) { return true; });
  if (!m) return std::nullopt;
  return Match{m->end, &entries_[m->value]};
}

}  // namespace newsgraph::lexicon
