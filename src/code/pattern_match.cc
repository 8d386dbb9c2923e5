#include "code/pattern_match.h"

namespace newsgraph::code {
namespace {

using Kind = PatternElement::Kind;

// A pattern element with its adjacency to the element before it (in text
// order), grouping markers dropped.
struct Step {
  const PatternElement* element = nullptr;
  bool adjacent_to_previous = false;
};

bool IsMarker(Kind k) {
  return k == Kind::kOpenPrep || k == Kind::kClosePrep || k == Kind::kOpenNoun ||
         k == Kind::kCloseNoun;
}

// Bounds the backtracking of one pattern on a long sentence.
constexpr int kMaxSteps = 20000;

class Matcher {
 public:
  Matcher(const VerbDictionary& dictionary, const MatchSentence& s)
      : dictionary_(dictionary), s_(s) {}

  // Ends of the element's matches starting at `begin` (forward).
  std::vector<size_t> EndsFrom(const PatternElement& e, size_t begin, int depth = 0) const {
    std::vector<size_t> ends;
    const size_t n = s_.upper.size();
    if (begin >= n) return ends;
    switch (e.kind) {
      case Kind::kWord:
        if (WordMatches(e.text, e.exact, s_, begin)) ends.push_back(begin + 1);
        break;
      case Kind::kSynset:
        if (const Synset* syn = e.synset >= 0 ? &dictionary_.synsets()[e.synset]
                                              : dictionary_.FindSynset(e.text);
            syn != nullptr && depth < 4) {
          for (const auto& phrase : syn->phrases) {
            PhraseEnds(phrase, 0, begin, depth, &ends);
          }
        }
        break;
      case Kind::kSource:
      case Kind::kTarget:
      case Kind::kSkip:
        if (const int p = s_.phrase_at[begin]; p >= 0 && s_.phrases[p].begin == begin) {
          ends.push_back(s_.phrases[p].end);
        } else if (e.kind == Kind::kSkip && s_.phrase_at[begin] < 0 && s_.noun[begin]) {
          ends.push_back(begin + 1);  // PETRARCH: '^' also skips a common noun
        }
        break;
      case Kind::kCompound:
        if (const int p = s_.phrase_at[begin]; p >= 0 && s_.phrases[p].begin == begin) {
          const auto& group = s_.compound_of[p];
          if (group.size() >= 2 && group.front() == p) {
            ends.push_back(s_.phrases[group.back()].end);
          }
        }
        break;
      default:
        break;
    }
    return ends;
  }

  // Starts of the element's matches ending at `end` (backward).
  std::vector<size_t> StartsTo(const PatternElement& e, size_t end) const {
    std::vector<size_t> starts;
    if (end == 0) return starts;
    if (e.kind == Kind::kSource || e.kind == Kind::kTarget || e.kind == Kind::kSkip) {
      if (const int p = s_.phrase_at[end - 1]; p >= 0 && s_.phrases[p].end == end) {
        starts.push_back(s_.phrases[p].begin);
      } else if (e.kind == Kind::kSkip && s_.phrase_at[end - 1] < 0 && s_.noun[end - 1]) {
        starts.push_back(end - 1);
      }
      return starts;
    }
    if (e.kind == Kind::kCompound) {
      if (const int p = s_.phrase_at[end - 1]; p >= 0 && s_.phrases[p].end == end) {
        const auto& group = s_.compound_of[p];
        if (group.size() >= 2 && group.back() == p) starts.push_back(s_.phrases[group.front()].begin);
      }
      return starts;
    }
    // Words and synsets: try every start whose forward match ends here.
    const size_t lowest = end >= 8 ? end - 8 : 0;
    for (size_t b = end; b-- > lowest;) {
      for (size_t x : EndsFrom(e, b)) {
        if (x == end) starts.push_back(b);
      }
    }
    return starts;
  }

  bool Forward(const std::vector<Step>& steps, size_t k, size_t pos, PatternMatch* m) {
    if (k == steps.size()) return true;
    const size_t n = s_.upper.size();
    const size_t last = steps[k].adjacent_to_previous ? pos : n;
    for (size_t p = pos; p <= last && p < n; ++p) {
      if (++steps_taken_ > kMaxSteps) return false;
      for (size_t end : EndsFrom(*steps[k].element, p)) {
        const size_t before_s = m->sources.size(), before_t = m->targets.size();
        Bind(*steps[k].element, p, m, /*after_verb=*/true);
        if (Forward(steps, k + 1, end, m)) return true;
        m->sources.resize(before_s);
        m->targets.resize(before_t);
      }
    }
    return false;
  }

