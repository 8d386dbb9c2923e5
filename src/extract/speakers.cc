#include "extract/speakers.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string_view>

namespace newsgraph::extract {
namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
// How many words after a closing mark ", he said" may take.
constexpr uint32_t kAfterWindow = 6;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

uint32_t HeadIndex(const Word& w) { return w.head == 0 ? kNone : w.head - 1; }

}  // namespace

Speakers::Speakers(const Document& doc, const std::vector<Entity>& entities, const QuoteCues& cues,
                   std::vector<ByteRange> quoted)
    : doc_(doc), entities_(entities), cues_(cues), quoted_(std::move(quoted)) {}

const std::vector<Word>& Speakers::WordsOf(uint32_t s) const {
  static const std::vector<Word> kEmpty;
  return s < doc_.words.size() ? doc_.words[s] : kEmpty;
}

bool Speakers::InQuote(uint32_t pos) const {
  auto it = std::upper_bound(quoted_.begin(), quoted_.end(), pos,
                             [](uint32_t p, const ByteRange& r) { return p < r.first; });
  return it != quoted_.begin() && pos < std::prev(it)->second;
}

const QuoteCueKind* Speakers::CueKind(WordRef w) const {
  const std::vector<Word>& words = WordsOf(w.sentence);
  if (w.index >= words.size()) return nullptr;
  const Word& word = words[w.index];
  if (word.upos != "VERB" || InQuote(word.span.start)) return nullptr;
  return cues_.Find(Lower(word.lemma));
}

std::pair<uint32_t, uint32_t> Speakers::Subtree(WordRef w) const {
  const std::vector<Word>& words = WordsOf(w.sentence);
  uint32_t first = w.index, last = w.index;
  for (uint32_t j = 0; j < words.size(); ++j) {
    uint32_t h = j;
    for (size_t steps = 0; h != kNone && h != w.index && steps <= words.size(); ++steps) {
      h = h < words.size() ? HeadIndex(words[h]) : kNone;
    }
    if (h == w.index) {
      first = std::min(first, j);
      last = std::max(last, j);
    }
  }
  return {first, last};
}

std::optional<WordRef> Speakers::CueForQuote(uint32_t open, uint32_t close) const {
  const auto inside = [&](const Word& w) { return w.span.start >= open && w.span.start < close; };
  // By the parse: the closest cue above the quote's words (fewest steps up,
  // then nearest in the text); else a reporting clause with a subject
  // attached to them (UD makes "he said" a parataxis of the quote).
  std::optional<WordRef> best;
  std::pair<int, uint64_t> best_rank{std::numeric_limits<int>::max(), 0};
  const auto consider = [&](WordRef r, int steps) {
    const Word& w = WordsOf(r.sentence)[r.index];
    const uint64_t d = w.span.start >= close ? w.span.start - close
                       : w.span.end <= open  ? open - w.span.end
                                             : 0;
    if (std::pair<int, uint64_t>{steps, d} < best_rank) best_rank = {steps, d}, best = r;
  };
  for (int pass = 0; pass < 2 && !best; ++pass) {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const text::TextRange& r = doc_.sentences[s].range;
      if (r.end <= open || r.start >= close) continue;
      const std::vector<Word>& words = WordsOf(s);
      for (uint32_t i = 0; i < words.size(); ++i) {
        const uint32_t h = HeadIndex(words[i]);
        if (h >= words.size()) continue;
        // Not from the marks: a closing mark often hangs off the next verb.
        if (pass == 0 && inside(words[i]) && !inside(words[h]) && words[i].upos != "PUNCT") {
          uint32_t up = h;
          for (int steps = 0; up < words.size() && steps < 6; ++steps, up = HeadIndex(words[up])) {
            if (CueKind({s, up}) != nullptr) {
              consider({s, up}, steps);
              break;
            }
          }
        }
        if (pass == 1 && !inside(words[i]) && inside(words[h]) &&
            (StartsWith(words[i].deprel, "parataxis") || words[i].deprel == "dep") &&
            CueKind({s, i}) != nullptr && HasSubject({s, i})) {
          consider({s, i}, 0);
        }
      }
    }
  }
  if (best) return best;
  // By position.
  uint32_t so = kNone, sc = kNone;
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const text::TextRange& r = doc_.sentences[s].range;
    if (so == kNone && r.end > open) so = s;
    if (r.start < close) sc = s;
  }
  if (so == kNone || sc == kNone) return std::nullopt;
  const std::vector<Word>& closing = WordsOf(sc);
  uint32_t seen = 0;
  for (uint32_t i = 0; i < closing.size(); ++i) {  // "…," he said
    if (closing[i].span.start < close) continue;
    if (InQuote(closing[i].span.start) || ++seen > kAfterWindow) break;
    if (CueKind({sc, i}) != nullptr && HasSubject({sc, i})) return WordRef{sc, i};
  }
  const std::vector<Word>& opening = WordsOf(so);
  for (uint32_t i = static_cast<uint32_t>(opening.size()); i-- > 0;) {  // He added, "…"
    if (opening[i].span.start < open && CueKind({so, i}) != nullptr) return WordRef{so, i};
  }
  for (uint32_t i = 0; i < closing.size(); ++i) {
    if (closing[i].span.start >= close && CueKind({sc, i}) != nullptr && HasSubject({sc, i})) {
      return WordRef{sc, i};
    }
  }
  if (so > 0) {  // He said: / "…"
    const std::vector<Word>& before = WordsOf(so - 1);
    if (!before.empty() &&
        doc_.TokenText(text::Token{before.back().span.start, before.back().span.end}) == ":") {
      for (uint32_t i = static_cast<uint32_t>(before.size()); i-- > 0;) {
        if (CueKind({so - 1, i}) != nullptr) return WordRef{so - 1, i};
      }
    }
  }
  return std::nullopt;
}

