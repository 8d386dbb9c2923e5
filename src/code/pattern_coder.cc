#include "code/pattern_coder.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "code/arguments.h"
#include "code/coder_actors.h"
#include "code/comma_clauses.h"
#include "code/verb_context.h"
#include "code/pattern_match.h"
#include "code/verb_pattern_syntax.h"

namespace newsgraph::code {
namespace {

struct FoundVerb {
  const VerbBlock* block = nullptr;
  const VerbEntry* entry = nullptr;
  size_t begin = 0;
  size_t end = 0;
};

std::optional<FoundVerb> FindVerb(const VerbDictionary& verbs, const MatchSentence& s, size_t i) {
  const std::vector<VerbFormRef>* refs = verbs.FindForm(s.upper[i]);
  if (refs == nullptr) refs = verbs.FindForm(s.upper_lemma[i]);
  if (refs == nullptr) return std::nullopt;
  std::optional<FoundVerb> best;
  for (const VerbFormRef& ref : *refs) {
    const VerbBlock& block = verbs.blocks()[ref.block];
    const VerbEntry& entry = block.verbs[ref.verb];
    if (entry.verb_word > i || i - entry.verb_word + entry.words.size() > s.upper.size()) continue;
    const size_t begin = i - entry.verb_word;
    bool fits = true;
    for (size_t j = 0; j < entry.words.size() && fits; ++j) {
      if (j != entry.verb_word) fits = s.upper[begin + j] == entry.words[j];
    }
    if (!fits) continue;
    // A verb listed in several blocks belongs to the last (PETRARCH).
    if (!best || entry.words.size() >= best->entry->words.size()) {
      best = FoundVerb{&block, &entry, begin, begin + entry.words.size()};
    }
  }
  return best;
}

std::string Origin(const VerbDictionary& d, int line) {
  return d.origin() + ":" + std::to_string(line);
}

// Whether word w ends a clause for TABARI's linear search: a comma or a
// semicolon. (Not "that": "allowed that Mordor isn't ..." has its target
// after it.)
bool EndsClause(const MatchSentence& s, const std::vector<Word>& /*words*/, size_t w) {
  return s.upper[w] == "," || s.upper[w] == ";";
}

}  // namespace

std::vector<CodedEvent> PatternCoder::Code(std::string_view text,
                                           std::span<const text::Token> tokens,
                                           const std::vector<Word>& words,
                                           std::vector<ActorPhrase> phrases,
                                           const PatternCoderOptions& options) const {
  MatchSentence s;
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    s.upper.push_back(verb_syntax::Upper(text.substr(tokens[i].start, tokens[i].end - tokens[i].start)));
    s.upper_lemma.push_back(verb_syntax::Upper(words[i].lemma));
    s.noun.push_back(words[i].upos == "NOUN");
    s.preposition.push_back(words[i].upos == "ADP");
  }
  s.phrases = std::move(phrases);
  for (const ActorPhrase& p : s.phrases) {
    if (p.special) return {};  // complex or discarded: left to a human
  }
  auto index_phrases = [&] {
    s.phrase_at.assign(n, -1);
    for (size_t p = 0; p < s.phrases.size(); ++p) {
      for (size_t w = s.phrases[p].begin; w < s.phrases[p].end; ++w) {
        s.phrase_at[w] = static_cast<int>(p);
      }
    }
    s.compound_of = CompoundGroups(s, words);
  };
  index_phrases();
  // Comma-delimited clauses are left out: their verbs and actors.
  std::vector<bool> left_out(n, false);
  if (options.commas) {
    std::vector<bool> punctuation(n), list_comma(n, false);
    for (size_t w = 0; w < n; ++w) {
      punctuation[w] = words[w].upos == "PUNCT";
      if (s.upper[w] != ",") continue;
      // Between two members of one compound ("Evil Mordor, the awful
      // Fornost, and good Gondor").
      int before = -1, after = -1;
      for (size_t b = w; b-- > 0 && before < 0;) before = s.phrase_at[b];
      for (size_t a = w + 1; a < n && after < 0; ++a) after = s.phrase_at[a];
      list_comma[w] = before >= 0 && after >= 0 && s.compound_of[before] == s.compound_of[after];
    }
    left_out = CommaClauses(s.upper, punctuation, list_comma, *options.commas);
    std::erase_if(s.phrases, [&](const ActorPhrase& p) { return left_out[p.begin]; });
    index_phrases();
  }
  DistributeAgents(&s);

