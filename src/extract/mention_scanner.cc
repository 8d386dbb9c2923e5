#include "extract/mention_scanner.h"

#include <fmt/core.h>

#include <algorithm>
#include <string>

#include "extract/capitalized_spans.h"
#include "extract/name_tokens.h"
#include "lexicon/phrase_table.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kCapitalizedRule = "capitalized-span";
constexpr std::string_view kNamedRule = "ner+capitalized-span";

using lexicon::PlaceKind;

class Scanner {
 public:
  Scanner(const EntityResources& r, const Document& doc, uint32_t s)
      : r_(r), text_(doc.text()), date_(doc.date), tokens_(doc.tokens[s]), s_(s) {
    if (r.ner && s < doc.words.size() && doc.words[s].size() == tokens_.size()) {
      std::vector<std::string_view> words, upos, xpos;
      for (size_t k = 0; k < tokens_.size(); ++k) {
        words.push_back(doc.TokenText(tokens_[k]));
        upos.push_back(doc.words[s][k].upos);
        xpos.push_back(doc.words[s][k].xpos);
      }
      names_ = r.ner->Tag(words, upos, xpos);
      tagged_ = true;
    }
  }

  SentenceScan Run() {
    size_t first_word = 0;
    while (first_word < tokens_.size() && tokens_[first_word].kind != text::TokenKind::kWord &&
           tokens_[first_word].kind != text::TokenKind::kNumber) {
      ++first_word;
    }
    size_t i = 0;
    while (i < tokens_.size()) {
      if (tokens_[i].kind != text::TokenKind::kWord) {
        ++i;
        continue;
      }
      i = Step(i, first_word);
    }
    return std::move(out_);
  }

 private:
  // Handles the longest thing starting at token i; returns where to go on.
  size_t Step(size_t i, size_t first_word) {
    if (r_.dictionary && StartsName(text_, tokens_, i)) {
      // An entry with no code on the article's date ("HUSSEIN_" of a past
      // king) is no evidence: the name is left to our data and coreference.
      auto m = r_.dictionary->LongestMatch(text_, tokens_, i);
      const lexicon::DatedCode* code = m ? lexicon::CodeOn(*m->entry, date_) : nullptr;
      // A country word before a role word ("Iraqi government", "Iraqi
      // Foreign Minister") is left to the gazetteer, which joins the two.
      bool country_before_role = code != nullptr && code->code.size() == 3 &&
                                 m->end < tokens_.size() && RoleAt(m->end) &&
                                 r_.gazetteer.LongestMatch(text_, tokens_, i);
      if (code != nullptr && code->names_actor() && !country_before_role) {
        Candidate c = Make(i, m->end, DictionaryType(*m->entry), TokenText(i, m->end),
                           fmt::format("dictionary:{}", m->entry->origin));
        c.dictionary = m->entry;
        out_.candidates.push_back(std::move(c));
        return m->end;
      }
    }
    if (r_.actors) {
      if (auto m = r_.actors->LongestMatch(text_, tokens_, i)) {
        Candidate c = Make(i, m->end, m->actor->type, m->actor->entry.name,
                           fmt::format("actors:{}", m->actor->entry.origin));
        c.known = m->actor;
        out_.candidates.push_back(std::move(c));
        return m->end;
      }
    }
    auto place = r_.gazetteer.LongestMatch(text_, tokens_, i);
    if (place && place->entry->kind != PlaceKind::kBlock) return Place(i, *place);
    if (!place || place->entry->kind != PlaceKind::kBlock) {
      auto role = RoleAt(i);
      if (role && !NamesAnOffice(i, role->end)) {
        AddRole(i, i, role->end, role->role, "");
        return out_.roles.back().tail;
      }
    }
    size_t block_end = place ? place->end : i + 1;  // a block is at least one name
    if (!StartsName(text_, tokens_, i)) return block_end;
    auto place_at = [&](size_t k) {
      auto m = r_.gazetteer.LongestMatch(text_, tokens_, k);
      return m && m->entry->kind != PlaceKind::kBlock;
    };
    size_t end = std::max(CapitalizedRunEnd(text_, tokens_, i, place_at), block_end);
    end = StopBeforeRole(i, end);
    std::string type = NamedType(i, end);
    // A lone capitalised word the model does not take for a name ("Future
    // talks") is not a candidate.
    if (type.empty() && tagged_ && end == i + 1) return end;
    Candidate c = Make(i, end, type.empty() ? "UNKNOWN" : type,
                       lexicon::TokenPhrase(text_, tokens_, i, end, false),
                       type.empty() ? std::string(kCapitalizedRule) : std::string(kNamedRule));
    c.initial = i == first_word && end == i + 1;
    out_.candidates.push_back(std::move(c));
    return end;
  }