std::optional<WordRef> Speakers::SubjectOf(WordRef cue) const {
  const std::vector<Word>& words = WordsOf(cue.sentence);
  uint32_t v = cue.index;
  for (int depth = 0; depth < 5 && v < words.size(); ++depth) {
    for (uint32_t j = 0; j < words.size(); ++j) {
      if (HeadIndex(words[j]) != v || !StartsWith(words[j].deprel, "nsubj")) continue;
      if (InQuote(words[j].span.start)) continue;
      // "the ministry, which said …": the subject is what "which" stands for.
      const std::string lemma = Lower(words[j].lemma);
      if (lemma == "which" || lemma == "who" || lemma == "that") {
        if (StartsWith(words[v].deprel, "acl") && HeadIndex(words[v]) != kNone) {
          return WordRef{cue.sentence, HeadIndex(words[v])};
        }
        // The parser missed the relative clause: the noun before ", which".
        uint32_t k = j;
        while (k > 0 && words[k - 1].upos == "PUNCT") --k;
        if (k > 0 && (words[k - 1].upos == "NOUN" || words[k - 1].upos == "PROPN")) {
          return WordRef{cue.sentence, k - 1};
        }
      }
      return WordRef{cue.sentence, j};
    }
    const std::string& rel = words[v].deprel;
    const uint32_t h = HeadIndex(words[v]);
    // "The two countries affirmed …" parsed as a reduced relative clause:
    // the noun before the verb is its subject.
    if (rel == "acl" && h < v && (words[h].upos == "NOUN" || words[h].upos == "PROPN")) {
      return WordRef{cue.sentence, h};
    }
    // Up through conjoined and subordinate verbs, and through the quote a
    // cue is attached to ("He added, "Our meeting comes …," indicating …").
    if (h == kNone || !(StartsWith(rel, "conj") || StartsWith(rel, "advcl") ||
                        StartsWith(rel, "xcomp") || InQuote(words[v].span.start))) {
      break;
    }
    v = h;
  }
  // "…, the Iraqi Foreign Minister, Fuad Hussein, expressed …" parsed with
  // the subject as an oblique: the nearest nominal before the verb that no
  // preposition introduces.
  if (v < words.size() && !InQuote(words[v].span.start)) {
    for (uint32_t j = v; j-- > 0;) {
      const Word& w = words[j];
      if (HeadIndex(w) != v || InQuote(w.span.start)) continue;
      if (!(w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON")) continue;
      if (!(StartsWith(w.deprel, "obl") || StartsWith(w.deprel, "nmod") ||
            StartsWith(w.deprel, "appos") || w.deprel == "dep")) {
        continue;
      }
      bool has_case = false;
      for (const Word& c : words) has_case = has_case || (HeadIndex(c) == j && c.deprel == "case");
      if (!has_case && !StartsWith(w.deprel, "obl:tmod")) return WordRef{cue.sentence, j};
    }
  }
  // "…," said Smith: an inverted subject the parser did not label.
  const uint32_t next = cue.index + 1;
  if (next < words.size() && (words[next].upos == "PROPN" || words[next].upos == "PRON") &&
      !StartsWith(words[next].deprel, "obl") && !StartsWith(words[next].deprel, "obj") &&
      !StartsWith(words[next].deprel, "iobj") && !InQuote(words[next].span.start)) {
    return WordRef{cue.sentence, next};
  }
  // "…," said energy analyst Orin Middleton of Barclays: right after a
  // closing mark, the noun phrase after the cue; its last noun is the head.
  if (cue.index > 0 && InQuote(words[cue.index - 1].span.start)) {
    uint32_t k = next, head = kNone;
    for (; k < words.size(); ++k) {
      const std::string& u = words[k].upos;
      if (u == "NOUN" || u == "PROPN") {
        head = k;
      } else if (!(u == "DET" || u == "ADJ" || IsHyphen(words[k]))) {
        break;
      }
    }
    if (head != kNone) return WordRef{cue.sentence, head};
  }
  return std::nullopt;
}

Attribution Speakers::Attribute(WordRef cue) const {
  Attribution a;
  a.cue = cue;
  const std::optional<WordRef> subject = SubjectOf(cue);
  if (!subject) return a;
  const std::vector<Word>& words = WordsOf(subject->sentence);
  auto [first, last] = Subtree(*subject);
  // As written: the subject's own words, not the cue, a quote or the words
  // beyond them, and no punctuation at the edges.
  if (subject->index < cue.index) last = std::min(last, cue.index - 1);
  if (subject->index > cue.index) {
    first = std::max(first, cue.index + 1);
    // An inverted subject found by position: the whole noun phrase after
    // the cue, whatever the parse made of it.
    bool phrase = true;
    for (uint32_t k = cue.index + 1; k < subject->index; ++k) {
      const std::string& u = words[k].upos;
      phrase =
          phrase && (u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || IsHyphen(words[k]));
    }
    if (phrase) first = cue.index + 1;
  }
  // "The bank, which said …": the noun without its relative clause.
  for (uint32_t j = subject->index + 1; j < words.size(); ++j) {
    if (HeadIndex(words[j]) == subject->index && StartsWith(words[j].deprel, "acl")) {
      last = std::min(last, Subtree({subject->sentence, j}).first - 1);
    }
  }
  uint32_t a0 = subject->index, b0 = subject->index;
  if (subject->index > cue.index) a0 = first;
  while (a0 > first && !InQuote(words[a0 - 1].span.start)) --a0;
  while (b0 < last && !InQuote(words[b0 + 1].span.start)) ++b0;
  while (a0 < subject->index && (words[a0].upos == "PUNCT" || words[a0].upos == "ADP")) ++a0;
  // Trailing punctuation, but not the ")" of "Association (ERAA)".
  const auto form = [&](uint32_t k) {
    return doc_.TokenText(text::Token{words[k].span.start, words[k].span.end});
  };
  int depth = 0;
  for (uint32_t k = a0; k <= b0; ++k) depth += form(k) == "(" ? 1 : form(k) == ")" ? -1 : 0;
  while (b0 > subject->index && words[b0].upos == "PUNCT" && !(form(b0) == ")" && depth == 0)) {
    depth += form(b0) == ")" ? 1 : form(b0) == "(" ? -1 : 0;
    --b0;
  }
  a.speaker = ByteRange{words[a0].span.start, words[b0].span.end};
  a.entity = EntityFor(*subject, *a.speaker);
  return a;
}

std::optional<std::string> Speakers::RecentPerson(uint32_t before) const {
  const Entity* found = nullptr;
  uint32_t found_start = 0;
  for (const Entity& e : entities_) {
    if (e.type != "PERSON") continue;
    for (const Mention& m : e.mentions) {
      if (m.span.end <= before && m.span.start >= found_start && !InQuote(m.span.start)) {
        found = &e;
        found_start = m.span.start;
      }
    }
  }
  if (found == nullptr) return std::nullopt;
  return found->id;
}

std::optional<std::string> Speakers::EntityFor(WordRef head, ByteRange written) const {
  const std::vector<Word>& words = WordsOf(head.sentence);
  const Word& h = words[head.index];
  const std::string form = Lower(doc_.TokenText(text::Token{h.span.start, h.span.end}));
  if (form == "he" || form == "she") return RecentPerson(h.span.start);
  const auto covering = [&](uint32_t pos) -> std::optional<std::string> {
    for (const Entity& e : entities_) {
      for (const Mention& m : e.mentions) {
        if (m.span.start <= pos && pos < m.span.end) return e.id;
      }
    }
    for (const Entity& e : entities_) {
      for (const Role& r : e.roles) {
        if (r.span.start <= pos && pos < r.span.end) return e.id;
      }
    }
    return std::nullopt;
  };
  if (auto id = covering(h.span.start)) return id;
  // "the US Secretary of State, Anthony Blinken": the name in apposition.
  for (uint32_t j = 0; j < words.size(); ++j) {
    if (HeadIndex(words[j]) != head.index || words[j].span.start < written.first ||
        words[j].span.end > written.second) {
      continue;
    }
    if (StartsWith(words[j].deprel, "appos") || StartsWith(words[j].deprel, "flat")) {
      if (auto id = covering(words[j].span.start)) return id;
    }
  }
  return std::nullopt;
}

}  // namespace newsgraph::extract
