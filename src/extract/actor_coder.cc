#include "extract/actor_coder.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

#include "lexicon/phrase_table.h"

namespace newsgraph::extract {
namespace {

using lexicon::PlaceKind;

// Words before a place that make it a location, not an actor.
const std::unordered_set<std::string>& LocativeWords() {
  static const std::unordered_set<std::string> words = {
      "in",     "at",      "to",     "from",   "into",    "near",    "across", "outside",
      "inside", "around",  "via",    "through", "visit",  "visits",  "visited", "visiting",
      "toward", "towards", "within", "throughout", "reached", "arrived", "left", "leaving"};
  return words;
}

std::string DayText(int32_t day) {
  return fmt::format("{:04}-{:02}-{:02}", day / 10000, day / 100 % 100, day % 100);
}

std::string DatesText(const lexicon::DatedCode& c) {
  if (!c.restricted()) return "undated";
  if (c.to == lexicon::kNoEnd) return "since " + DayText(c.from);
  if (c.from == lexicon::kNoStart) return "until " + DayText(c.to);
  return DayText(c.from) + ".." + DayText(c.to);
}

// IRQGOVMIL -> country IRQ, sector GOV, other MIL; IGOUNO -> sector IGO, other UNO.
void SplitCode(const EntityResources& r, const std::string& code, Actor* actor) {
  actor->code = code;
  size_t at = 0;
  if (code.size() >= 3 && !r.gazetteer.DisplayName(code.substr(0, 3)).empty()) {
    actor->country = code.substr(0, 3);
    at = 3;
  }
  for (; at + 3 <= code.size(); at += 3) {
    std::string part = code.substr(at, 3);
    if (!actor->sector) {
      actor->sector = part;
    } else if (std::find(actor->other_sectors.begin(), actor->other_sectors.end(), part) ==
               actor->other_sectors.end()) {
      actor->other_sectors.push_back(part);
    }
  }
}

void AddOtherSector(const std::string& sector, Actor* actor) {
  if (actor->sector == sector) return;
  if (!actor->sector) {
    actor->sector = sector;
    return;
  }
  if (std::find(actor->other_sectors.begin(), actor->other_sectors.end(), sector) ==
      actor->other_sectors.end()) {
    actor->other_sectors.push_back(sector);
  }
}

void CodeFromRoles(const EntityResources& r, Entity* e);

// With no article date: the listed position that one of the article's
// titles for the person names ("Prime Minister" -> "Prime Minister of
// Iraq"), else the latest one in the title's sector; null when none fits.
const lexicon::DatedCode* CodeForTitles(const lexicon::KnownActor& known,
                                        const std::vector<Role>& roles) {
  for (const Role& role : roles) {
    std::string title = lexicon::NormalizePhrase(role.title);
    for (size_t i = 0; i < known.entry.codes.size(); ++i) {
      std::string description = lexicon::NormalizePhrase(known.descriptions[i]);
      if (description.rfind(title, 0) == 0) return &known.entry.codes[i];
    }
  }
  for (const Role& role : roles) {
    const lexicon::DatedCode* found = nullptr;
    for (const lexicon::DatedCode& c : known.entry.codes) {
      if (c.code.size() >= 6 && c.code.compare(3, 3, role.sector) == 0) found = &c;
    }
    if (found != nullptr) return found;
  }
  return nullptr;
}

void CodeKnown(const EntityResources& r, std::optional<int32_t> date, const Cluster& cl,
               Entity* e) {
  const lexicon::ActorEntry& entry = cl.known->entry;
  const lexicon::DatedCode* code = date ? nullptr : CodeForTitles(*cl.known, e->roles);
  bool by_title = code != nullptr;
  if (code == nullptr) code = lexicon::CodeOn(entry, date);
  if (code == nullptr) {  // listed, but held no listed role on the article's date
    std::string why = fmt::format("{} {}: no listed role holds on {}", entry.origin, entry.name,
                                  DayText(date.value_or(0)));
    if (!e->roles.empty()) {
      CodeFromRoles(r, e);
      e->actor.reason += "; " + why;
    } else {
      e->actor.reason = std::move(why);
    }
    return;
  }
  SplitCode(r, code->code, &e->actor);
  size_t index = static_cast<size_t>(code - entry.codes.data());
  const std::string& description = cl.known->descriptions[index];
  if (!description.empty()) e->actor.description = description;
  e->actor.reason = fmt::format("{} {}: {} {}{}", entry.origin, entry.name, code->code,
                                DatesText(*code), date       ? fmt::format(", article dated {}", DayText(*date))
                                : by_title ? std::string(", article undated: the position its title names")
                                           : std::string(", article undated: the latest position"));
  if (!cl.known_via.empty()) e->actor.reason += "; " + cl.known_via;
  for (const Role& role : e->roles) AddOtherSector(role.sector, &e->actor);
}

void CodeFromRoles(const EntityResources& r, Entity* e) {
  const Role* lead = nullptr;
  for (const Role& role : e->roles) {
    if (role.country) {
      lead = &role;
      break;
    }
  }
  if (lead == nullptr) lead = &e->roles.front();
  if (lead->country) {
    SplitCode(r, *lead->country + lead->sector, &e->actor);
  } else {
    e->actor.sector = lead->sector;
  }
  e->actor.description = lead->title;
  for (const Role& role : e->roles) AddOtherSector(role.sector, &e->actor);
  e->actor.reason = fmt::format("title \"{}\" ({} -> {}){}", lead->title, lead->rule, lead->sector,
                                lead->country ? " held in " + *lead->country
                                              : std::string(" with no country stated"));
}

// A user dictionary's entry: PETRARCH's dated-code rule.
void CodeDictionary(const EntityResources& r, std::optional<int32_t> date,
                    const lexicon::ActorEntry& entry, Entity* e) {
  const lexicon::DatedCode* code = lexicon::CodeOn(entry, date);
  if (code == nullptr || !code->names_actor()) {
    e->actor.reason = fmt::format("{} {}: no code holds on {}", entry.origin, entry.name,
                                  DayText(date.value_or(0)));
    return;
  }
  SplitCode(r, code->code, &e->actor);
  e->actor.reason = fmt::format("{} {}: {} {}", entry.origin, entry.name, code->code,
                                DatesText(*code));
  for (const Role& role : e->roles) AddOtherSector(role.sector, &e->actor);
}

void CodePlace(const EntityResources& r, const Cluster& cl, const std::vector<Candidate>& cands,
               Entity* e) {
  const Candidate* first_place = nullptr;
  bool actor_use = false;
  for (size_t m : cl.members) {
    if (cands[m].place == nullptr) continue;
    if (first_place == nullptr) first_place = &cands[m];
    actor_use = actor_use || cands[m].actor_use;
  }
  if (first_place == nullptr) return;
  const lexicon::GazetteerEntry& p = *first_place->place;
  std::string source = fmt::format("gazetteer:{}:{}", p.source, p.text);
  if (p.kind == PlaceKind::kCapital && actor_use) {
    SplitCode(r, p.alpha3 + "GOV", &e->actor);
    e->actor.reason = fmt::format(
        "metonym: the capital {} stands for the government of {} ({}) -> {}GOV", p.text,
        p.alpha3, source, p.alpha3);
  } else {
    SplitCode(r, p.alpha3, &e->actor);
    e->actor.reason = fmt::format("{} {} ({}) -> {}",
                                  p.kind == PlaceKind::kDemonym ? "demonym" : "place", p.text,
                                  source, p.alpha3);
  }
  if (p.kind == PlaceKind::kDemonym) return;
  Place place;
  place.country = p.alpha3;
  if (p.kind == PlaceKind::kCapital || p.kind == PlaceKind::kCity) place.city = p.text;
  if (p.point) {  // a city's position; for a country its population centroid
    place.latitude = p.point->lat;
    place.longitude = p.point->lon;
  }
  e->place = std::move(place);
}

}  // namespace

void MarkMetonyms(const Document& doc, std::vector<Candidate>* candidates) {
  auto place_ending_at = [&](uint32_t sentence, size_t k) -> const Candidate* {
    for (const Candidate& o : *candidates) {
      if (o.sentence == sentence && o.place != nullptr && o.last == k) return &o;
    }
    return nullptr;
  };
  for (Candidate& c : *candidates) {
    if (c.place == nullptr || c.place->kind != PlaceKind::kCapital) continue;
    const std::vector<text::Token>& tokens = doc.tokens[c.sentence];
    // The word before the place decides, looking past a coordination of
    // places: "between Baghdad and Washington" (actor), "in Baghdad and
    // Washington" (places). Opening the sentence, "Washington said", is an actor.
    c.actor_use = true;
    size_t k = c.first;
    while (k > 0) {
      if (const Candidate* other = place_ending_at(c.sentence, k)) {
        k = other->first;
        continue;
      }
      std::string word = lexicon::TokenPhrase(doc.text(), tokens, k - 1, k, /*fold=*/true);
      if (word != "and" && word != "or" && word != ",") {
        c.actor_use = LocativeWords().count(word) == 0;
        break;
      }
      --k;
    }
  }
}

void CodeActor(const EntityResources& resources, std::optional<int32_t> date,
               const Cluster& cluster, const std::vector<Candidate>& candidates, Entity* entity) {
  const Candidate* group = nullptr;
  for (size_t m : cluster.members) {
    for (const Role& role : candidates[m].roles) entity->roles.push_back(role);
    if (candidates[m].group_role != nullptr && group == nullptr) group = &candidates[m];
  }
  std::sort(entity->roles.begin(), entity->roles.end(),
            [](const Role& a, const Role& b) { return a.span.start < b.span.start; });
  if (cluster.dictionary != nullptr) {
    CodeDictionary(resources, date, *cluster.dictionary, entity);
  } else if (cluster.known != nullptr) {
    CodeKnown(resources, date, cluster, entity);
  } else if (!entity->roles.empty()) {
    CodeFromRoles(resources, entity);
  } else if (group != nullptr) {
    SplitCode(resources, group->group_alpha3 + group->group_role->sector, &entity->actor);
    entity->actor.reason = fmt::format("group: {}", group->group_reason);
    if (group->group_role->kind == lexicon::RoleEntry::Kind::kTitle) {
      entity->actor.description = group->name;
    }
  } else {
    CodePlace(resources, cluster, candidates, entity);
  }
}

std::optional<std::string> FocusCountry(const std::vector<Entity>& entities) {
  std::map<std::string, std::pair<size_t, uint32_t>> counts;  // country -> (mentions, first start)
  for (const Entity& e : entities) {
    if (!e.actor.country) continue;
    auto [it, inserted] = counts.emplace(*e.actor.country, std::pair<size_t, uint32_t>{0, UINT32_MAX});
    it->second.first += e.mentions.size();
    for (const Mention& m : e.mentions) it->second.second = std::min(it->second.second, m.span.start);
  }
  std::optional<std::string> best;
  std::pair<size_t, uint32_t> best_score{0, 0};
  for (const auto& [country, score] : counts) {
    if (!best || score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = country;
      best_score = score;
    }
  }
  return best;
}

}  // namespace newsgraph::extract
