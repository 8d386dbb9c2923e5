#include "lexicon/actor_table.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kPeople = "actors/people.tsv";
constexpr std::string_view kOrganizations = "actors/organizations.tsv";

bool HasLower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsCode(std::string_view s) {
  return s.size() >= 3 && s.size() % 3 == 0 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "" -> fallback; "2021-01-26" -> 20210126; anything else -> nullopt.
std::optional<int32_t> DateField(std::string_view field, int32_t fallback) {
  if (field.empty()) return fallback;
  if (field.size() != 10) return std::nullopt;
  return ParseIsoDay(field);
}

}  // namespace

Result<ActorTable> ActorTable::LoadDefault(const NameKeyRules& rules) {
  ActorTable table;
  for (auto [path, type] : {std::pair{kPeople, "PERSON"}, std::pair{kOrganizations, "ORG"}}) {
    auto data = EmbeddedData(path);
    if (!data.ok()) return data.status();
    NEWSGRAPH_RETURN_IF_ERROR(table.Add(path, *data, type, rules));
  }
  NEWSGRAPH_RETURN_IF_ERROR(table.Build());
  return table;
}

Status ActorTable::Add(std::string_view name, std::string_view tsv, std::string_view type,
                       const NameKeyRules& rules) {
  std::unordered_map<std::string, size_t> local;  // file key -> actor, this file only
  return ReadTsv(
      name, tsv, {"key", "kind", "value", "from", "to", "note"},
      [&](const TsvRecord& r) -> Status {
        std::string_view key = r.fields[0], kind = r.fields[1], value = r.fields[2];
        if (key.empty() || value.empty()) return TsvError(name, r.line, "empty key or value");
        if (kind == "name") {
          if (local.count(std::string(key)) != 0 || by_key_id_.count(std::string(key)) != 0) {
            return TsvError(name, r.line, fmt::format("key \"{}\" has a second name row", key));
          }
          KnownActor a;
          a.entry.name = std::string(value);
          a.entry.origin = fmt::format("{}:{}", name, r.line);
          a.type = std::string(type);
          local.emplace(key, actors_.size());
          by_key_id_.emplace(key, actors_.size());
          actors_.push_back(std::move(a));
        }
        auto it = local.find(std::string(key));
        if (it == local.end()) {
          return TsvError(name, r.line, fmt::format("key \"{}\" has no name row before it", key));
        }
        KnownActor& actor = actors_[it->second];
        if (kind == "name" || kind == "variant") {
          if (!r.fields[3].empty() || !r.fields[4].empty()) {
            return TsvError(name, r.line, "only code rows have dates");
          }
          std::string phrase = NormalizePhrase(value);
          auto [at, inserted] = actor_by_phrase_.emplace(phrase, it->second);
          if (!inserted && at->second != it->second) {
            return TsvError(name, r.line,
                            fmt::format("\"{}\" already names {}", value,
                                        actors_[at->second].entry.name));
          }
          if (!inserted) return Status::Ok();
          table_.Add(phrase, static_cast<uint32_t>(forms_.size()));
          forms_.push_back({it->second, !HasLower(value), value[0] >= 'a' && value[0] <= 'z'});
          std::string name_key = rules.Key(value);
          if (type == "PERSON" && name_key.find(' ') != std::string::npos) {
            person_by_name_key_.emplace(std::move(name_key), it->second);
          }
          return Status::Ok();
        }
        if (kind != "code") {
          return TsvError(name, r.line,
                          fmt::format("kind \"{}\" is not name, variant or code", kind));
        }
        if (!IsCode(value)) {
          return TsvError(name, r.line,
                          fmt::format("\"{}\" is not a code of 3-letter parts", value));
        }
        auto from = DateField(r.fields[3], kNoStart);
        auto to = DateField(r.fields[4], kNoEnd);
        if (!from || !to) return TsvError(name, r.line, "dates must be yyyy-mm-dd or empty");
        if (*from >= *to) return TsvError(name, r.line, "`from` must be before `to`");
        actor.entry.codes.push_back({std::string(value), *from, *to});
        actor.descriptions.emplace_back(r.fields[5]);
        return Status::Ok();
      });
}

Status ActorTable::Build() {
  for (const KnownActor& a : actors_) {
    if (a.entry.codes.empty()) {
      return Status::Corruption(fmt::format("{}: {} has no code row", a.entry.origin, a.entry.name));
    }
  }
  table_.Build();
  return Status::Ok();
}

std::optional<ActorTable::Match> ActorTable::LongestMatch(std::string_view text,
                                                          std::span<const text::Token> tokens,
                                                          size_t begin) const {
  auto m = table_.LongestMatch(text, tokens, begin, [&](uint32_t value, size_t end) {
    const Form& f = forms_[value];
    if (f.exact_case) {
      // The text must not have lower-case letters where the name has none.
      std::string_view slice = text.substr(tokens[begin].start, tokens[end - 1].end - tokens[begin].start);
      return !HasLower(slice);
    }
    // A form written in lower case in the file ("coalition forces") matches
    // any case; one written with a capital needs a capital in the text.
    if (f.any_case) return true;
    char first = text[tokens[begin].start];
    return first >= 'A' && first <= 'Z';
  });
  if (!m) return std::nullopt;
  return Match{m->end, &actors_[forms_[m->value].actor]};
}

const KnownActor* ActorTable::FindPerson(std::string_view name_key) const {
  auto it = person_by_name_key_.find(std::string(name_key));
  return it == person_by_name_key_.end() ? nullptr : &actors_[it->second];
}

}  // namespace newsgraph::lexicon
