#include "lexicon/gazetteer.h"

#include <fmt/core.h>

#include <algorithm>
#include <utility>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kCountriesPath = "gazetteer/countries.tsv";
constexpr std::string_view kAliasesPath = "gazetteer/aliases.tsv";

bool IsUpperCode(std::string_view s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// True when `s` has an upper-case ASCII letter and no lower-case one.
bool IsAllCaps(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

GazetteerEntry MakeEntry(std::string_view text, std::string alpha3, PlaceKind kind,
                         std::string_view source) {
  GazetteerEntry e;
  e.text = std::string(text);
  e.alpha3 = std::move(alpha3);
  e.kind = kind;
  e.source = std::string(source);
  return e;
}

std::optional<PlaceKind> ParseKind(std::string_view s) {
  if (s == "name" || s == "alias") return PlaceKind::kCountry;
  if (s == "demonym") return PlaceKind::kDemonym;
  if (s == "capital") return PlaceKind::kCapital;
  if (s == "block") return PlaceKind::kBlock;
  return std::nullopt;
}

}  // namespace

Result<Gazetteer> Gazetteer::LoadDefault() {
  GazetteerSources sources;
  for (auto [path, out] :
       {std::pair{kCountriesPath, &sources.countries}, std::pair{kAliasesPath, &sources.aliases},
        std::pair{std::string_view("gazetteer/cities.tsv"), &sources.cities},
        std::pair{std::string_view("gazetteer/country_points.tsv"), &sources.country_points},
        std::pair{std::string_view("gazetteer/city_aliases.tsv"), &sources.city_aliases},
        std::pair{std::string_view("gazetteer/city_stoplist.tsv"), &sources.city_stoplist}}) {
    auto data = EmbeddedData(path);
    if (!data.ok()) return data.status();
    *out = *data;
  }
  return Parse(sources);
}

Status Gazetteer::AddEntry(GazetteerEntry entry, std::string_view file, size_t line) {
  std::string key = NormalizePhrase(entry.text);
  if (key.empty()) return TsvError(file, line, "empty name");
  auto [it, inserted] = by_key_.emplace(key, entries_.size());
  if (!inserted) {
    const GazetteerEntry& first = entries_[it->second];
    if (first.alpha3 == entry.alpha3 && first.kind == entry.kind) return Status::Ok();
    return TsvError(file, line,
                    fmt::format("\"{}\" ({}) clashes with \"{}\" ({}) from {}", entry.text,
                                entry.alpha3.empty() ? "block" : entry.alpha3, first.text,
                                first.alpha3.empty() ? "block" : first.alpha3, first.source));
  }
  entry.exact_case = IsAllCaps(entry.text);
  table_.Add(std::move(key), static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
  return Status::Ok();
}

Result<Gazetteer> Gazetteer::Parse(std::string_view countries_tsv, std::string_view aliases_tsv) {
  GazetteerSources sources;
  sources.countries = countries_tsv;
  sources.aliases = aliases_tsv;
  return Parse(sources);
}

Result<Gazetteer> Gazetteer::Parse(const GazetteerSources& sources) {
  std::string_view countries_tsv = sources.countries;
  std::string_view aliases_tsv = sources.aliases;
  Gazetteer g;
  std::unordered_map<std::string, std::string> iso_display;
  Status s = ReadTsv(kCountriesPath, countries_tsv,
                     {"alpha3", "alpha2", "numeric", "name", "official_name", "common_name"},
                     [&](const TsvRecord& r) -> Status {
                       std::string alpha3(r.fields[0]);
                       if (!IsUpperCode(alpha3, 3))
                         return TsvError(kCountriesPath, r.line, "bad alpha3 code");
                       if (!IsUpperCode(r.fields[1], 2))
                         return TsvError(kCountriesPath, r.line, "bad alpha2 code");
                       if (r.fields[3].empty())
                         return TsvError(kCountriesPath, r.line, "empty name");
                       if (iso_display.count(alpha3) != 0) {
                         return TsvError(kCountriesPath, r.line, "duplicate alpha3 " + alpha3);
                       }
                       iso_display[alpha3] =
                           std::string(r.fields[5].empty() ? r.fields[3] : r.fields[5]);
                       for (size_t col : {3, 4, 5}) {
                         if (r.fields[col].empty()) continue;
                         NEWSGRAPH_RETURN_IF_ERROR(g.AddEntry(
                             MakeEntry(r.fields[col], alpha3, PlaceKind::kCountry, "countries.tsv"),
                             kCountriesPath, r.line));
                       }
                       return Status::Ok();
                     });
  if (!s.ok()) return s;

  s = ReadTsv(kAliasesPath, aliases_tsv, {"text", "alpha3", "kind", "note"},
              [&](const TsvRecord& r) -> Status {
                std::optional<PlaceKind> kind = ParseKind(r.fields[2]);
                if (!kind) {
                  return TsvError(kAliasesPath, r.line,
                                  fmt::format("unknown kind \"{}\" (name, alias, demonym, "
                                              "capital or block)",
                                              r.fields[2]));
                }
                std::string alpha3(r.fields[1]);
                if (*kind == PlaceKind::kBlock) {
                  if (alpha3 != "-")
                    return TsvError(kAliasesPath, r.line, "a block row has alpha3 \"-\"");
                  alpha3.clear();
                } else if (iso_display.count(alpha3) == 0) {
                  return TsvError(kAliasesPath, r.line,
                                  fmt::format("alpha3 \"{}\" is not in countries.tsv", alpha3));
                }
                if (r.fields[2] == "name") {
                  if (!g.display_.emplace(alpha3, std::string(r.fields[0])).second) {
                    return TsvError(kAliasesPath, r.line, "second \"name\" row for " + alpha3);
                  }
                }
                return g.AddEntry(MakeEntry(r.fields[0], alpha3, *kind, "aliases.tsv"),
                                  kAliasesPath, r.line);
              });
  if (!s.ok()) return s;
  for (auto& [alpha3, name] : iso_display) g.display_.emplace(alpha3, std::move(name));
  s = g.AddPlaces(sources);
  if (!s.ok()) return s;
  g.table_.Build();
  return g;
}

std::optional<Gazetteer::Match> Gazetteer::LongestMatch(std::string_view text,
                                                        std::span<const text::Token> tokens,
                                                        size_t begin) const {
  auto accept = [&](uint32_t value, size_t end) {
    const GazetteerEntry& e = entries_[value];
    if (e.exact_case) return TokenPhrase(text, tokens, begin, end, /*fold=*/false) == e.text;
    char first = text[tokens[begin].start];
    return !(first >= 'a' && first <= 'z');
  };
  auto m = table_.LongestMatch(text, tokens, begin, accept);
  if (!m) return std::nullopt;
  return Match{m->end, &entries_[m->value]};
}

std::string_view Gazetteer::DisplayName(std::string_view alpha3) const {
  auto it = display_.find(std::string(alpha3));
  return it == display_.end() ? std::string_view() : std::string_view(it->second);
}

std::optional<CountryPlace> Gazetteer::CountryPlaceOf(std::string_view alpha3) const {
  auto it = places_.find(std::string(alpha3));
  if (it == places_.end()) return std::nullopt;
  return it->second;
}

}  // namespace newsgraph::lexicon