  std::vector<CodedEvent> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  // `swap`: the paired (reverse) event of a code "032:033".
  auto emit = [&](const std::string& source, const std::string& target, const std::string& code,
                  const CodedEvent& base, bool swap) {
    if (source == target) return;
    if (options.require_dyad && (source == "---" || target == "---")) return;
    if (!seen.insert({source, target, code}).second) return;
    CodedEvent e = base;
    e.source = source;
    e.target = target;
    e.code = code;
    if (swap) {
      std::swap(e.source_word, e.target_word);
      std::swap(e.source_ref, e.target_ref);
    }
    out.push_back(std::move(e));
  };

  const DependencyTree tree(words);
  std::set<size_t> coded_verbs;
  size_t i = 0;
  while (i < n) {
    if (s.phrase_at[i] >= 0 || left_out[i]) {
      ++i;
      continue;
    }
    // The tagger must take one of the verb's words for a verb ("wire" in
    // "will not wire tap", "tap" being read as a noun).
    std::optional<FoundVerb> verb = FindVerb(verbs_, s, i);
    bool tagged_verb = false;
    for (size_t w = verb ? verb->begin : 0; verb && w < verb->end; ++w) {
      tagged_verb = tagged_verb || IsVerbWord(words[w]);
    }
    // A verb form right after the actor that opens the sentence is a verb
    // whatever the tagger says ("Ethiopia departs from Libya", "departs"
    // read as a plural noun): the headline shape TABARI codes without tags.
    if (verb && !tagged_verb && verb->begin > 0) {
      const int p = s.phrase_at[verb->begin - 1];
      tagged_verb = p >= 0 && s.phrases[p].begin == 0 && s.phrases[p].has_actor &&
                    NoVerbBefore(words, verb->begin);
    }
    if (!tagged_verb) {
      ++i;
      continue;
    }
    const VerbPattern* best = nullptr;
    PatternMatch best_match;
    for (const VerbPattern& pattern : verb->block->patterns) {
      auto m = MatchPattern(pattern, verbs_, s, verb->begin, verb->end);
      if (m && (best == nullptr || m->score > best_match.score)) {
        best = &pattern;
        best_match = std::move(*m);
      }
    }
    VerbCode code = best != nullptr ? best->code
                    : verb->entry->code ? *verb->entry->code
                                        : verb->block->code;
    const int line = best != nullptr ? best->line : verb->entry->line;
    i = verb->end;
    if (code.null()) continue;
    const size_t events_before = out.size();

    // Sources and targets: the pattern's, else the verb's subject and
    // object phrases in the dependency tree.
    const ArgumentWords args = tree.Arguments(verb->begin + verb->entry->verb_word);
    std::vector<int> sources = best_match.sources, targets = best_match.targets;
    auto code_of = [&](int p) { return s.phrases[p].code; };
    if (sources.empty()) sources = PhraseActors(s, tree, args.sources);
    if (targets.empty()) targets = PhraseActors(s, tree, args.targets);
    // Parse failures ("police arrested" read as a reduced relative) fall
    // back to TABARI's search: the nearest actor before the verb, the first
    // after it.
    const size_t head_word = verb->begin + verb->entry->verb_word;
    // A subject the parser split off its noun phrase ("the official news
    // agency WFNA said", with "agency" elsewhere): the words before it.
    for (int subject : args.sources) {
      for (size_t w = static_cast<size_t>(subject); sources.empty() && w-- > 0;) {
        const std::string& u = words[w].upos;
        if (u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM") break;
        if (const int p = s.phrase_at[w]; p >= 0 && !s.phrases[p].spent) sources = s.compound_of[p];
      }
    }
    // A passive whose "by" the parser hung elsewhere ("was opposed earlier
    // by Osgiliath"): the actor after "by" in the clause.
    if (sources.empty() && IsPassive(words, head_word)) {
      for (size_t w = verb->end; w + 1 < n && !EndsClause(s, words, w); ++w) {
        const int p = s.phrase_at[w + 1];
        if (s.upper[w] == "BY" && p >= 0 && s.phrases[p].has_actor && s.phrases[p].begin == w + 1) {
          sources = s.compound_of[p];
          break;
        }
      }
      // Without "by", TABARI keeps the default search: the subject is the
      // source ("The Philippines was heavily criticized over ... with
      // Eriador": PHL ERI), unless a pattern says otherwise ("+ WAS * DEAD
      // IN $").
      if (sources.empty()) {
        const std::vector<int> subjects = PassiveSubjects(words, head_word);
        sources = PhraseActors(s, tree, subjects);
        if (targets.empty() || targets == sources) {
          std::vector<int> others;
          for (int t : args.targets) {
            if (std::find(subjects.begin(), subjects.end(), t) == subjects.end()) others.push_back(t);
          }
          targets = PhraseActors(s, tree, others);
        }
      }
    }
    // Not for a verb in a subordinate non-finite clause ("after leaving
    // Eriador", "to be allowed to leave"): its doer is not the nearest name.
    const std::string& relation = words[head_word].deprel;
    const bool subordinate = (relation == "advcl" && words[head_word].xpos == "VBG") ||
                             relation == "xcomp" || relation == "amod";
    if (sources.empty() && !HasSubject(words, head_word) && !subordinate) {
      for (size_t w = verb->begin; w-- > 0;) {
        if (EndsClause(s, words, w)) break;
        const int p = s.phrase_at[w];
        if (p >= 0 && s.phrases[p].has_actor && !s.phrases[p].spent) {
          sources = s.compound_of[p];
          break;
        }
      }
    }
    // An agent alone ("diplomatic ties") yields to an actor in the clause.
    const bool agent_target = !targets.empty() && best_match.targets.empty() &&
                              !s.phrases[targets.front()].has_actor;
    if (targets.empty() || agent_target) {
      for (size_t w = verb->end; w < n; ++w) {
        if (EndsClause(s, words, w)) break;
        const int p = s.phrase_at[w];
        if (p >= 0 && s.phrases[p].has_actor && !s.phrases[p].spent) {
          targets = s.compound_of[p];
          break;
        }
      }
    }
    if (targets.empty() && sources.size() > 1) targets = sources;
    if (!options.code_infinitives && GovernedByCodedVerb(words, head_word, coded_verbs)) {
      continue;  // "urged Bree to help": the governing verb's event says it
    }
    CodedEvent base;
    base.verb = verb->begin;
    base.verb_end = verb->end;
    base.negated = Negated(words, head_word);
    base.modality = Modality(words, head_word);
    base.rule = Origin(verbs_, line);
    std::vector<std::string> source_codes, target_codes;
    // A code "FRO/BIL/SAM" stands for several actors (TABARI).
    auto add_codes = [&](int p, std::vector<std::string>* codes, std::vector<int>* from) {
      const std::string& c = code_of(p);
      size_t start = 0;
      while (start <= c.size()) {
        const size_t slash = std::min(c.find('/', start), c.size());
        codes->push_back(c.substr(start, slash - start));
        from->push_back(p);
        start = slash + 1;
      }
    };
    std::vector<int> source_of, target_of;
    for (int p : sources) add_codes(p, &source_codes, &source_of);
    for (int p : targets) add_codes(p, &target_codes, &target_of);
    if (options.new_actor_length > 0) {
      if (source_codes.empty() && !args.sources.empty()) {
        if (auto code = NewActor(s, tree, args.sources.front(), options.new_actor_length)) {
          source_codes.push_back(*code);
        }
      }
      if (target_codes.empty() && !args.targets.empty()) {
        if (auto code = NewActor(s, tree, args.targets.front(), options.new_actor_length)) {
          target_codes.push_back(*code);
        }
      }
    }
    if (source_codes.empty()) source_codes.push_back("---");
    if (target_codes.empty()) target_codes.push_back("---");
    for (size_t a = 0; a < source_codes.size(); ++a) {
      for (size_t b = 0; b < target_codes.size(); ++b) {
        if (!sources.empty()) {
          base.source_word = s.phrases[source_of[a]].begin;
          base.source_ref = s.phrases[source_of[a]].ref;
        }
        if (!targets.empty()) {
          base.target_word = s.phrases[target_of[b]].begin;
          base.target_ref = s.phrases[target_of[b]].ref;
        }
        emit(source_codes[a], target_codes[b], code.code, base, /*swap=*/false);
        if (!code.paired.empty()) {
          emit(target_codes[b], source_codes[a], code.paired, base, /*swap=*/true);
        }
      }
    }
    if (out.size() > events_before) coded_verbs.insert(verb->begin + verb->entry->verb_word);
  }
  return out;
}

}  // namespace newsgraph::code
