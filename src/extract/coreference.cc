#include "extract/coreference.h"

#include <fmt/core.h>

#include <algorithm>
#include <unordered_map>

#include "extract/name_tokens.h"
#include "extract/titles.h"
#include "lexicon/phrase_table.h"

namespace newsgraph::extract {
namespace {

bool PersonLike(const Candidate& c) { return MayBePerson(c); }

bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 6) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Popular Mobilization Forces" -> "PMF"; function words are skipped.
std::string Initials(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find_first_of(" -", i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view word = name.substr(i, j - i);
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && !IsNameConnector(word)) {
      out.push_back(word[0]);
    }
    i = j + 1;
  }
  return out;
}

class Linker {
 public:
  Linker(const EntityResources& r, const Document& doc, std::vector<Candidate>* candidates)
      : r_(r), doc_(doc), c_(*candidates) {}

  std::vector<Cluster> Run(const std::vector<RoleSpan>& roles) {
    for (const Candidate& c : c_) AddNameKeys(c.name);
    std::vector<size_t> singles;
    for (size_t i = 0; i < c_.size(); ++i) {
      Candidate& c = c_[i];
      if (PersonLike(c) && c.known == nullptr && !IsMultiWord(i)) {
        singles.push_back(i);
        continue;
      }
      Join(i, KeyOf(i));
    }
    for (size_t i : singles) LinkSingle(i);
    AddTitleMentions(roles);
    return Finish();
  }

 private:
  // Transliteration keys are computed once per candidate (name_key_[i],
  // surname_key_[i]); a person name has two or more words in its key.
  void AddNameKeys(std::string_view name) {
    name_key_.push_back(r_.name_keys.Key(name));
    surname_key_.push_back(r_.name_keys.SurnameKey(name));
  }
  bool IsMultiWord(size_t i) const { return name_key_[i].find(' ') != std::string::npos; }

  std::string KeyOf(size_t i) {
    Candidate& c = c_[i];
    if (c.dictionary != nullptr) return "D:" + c.dictionary->origin;
    if (c.known != nullptr) return "K:" + c.known->entry.origin;
    // Collective actors with one code are one actor ("US forces", "American
    // soldiers"); an unnamed official ("an Iraqi envoy") is one per title.
    if (c.group_role != nullptr) {
      std::string key = "G:" + c.group_alpha3 + c.group_role->sector;
      if (c.group_role->kind == lexicon::RoleEntry::Kind::kTitle) key += ":" + c.group_role->phrase;
      return key;
    }
    if (PersonLike(c)) {
      const std::string& key = name_key_[i];
      if (r_.actors) {
        if (const lexicon::KnownActor* known = r_.actors->FindPerson(key)) {
          c.known = known;
          via_[known] = fmt::format("\"{}\" has the transliteration key \"{}\" of {}", c.name,
                                    key, known->entry.name);
          return "K:" + known->entry.origin;
        }
      }
      return "P:" + key;
    }
    return c.type + ":" + lexicon::NormalizePhrase(c.name);
  }

  // One name word: joins the multi-word person with that surname, an
  // acronym's expansion, or an equal name; else stands alone unless it needs
  // support.
  void LinkSingle(size_t i) {
    Candidate& c = c_[i];
    int found = -1;
    bool ambiguous = false;
    for (size_t k = 0; k < clusters_.size(); ++k) {
      const std::vector<std::string>& surnames = clusters_[k].surnames;
      if (std::find(surnames.begin(), surnames.end(), surname_key_[i]) == surnames.end()) continue;
      ambiguous = found >= 0;
      found = static_cast<int>(k);
    }
    if (found >= 0 && !ambiguous) {
      AddTo(static_cast<size_t>(found), i);
      return;
    }
    if (IsAcronym(c.name)) {
      for (size_t k = 0; k < clusters_.size(); ++k) {
        if (clusters_[k].surely_person) continue;
        if (Initials(c_[clusters_[k].members.front()].name) == c.name) {
          AddTo(k, i);
          return;
        }
      }
    }
    std::string key = "U:" + lexicon::NormalizePhrase(c.name);
    if (c.initial && index_.count(key) == 0 && !SeenLater(i, key)) return;  // unsupported
    Join(i, key);
  }

  bool SeenLater(size_t i, const std::string& key) const {
    for (size_t k = i + 1; k < c_.size(); ++k) {
      if (!c_[k].initial && PersonLike(c_[k]) && "U:" + lexicon::NormalizePhrase(c_[k].name) == key) {
        return true;
      }
    }
    return false;
  }

