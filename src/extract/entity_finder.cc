// The entity stage: scan sentences for mentions and role words, attach
// titles, link mentions into entities, code each as an actor. See
// entity_finder.h.
#include "extract/entity_finder.h"

#include <fmt/core.h>

#include <algorithm>
#include <utility>

#include "extract/actor_coder.h"
#include "extract/coreference.h"
#include "extract/entity_resources.h"
#include "extract/mention_scanner.h"
#include "extract/titles.h"

namespace newsgraph::extract {
namespace {

class DictionaryEntityFinder final : public EntityFinder {
 public:
  explicit DictionaryEntityFinder(EntityResources resources) : r_(std::move(resources)) {}

  std::vector<Entity> Find(const Document& doc) const override {
    std::vector<Candidate> candidates;
    std::vector<RoleSpan> roles;
    for (size_t s = 0; s < doc.sentences.size() && s < doc.tokens.size(); ++s) {
      SentenceScan scan = ScanSentence(r_, doc, static_cast<uint32_t>(s));
      AttachTitles(doc, &scan);
      std::move(scan.candidates.begin(), scan.candidates.end(), std::back_inserter(candidates));
      std::move(scan.roles.begin(), scan.roles.end(), std::back_inserter(roles));
    }
    MarkMetonyms(doc, &candidates);
    std::vector<Cluster> clusters = Corefer(r_, doc, roles, &candidates);

    std::vector<Entity> out;
    out.reserve(clusters.size());
    for (const Cluster& cl : clusters) {
      Entity e;
      e.id = fmt::format("E{}", out.size() + 1);
      e.name = cl.name;
      e.type = cl.type;
      e.rule = candidates[cl.members.front()].rule;
      for (size_t m : cl.members) {
        const Candidate& c = candidates[m];
        Mention mention;
        mention.span = doc.mapped.MakeSpan(c.start, c.end);
        mention.sentence = c.sentence;
        mention.text = doc.text().substr(c.start, c.end - c.start);
        e.mentions.push_back(std::move(mention));
      }
      CodeActor(r_, doc.date, cl, candidates, &e);
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  EntityResources r_;
};

}  // namespace

Result<std::shared_ptr<const EntityFinder>> EntityFinder::CreateDefault() {
  return Create(AnalyzerOptions{}, nullptr);
}

Result<std::shared_ptr<const EntityFinder>> EntityFinder::Create(const AnalyzerOptions& options,
                                                                 std::vector<std::string>* warnings) {
  EntityResources r;
  auto gazetteer = lexicon::Gazetteer::LoadDefault();
  if (!gazetteer.ok()) return gazetteer.status();
  r.gazetteer = std::move(gazetteer).value();
  auto keys = lexicon::NameKeyRules::LoadDefault();
  if (!keys.ok()) return keys.status();
  r.name_keys = std::move(keys).value();
  auto roles = lexicon::RoleTable::LoadDefault();
  if (!roles.ok()) return roles.status();
  r.roles = std::move(roles).value();
  auto ner = NerModel::LoadDefault();
  if (!ner.ok()) return ner.status().WithContext("loading the named-entity model");
  r.ner = std::move(ner).value();
  if (options.default_actors) {
    auto actors = lexicon::ActorTable::LoadDefault(r.name_keys);
    if (!actors.ok()) return actors.status();
    r.actors = std::move(actors).value();
  }
  lexicon::DictionaryOptions dictionary_options;
  dictionary_options.skip_malformed = options.skip_malformed;
  if (!options.actor_files.empty()) {
    auto dictionary =
        lexicon::ActorDictionary::LoadFiles(options.actor_files, dictionary_options, warnings);
    if (!dictionary.ok()) return dictionary.status();
    r.dictionary = std::move(dictionary).value();
  }
  if (!options.agent_file.empty()) {
    auto agents = lexicon::AgentDictionary::LoadFile(options.agent_file, dictionary_options, warnings);
    if (!agents.ok()) return agents.status();
    r.agents = std::move(agents).value();
    for (const lexicon::AgentEntry& a : r.agents->entries()) {
      lexicon::RoleEntry role;
      role.phrase = lexicon::NormalizePhrase(a.name);
      role.sector = a.code.substr(0, 3);
      // PETRARCH agents do not tell titles from group nouns; ours do.
      const lexicon::RoleEntry* ours = r.roles.Find(a.name);
      if (ours == nullptr) ours = r.roles.Find(lexicon::RegularPlural(a.name));
      role.kind = ours != nullptr ? ours->kind : lexicon::RoleEntry::Kind::kTitle;
      role.origin = a.origin;
      r.agent_roles.push_back(std::move(role));
    }
  }
  return std::shared_ptr<const EntityFinder>(std::make_shared<DictionaryEntityFinder>(std::move(r)));
}

}  // namespace newsgraph::extract
