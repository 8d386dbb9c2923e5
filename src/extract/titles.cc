#include "extract/titles.h"

#include <fmt/core.h>

#include <algorithm>
#include <string>

#include "lexicon/phrase_table.h"

namespace newsgraph::extract {
namespace {

using Kind = lexicon::RoleEntry::Kind;

class Attacher {
 public:
  Attacher(const Document& doc, SentenceScan* scan)
      : doc_(doc), scan_(*scan), tokens_(doc.tokens[scan->candidates.front().sentence]) {}

  void Run() {
    for (Candidate& c : scan_.candidates) {
      if (!MayBePerson(c)) continue;
      size_t before = c.first;
      size_t after = c.last;
      if (after < tokens_.size() && Is(after, ",")) {
        size_t k = after + 1;
        if (k < tokens_.size() && Is(k, "the")) ++k;
        AttachChain(&c, k, /*forward=*/true);
      }
      size_t k = before;
      if (k > 0 && Is(k - 1, ",")) --k;
      AttachChain(&c, k, /*forward=*/false);
    }
  }

 private:
  // forward: titles starting at token k, joined by "and";
  // backward: titles ending just before token k, joined by "and".
  void AttachChain(Candidate* c, size_t k, bool forward) {
    std::string country;
    while (true) {
      RoleSpan* r = forward ? TitleStartingAt(k) : TitleEndingAt(k);
      if (r == nullptr) return;
      r->used = true;
      Role role = MakeRole(doc_, *r);
      if (role.country) {
        country = *role.country;
      } else if (!country.empty()) {
        role.country = country;
      }
      c->roles.push_back(std::move(role));
      c->type = "PERSON";
      size_t next = forward ? r->tail : r->lead;
      if (forward) {
        if (next >= tokens_.size() || !Is(next, "and")) return;
        k = next + 1;
      } else {
        if (next == 0 || !Is(next - 1, "and")) return;
        k = next - 1;
      }
    }
  }

  RoleSpan* TitleStartingAt(size_t k) {
    for (RoleSpan& r : scan_.roles) {
      if (r.lead == k && !r.used && r.role->kind == Kind::kTitle) return &r;
    }
    return nullptr;
  }
  RoleSpan* TitleEndingAt(size_t k) {
    for (RoleSpan& r : scan_.roles) {
      if (r.tail == k && !r.used && r.role->kind == Kind::kTitle) return &r;
    }
    return nullptr;
  }

  bool Is(size_t k, std::string_view word) const {
    return lexicon::TokenPhrase(doc_.text(), tokens_, k, k + 1, /*fold=*/true) == word;
  }

  const Document& doc_;
  SentenceScan& scan_;
  const std::vector<text::Token>& tokens_;
};

}  // namespace

Role MakeRole(const Document& doc, const RoleSpan& span) {
  Role role;
  role.title = doc.text().substr(span.start, span.end - span.start);
  if (!span.alpha3.empty()) role.country = span.alpha3;
  role.sector = span.role->sector;
  role.span = doc.mapped.MakeSpan(span.start, span.end);
  role.sentence = span.sentence;
  role.rule = span.role->origin;
  return role;
}

void AttachTitles(const Document& doc, SentenceScan* scan) {
  if (!scan->roles.empty() && !scan->candidates.empty()) Attacher(doc, scan).Run();
  // "an Iraqi envoy": a title with a country but no name is an unnamed
  // official, coded like a collective actor (IRQGOV).
  for (RoleSpan& r : scan->roles) {
    if (r.used || r.alpha3.empty() || r.lead == r.first ||
        r.role->kind != lexicon::RoleEntry::Kind::kTitle) {
      continue;
    }
    r.used = true;
    const std::vector<text::Token>& tokens = doc.tokens[r.sentence];
    Candidate c;
    c.sentence = r.sentence;
    c.first = r.lead;
    c.last = r.last;
    c.start = tokens[r.lead].start;
    c.end = r.end;
    c.type = "PERSON";
    c.name = lexicon::TokenPhrase(doc.text(), tokens, r.lead, r.last, /*fold=*/false);
    c.rule = "official:" + r.role->origin;
    c.group_alpha3 = r.alpha3;
    c.group_role = r.role;
    c.group_reason = fmt::format("\"{}\" with the country {} ({} -> {})", c.name, r.alpha3,
                                 r.role->origin, r.role->sector);
    auto at = std::lower_bound(scan->candidates.begin(), scan->candidates.end(), c.start,
                               [](const Candidate& a, uint32_t start) { return a.start < start; });
    scan->candidates.insert(at, std::move(c));
  }
}

}  // namespace newsgraph::extract