  // A gazetteer match at i: a place or demonym mention, or the country of
  // the role word right after it.
  size_t Place(size_t i, const lexicon::Gazetteer::Match& m) {
    const lexicon::GazetteerEntry& e = *m.entry;
    if (m.end < tokens_.size() && tokens_[m.end].kind == text::TokenKind::kWord) {
      if (auto role = RoleAt(m.end)) {
        if (role->role->kind == lexicon::RoleEntry::Kind::kGroup) {
          Candidate c = Make(i, role->end, "ORG",
                             fmt::format("{} {}", TokenText(i, m.end), TokenText(m.end, role->end)),
                             fmt::format("group:{}", role->role->origin));
          c.group_alpha3 = e.alpha3;
          c.group_role = role->role;
          c.group_reason = fmt::format("\"{}\" (gazetteer:{}:{}) + \"{}\" ({} -> {})",
                                       TokenText(i, m.end), e.source, e.text,
                                       TokenText(m.end, role->end), role->role->origin,
                                       role->role->sector);
          out_.candidates.push_back(std::move(c));
          return role->end;
        }
        AddRole(i, m.end, role->end, role->role, e.alpha3);
        return out_.roles.back().tail;
      }
    }
    std::string type = e.kind == PlaceKind::kDemonym ? "NORP" : "GPE";
    std::string name = e.kind == PlaceKind::kCountry ? std::string(r_.gazetteer.DisplayName(e.alpha3))
                                                     : e.text;
    Candidate c = Make(i, m.end, type, std::move(name), fmt::format("gazetteer:{}:{}", e.source, e.text));
    c.place = &e;
    out_.candidates.push_back(std::move(c));
    return m.end;
  }

  // A role word at tokens [first, end), its country word starting at lead.
  // "... of <country>" after a title is taken as the country too.
  void AddRole(size_t lead, size_t first, size_t end, const lexicon::RoleEntry* role,
               std::string alpha3) {
    RoleSpan rs;
    rs.sentence = s_;
    rs.lead = lead;
    rs.first = first;
    rs.last = end;
    rs.tail = end;
    rs.start = tokens_[first].start;
    rs.end = tokens_[end - 1].end;
    rs.role = role;
    if (alpha3.empty() && end + 1 < tokens_.size() && Lower(end) == "of") {
      auto m = r_.gazetteer.LongestMatch(text_, tokens_, end + 1);
      if (m && m->entry->kind == PlaceKind::kCountry) {
        alpha3 = m->entry->alpha3;
        rs.tail = m->end;
      }
    }
    rs.alpha3 = std::move(alpha3);
    out_.roles.push_back(std::move(rs));
  }

  // The type the named-entity model gives tokens [begin, end): that of the
  // name overlapping them most (PLACE becomes LOC: places the gazetteer
  // knows were matched before), or "" when it sees no name there.
  std::string NamedType(size_t begin, size_t end) const {
    size_t best = 0;
    std::string type;
    for (const NamedSpan& n : names_) {
      size_t overlap = std::min(end, n.end) > std::max(begin, n.begin)
                           ? std::min(end, n.end) - std::max(begin, n.begin)
                           : 0;
      if (overlap > best) {
        best = overlap;
        type = n.type == "PLACE" ? "LOC" : n.type;
      }
    }
    return type;
  }

