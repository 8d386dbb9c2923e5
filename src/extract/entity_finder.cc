// BASELINE (issue 2) entity finder: gazetteer places first, then capitalised
// runs as UNKNOWN name candidates. See entity_finder.h.
#include "extract/entity_finder.h"

#include <fmt/core.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/capitalized_spans.h"
#include "extract/name_tokens.h"
#include "lexicon/gazetteer.h"
#include "lexicon/phrase_table.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kCapitalizedRule = "baseline:capitalized-span";

// One mention before grouping.
struct Candidate {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::string type;    // GPE, NORP or UNKNOWN
  std::string name;    // canonical name of the entity it belongs to
  std::string alpha3;  // empty for UNKNOWN
  std::string rule;
};

class BaselineEntityFinder final : public EntityFinder {
 public:
  explicit BaselineEntityFinder(lexicon::Gazetteer gazetteer) : gazetteer_(std::move(gazetteer)) {}

  std::vector<Entity> Find(const Document& doc) const override {
    std::vector<Candidate> found;
    std::vector<Candidate> initial;  // single-word runs at a sentence start
    for (size_t s = 0; s < doc.sentences.size() && s < doc.tokens.size(); ++s) {
      ScanSentence(doc, static_cast<uint32_t>(s), &found, &initial);
    }
    AcceptKnownInitials(std::move(initial), &found);
    std::sort(found.begin(), found.end(),
              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
    return Group(doc, found);
  }

 private:
  void ScanSentence(const Document& doc, uint32_t s, std::vector<Candidate>* found,
                    std::vector<Candidate>* initial) const {
    const std::string& text = doc.text();
    std::vector<text::Token> tokens = SplitPossessives(text, doc.tokens[s]);
    size_t first_word = 0;
    while (first_word < tokens.size() && tokens[first_word].kind != text::TokenKind::kWord &&
           tokens[first_word].kind != text::TokenKind::kNumber) {
      ++first_word;
    }
    auto place_at = [&](size_t k) {
      auto m = gazetteer_.LongestMatch(text, tokens, k);
      return m && m->entry->kind != lexicon::PlaceKind::kBlock;
    };
    size_t i = 0;
    while (i < tokens.size()) {
      if (tokens[i].kind != text::TokenKind::kWord) {
        ++i;
        continue;
      }
      auto m = gazetteer_.LongestMatch(text, tokens, i);
      if (m && m->entry->kind != lexicon::PlaceKind::kBlock) {
        found->push_back(PlaceCandidate(tokens, i, m->end, s, *m->entry));
        i = m->end;
        continue;
      }
      size_t block_end = m ? m->end : i + 1;  // a block is at least one name
      if (!StartsName(text, tokens, i)) {
        i = block_end;
        continue;
      }
      size_t end = std::max(CapitalizedRunEnd(text, tokens, i, place_at), block_end);
      Candidate c{tokens[i].start,
                  tokens[end - 1].end,
                  s,
                  "UNKNOWN",
                  "",
                  "",
                  std::string(kCapitalizedRule)};
      c.name = lexicon::TokenPhrase(text, tokens, i, end, /*fold=*/false);
      // A lone capitalised word opening a sentence is usually not a name
      // ("Commenting on ..."); it is kept only if seen as a name elsewhere.
      (i == first_word && end == i + 1 ? initial : found)->push_back(std::move(c));
      i = end;
    }
  }

  Candidate PlaceCandidate(const std::vector<text::Token>& tokens, size_t begin, size_t end,
                           uint32_t s, const lexicon::GazetteerEntry& e) const {
    Candidate c{tokens[begin].start,
                tokens[end - 1].end,
                s,
                "GPE",
                e.text,
                e.alpha3,
                fmt::format("gazetteer:{}:{}", e.source, e.text)};
    if (e.kind == lexicon::PlaceKind::kDemonym) c.type = "NORP";
    if (e.kind == lexicon::PlaceKind::kCountry)
      c.name = std::string(gazetteer_.DisplayName(e.alpha3));
    return c;
  }

  // Keeps the sentence-initial single words that equal an UNKNOWN name found
  // elsewhere, or the last word of one ("Hussein" after "Fuad Hussein").
  static void AcceptKnownInitials(std::vector<Candidate> initial, std::vector<Candidate>* found) {
    std::unordered_set<std::string> known;
    for (const Candidate& c : *found) {
      if (c.type != "UNKNOWN") continue;
      known.insert(lexicon::NormalizePhrase(c.name));
      size_t cut = c.name.find_last_of(" -");
      if (cut != std::string::npos) known.insert(lexicon::NormalizePhrase(c.name.substr(cut + 1)));
    }
    for (Candidate& c : initial) {
      if (known.count(lexicon::NormalizePhrase(c.name)) != 0) found->push_back(std::move(c));
    }
  }

  // Mentions with the same type and normalised name form one entity; ids in
  // order of first mention. REQUIRES: `found` sorted by start.
  static std::vector<Entity> Group(const Document& doc, const std::vector<Candidate>& found) {
    std::vector<Entity> out;
    std::unordered_map<std::string, size_t> index;
    for (const Candidate& c : found) {
      std::string key = c.type + '\x1f' + lexicon::NormalizePhrase(c.name);
      auto [it, inserted] = index.emplace(key, out.size());
      if (inserted) {
        Entity e;
        e.id = fmt::format("E{}", out.size() + 1);
        e.name = c.name;
        e.type = c.type;
        e.rule = c.rule;
        if (!c.alpha3.empty()) {
          e.actor.code = c.alpha3;
          e.actor.country = c.alpha3;
        }
        out.push_back(std::move(e));
      }
      Mention m;
      m.span = doc.mapped.MakeSpan(c.start, c.end);
      m.sentence = c.sentence;
      m.text = doc.text().substr(c.start, c.end - c.start);
      out[it->second].mentions.push_back(std::move(m));
    }
    return out;
  }

  lexicon::Gazetteer gazetteer_;
};

}  // namespace

Result<std::shared_ptr<const EntityFinder>> EntityFinder::CreateDefault() {
  auto gazetteer = lexicon::Gazetteer::LoadDefault();
  if (!gazetteer.ok()) return gazetteer.status();
  return std::shared_ptr<const EntityFinder>(
      std::make_shared<BaselineEntityFinder>(std::move(gazetteer).value()));
}

}  // namespace newsgraph::extract