  // "The Commander-in-Chief of the Armed Forces emphasized": a capitalised
  // title not attached to a name, held by exactly one person here.
  void AddTitleMentions(const std::vector<RoleSpan>& roles) {
    for (const RoleSpan& r : roles) {
      if (r.used || r.role->kind != lexicon::RoleEntry::Kind::kTitle) continue;
      char first = doc_.text()[r.start];
      if (first < 'A' || first > 'Z') continue;
      int holder = -1;
      int holders = 0;
      for (size_t k = 0; k < clusters_.size(); ++k) {
        bool holds = false;
        for (size_t m : clusters_[k].members) {
          for (const Role& role : c_[m].roles) holds = holds || role.rule == r.role->origin;
        }
        if (holds) {
          holder = static_cast<int>(k);
          ++holders;
        }
      }
      if (holders != 1) continue;
      Candidate c;
      c.sentence = r.sentence;
      c.first = r.first;
      c.last = r.last;
      c.start = r.start;
      c.end = r.end;
      c.type = "PERSON";
      c.name = doc_.text().substr(r.start, r.end - r.start);
      c.rule = fmt::format("title:{}", r.role->origin);
      AddNameKeys(c.name);
      c_.push_back(std::move(c));
      AddTo(static_cast<size_t>(holder), c_.size() - 1);
    }
  }

  void Join(size_t i, const std::string& key) {
    auto [it, inserted] = index_.emplace(key, clusters_.size());
    if (inserted) clusters_.push_back({});
    AddTo(it->second, i);
  }

  void AddTo(size_t k, size_t i) {
    clusters_[k].members.push_back(i);
    const Candidate& c = c_[i];
    if (!PersonLike(c)) return;
    clusters_[k].surely_person =
        clusters_[k].surely_person || c.type == "PERSON" || c.known != nullptr;
    if (IsMultiWord(i)) clusters_[k].surnames.push_back(surname_key_[i]);
  }

  std::vector<Cluster> Finish() {
    std::vector<std::pair<uint32_t, size_t>> order;
    for (size_t k = 0; k < clusters_.size(); ++k) {
      auto& members = clusters_[k].members;
      std::sort(members.begin(), members.end(),
                [&](size_t a, size_t b) { return c_[a].start < c_[b].start; });
      order.emplace_back(c_[members.front()].start, k);
    }
    std::sort(order.begin(), order.end());
    std::vector<Cluster> out;
    for (auto [start, k] : order) {
      Cluster cl;
      cl.members = clusters_[k].members;
      for (size_t m : cl.members) c_[m].cluster = static_cast<int>(out.size());
      Describe(&cl);
      out.push_back(std::move(cl));
    }
    return out;
  }

  void Describe(Cluster* cl) const {
    const Candidate& first = c_[cl->members.front()];
    cl->type = first.type;
    cl->name = first.name;
    for (size_t m : cl->members) {
      const Candidate& c = c_[m];
      if (c.known != nullptr) cl->known = c.known;
      if (c.dictionary != nullptr) cl->dictionary = c.dictionary;
      if (c.type == "PERSON") cl->type = "PERSON";
      if (PersonLike(c) && c.rule.rfind("title:", 0) != 0 && c.name.size() > cl->name.size()) {
        cl->name = c.name;  // the fullest written form
      }
    }
    if (cl->known != nullptr) {
      cl->type = cl->known->type;
      cl->name = cl->known->entry.name;
      auto via = via_.find(cl->known);
      if (via != via_.end()) cl->known_via = via->second;
    }
    if (first.group_role != nullptr && first.group_role->kind == lexicon::RoleEntry::Kind::kGroup) {
      cl->type = "ORG";
    }
  }

  struct Working {
    std::vector<size_t> members;
    std::vector<std::string> surnames;  // of its multi-word person names: who a surname joins
    bool surely_person = false;         // titled or listed: an acronym cannot join it
  };
  const EntityResources& r_;
  const Document& doc_;
  std::vector<Candidate>& c_;
  std::vector<Working> clusters_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<const lexicon::KnownActor*, std::string> via_;
  std::vector<std::string> name_key_;     // per candidate
  std::vector<std::string> surname_key_;  // per candidate
};

}  // namespace

std::vector<Cluster> Corefer(const EntityResources& resources, const Document& doc,
                             const std::vector<RoleSpan>& roles,
                             std::vector<Candidate>* candidates) {
  return Linker(resources, doc, candidates).Run(roles);
}

}  // namespace newsgraph::extract