  // The user's agents first, then our role words.
  std::optional<lexicon::RoleTable::Match> RoleAt(size_t k) const {
    if (r_.agents) {
      if (auto m = r_.agents->LongestMatch(text_, tokens_, k)) {
        size_t index = static_cast<size_t>(m->entry - r_.agents->entries().data());
        return lexicon::RoleTable::Match{m->end, &r_.agent_roles[index]};
      }
    }
    return r_.roles.LongestMatch(text_, tokens_, k);
  }

  // PETRARCH does not type its entries: a bare country code is a GPE, an
  // international code an ORG, anything else left to the context.
  static std::string DictionaryType(const lexicon::ActorEntry& e) {
    const std::string& code = e.codes.front().code;
    if (code.size() == 3) return "GPE";
    for (std::string_view prefix : {"IGO", "NGO", "IMG", "MNC"}) {
      if (code.compare(0, 3, prefix) == 0) return "ORG";
    }
    return "UNKNOWN";
  }

  // "Ministry of Foreign Affairs", "President of the Republic": a
  // capitalised role word continued by "of" and a capitalised name that is
  // not a country is the name of an office, read as a name.
  bool NamesAnOffice(size_t begin, size_t end) const {
    if (!StartsName(text_, tokens_, begin) || end + 1 >= tokens_.size() || Lower(end) != "of") {
      return false;
    }
    size_t k = end + 1;
    if (k < tokens_.size() && Lower(k) == "the") ++k;
    if (k >= tokens_.size() || !StartsName(text_, tokens_, k)) return false;
    auto m = r_.gazetteer.LongestMatch(text_, tokens_, k);
    return !(m && m->entry->kind == PlaceKind::kCountry);
  }

  // A capitalised run must not swallow a title after the name's first word:
  // "Secretary Blinken" is fine, but a run "Fuad Hussein Foreign Minister"
  // is cut before "Foreign".
  size_t StopBeforeRole(size_t begin, size_t end) const {
    for (size_t k = begin + 1; k < end; ++k) {
      if (tokens_[k].kind != text::TokenKind::kWord) continue;
      auto role = RoleAt(k);
      if (role && role->role->kind == lexicon::RoleEntry::Kind::kTitle) {
        size_t cut = k;
        while (cut > begin + 1 && (tokens_[cut - 1].kind != text::TokenKind::kWord ||
                                   IsNameConnector(TokenText(cut - 1, cut)))) {
          --cut;
        }
        return cut;
      }
    }
    return end;
  }

  Candidate Make(size_t first, size_t last, std::string type, std::string name, std::string rule) {
    Candidate c;
    c.sentence = s_;
    c.first = first;
    c.last = last;
    c.start = tokens_[first].start;
    c.end = tokens_[last - 1].end;
    c.type = std::move(type);
    c.name = std::move(name);
    c.rule = std::move(rule);
    return c;
  }

  std::string TokenText(size_t begin, size_t end) const {
    return lexicon::TokenPhrase(text_, tokens_, begin, end, /*fold=*/false);
  }
  std::string Lower(size_t k) const {
    return lexicon::TokenPhrase(text_, tokens_, k, k + 1, /*fold=*/true);
  }

  const EntityResources& r_;
  const std::string& text_;
  std::optional<int32_t> date_;
  std::vector<NamedSpan> names_;  // the named-entity model's, when tagged_
  bool tagged_ = false;
  const std::vector<text::Token>& tokens_;
  uint32_t s_;
  SentenceScan out_;
};

}  // namespace

SentenceScan ScanSentence(const EntityResources& resources, const Document& doc, uint32_t s) {
  return Scanner(resources, doc, s).Run();
}

}  // namespace newsgraph::extract