  // steps are in text order; k counts from the verb backwards. An element
  // joined to the next one ("IN_*") must end where that one starts.
  bool Backward(const std::vector<Step>& steps, size_t k, size_t pos, PatternMatch* m) {
    if (k == steps.size()) return true;
    const Step& step = steps[steps.size() - 1 - k];
    const size_t lowest = step.element->joined_to_next ? pos : 0;
    for (size_t e = pos; e >= lowest && e > 0; --e) {
      if (++steps_taken_ > kMaxSteps) return false;
      for (size_t start : StartsTo(*step.element, e)) {
        const size_t before_s = m->sources.size(), before_t = m->targets.size();
        Bind(*step.element, start, m, /*after_verb=*/false);
        if (Backward(steps, k + 1, start, m)) return true;
        m->sources.resize(before_s);
        m->targets.resize(before_t);
      }
    }
    return false;
  }

 private:
  // The ends of the synset phrase's matches from `begin`: words in a row;
  // a nested "&X" may end at any of its own matches (AID or AID PACKAGE).
  void PhraseEnds(const std::vector<std::string>& phrase, size_t k, size_t i, int depth,
                  std::vector<size_t>* ends) const {
    if (k == phrase.size()) {
      ends->push_back(i);
      return;
    }
    if (i >= s_.upper.size()) return;
    const std::string& w = phrase[k];
    if (!w.empty() && w[0] == '&') {
      PatternElement nested;
      nested.kind = Kind::kSynset;
      nested.text = w.substr(1);
      for (size_t end : EndsFrom(nested, i, depth + 1)) PhraseEnds(phrase, k + 1, end, depth, ends);
      return;
    }
    if (WordMatches(w, /*exact=*/true, s_, i)) PhraseEnds(phrase, k + 1, i + 1, depth, ends);
  }

  // `after_verb`: a '%' after the verb is a compound target ("agrees with
  // the Philippines and France"); before it, source and target at once.
  void Bind(const PatternElement& e, size_t begin, PatternMatch* m, bool after_verb) const {
    const int p = s_.phrase_at[begin];
    if (p < 0) return;
    if (e.kind == Kind::kSource) m->sources.push_back(p);
    if (e.kind == Kind::kTarget) m->targets.push_back(p);
    if (e.kind == Kind::kCompound) {
      for (int q : s_.compound_of[p]) {
        if (!after_verb) m->sources.push_back(q);
        m->targets.push_back(q);
      }
      m->compound = !after_verb;
    }
  }

  const VerbDictionary& dictionary_;
  const MatchSentence& s_;
  int steps_taken_ = 0;
};

}  // namespace

// PETRARCH matches pattern words as written, whole: TABARI's stems
// over-match ("FOR_ASYLUM" in "foreign asylum"), and neither plurals nor
// lemmas count ("* EFFORT" does not match "efforts", PATTERN-11).
bool WordMatches(const std::string& element, bool /*exact*/, const MatchSentence& s,
                 size_t i) {
  return s.upper[i] == element;
}

std::optional<PatternMatch> MatchPattern(const VerbPattern& pattern,
                                         const VerbDictionary& dictionary,
                                         const MatchSentence& sentence, size_t verb_begin,
                                         size_t verb_end) {
  std::vector<Step> before, after;
  bool seen_verb = false, previous_joined = false;
  int elements = 0;
  for (const PatternElement& e : pattern.elements) {
    if (IsMarker(e.kind)) continue;
    if (e.kind == Kind::kVerb) {
      seen_verb = true;
    } else {
      ++elements;
      (seen_verb ? after : before).push_back({&e, previous_joined});
    }
    previous_joined = e.joined_to_next;
  }
  Matcher matcher(dictionary, sentence);
  PatternMatch m;
  if (!matcher.Forward(after, 0, verb_end, &m)) return std::nullopt;
  if (!matcher.Backward(before, 0, verb_begin, &m)) return std::nullopt;
  m.score = elements;
  return m;
}

}  // namespace newsgraph::code
