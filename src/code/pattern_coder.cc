#include "code/pattern_coder.h"

#include <algorithm>
#include <bitset>
#include <functional>
#include <set>
#include <tuple>

#include "code/arguments.h"
#include "code/coder_actors.h"
#include "code/comma_clauses.h"
#include "code/pattern_match.h"
#include "code/verb_context.h"
#include "code/verb_pattern_syntax.h"

namespace newsgraph::code {
namespace {

struct FoundVerb {
  const VerbBlock* block = nullptr;
  const VerbEntry* entry = nullptr;
  size_t begin = 0;  // words [begin, end) of the (multi-word) verb
  size_t end = 0;
  size_t head() const { return begin + entry->verb_word; }  // the inflected word
};

// The verb's code and what fired it.
struct Choice {
  VerbCode code;
  PatternMatch match;  // empty bindings when no pattern matched
  bool by_pattern = false;
  int line = 0;
};

// Codes split into single actors: a code "FRO/BIL/SAM" stands for three
// (TABARI); `phrase` is the actor phrase each came from (-1 for none).
struct Actors {
  std::vector<std::string> codes;
  std::vector<int> phrase;
};

// The coding of one sentence; see pattern_coder.h for the rules.
class SentenceCoder {
 public:
  SentenceCoder(const VerbDictionary& verbs, std::string_view text,
                std::span<const text::Token> tokens, const std::vector<Word>& words,
                const PatternCoderOptions& options)
      : verbs_(verbs), words_(words), options_(options), tree_(words), n_(tokens.size()) {
    s_.upper.reserve(n_);
    s_.upper_lemma.reserve(n_);
    s_.noun.reserve(n_);
    s_.preposition.reserve(n_);
    for (size_t i = 0; i < n_; ++i) {
      const text::Token& t = tokens[i];
      s_.upper.push_back(verb_syntax::Upper(text.substr(t.start, t.end - t.start)));
      s_.upper_lemma.push_back(verb_syntax::Upper(words[i].lemma));
      s_.noun.push_back(words[i].upos == "NOUN");
      s_.preposition.push_back(words[i].upos == "ADP");
    }
    left_out_.assign(n_, false);
  }

  std::vector<CodedEvent> Code(std::vector<ActorPhrase> phrases) {
    s_.phrases = std::move(phrases);
    for (const ActorPhrase& p : s_.phrases) {
      if (p.special) return {};  // complex or discarded: left to a human
    }
    IndexPhrases();
    if (options_.commas) LeaveOutCommaClauses(*options_.commas);
    DistributeAgents(&s_);
    size_t i = 0;
    while (i < n_) {
      std::optional<FoundVerb> verb = VerbAt(i);
      if (!verb) {
        ++i;
        continue;
      }
      i = verb->end;
      CodeVerb(*verb);
    }
    return std::move(out_);
  }

 private:
  void IndexPhrases() {
    s_.phrase_at.assign(n_, -1);
    for (size_t p = 0; p < s_.phrases.size(); ++p) {
      for (size_t w = s_.phrases[p].begin; w < s_.phrases[p].end; ++w) {
        s_.phrase_at[w] = static_cast<int>(p);
      }
    }
    s_.compound_of = CompoundGroups(s_, words_);
  }

  void LeaveOutCommaClauses(const CommaLimits& limits) {
    std::vector<bool> punctuation(n_), list_comma(n_, false);
    for (size_t w = 0; w < n_; ++w) {
      punctuation[w] = words_[w].upos == "PUNCT";
      if (s_.upper[w] != ",") continue;
      // Between two members of one compound ("Evil Mordor, the awful
      // Fornost, and good Gondor").
      int before = -1, after = -1;
      for (size_t b = w; b-- > 0 && before < 0;) before = s_.phrase_at[b];
      for (size_t a = w + 1; a < n_ && after < 0; ++a) after = s_.phrase_at[a];
      list_comma[w] = before >= 0 && after >= 0 && s_.compound_of[before] == s_.compound_of[after];
    }
    left_out_ = CommaClauses(s_.upper, punctuation, list_comma, limits);
    std::erase_if(s_.phrases, [&](const ActorPhrase& p) { return left_out_[p.begin]; });
    IndexPhrases();
  }

  // The dictionary verb starting at word i: the longest multi-word verb
  // that fits (a verb in several blocks belongs to the last, as in
  // PETRARCH), outside actor phrases and left-out clauses, with one word
  // the tagger takes for a verb ("wire" in "will not wire tap").
  std::optional<FoundVerb> VerbAt(size_t i) const {
    if (s_.phrase_at[i] >= 0 || left_out_[i]) return std::nullopt;
    const std::vector<VerbFormRef>* refs = verbs_.FindForm(s_.upper[i]);
    if (refs == nullptr && s_.upper_lemma[i] != s_.upper[i])
      refs = verbs_.FindForm(s_.upper_lemma[i]);
    if (refs == nullptr) return std::nullopt;
    std::optional<FoundVerb> best;
    for (const VerbFormRef& ref : *refs) {
      const VerbBlock& block = verbs_.blocks()[ref.block];
      const VerbEntry& entry = block.verbs[ref.verb];
      if (entry.verb_word > i || i - entry.verb_word + entry.words.size() > n_) continue;
      const size_t begin = i - entry.verb_word;
      bool fits = true;
      for (size_t j = 0; j < entry.words.size() && fits; ++j) {
        if (j != entry.verb_word) fits = s_.upper[begin + j] == entry.words[j];
      }
      if (fits && (!best || entry.words.size() >= best->entry->words.size())) {
        best = FoundVerb{&block, &entry, begin, begin + entry.words.size()};
      }
    }
    if (!best) return std::nullopt;
    for (size_t w = best->begin; w < best->end; ++w) {
      if (IsVerbWord(words_[w])) return best;
    }
    // A verb form right after the actor that opens the sentence is a verb
    // whatever the tagger says ("Ethiopia departs from Libya", "departs"
    // read as a plural noun): the headline shape TABARI codes without tags.
    if (best->begin > 0) {
      const int p = s_.phrase_at[best->begin - 1];
      if (p >= 0 && s_.phrases[p].begin == 0 && s_.phrases[p].has_actor &&
          NoVerbBefore(words_, best->begin)) {
        return best;
      }
    }
    return std::nullopt;
  }

  // The block's pattern with the most elements that matches (file order on
  // ties), else the verb's own or its block's code.
  Choice Choose(const FoundVerb& verb) {
    Choice c;
    for (const VerbPattern& pattern : verb.block->patterns) {
      if (!AllPresent(pattern)) continue;
      auto m = MatchPattern(pattern, verbs_, s_, verb.begin, verb.end);
      if (m && (!c.by_pattern || m->score > c.match.score)) {
        c.code = pattern.code;
        c.match = std::move(*m);
        c.by_pattern = true;
        c.line = pattern.line;
      }
    }
    if (!c.by_pattern) {
      c.code = verb.entry->code ? *verb.entry->code : verb.block->code;
      c.line = verb.entry->line;
    }
    return c;
  }

  // A cheap necessary condition for the pattern to match: its words, and
  // a first word of each of its synsets, are in the sentence.
  bool AllPresent(const VerbPattern& pattern) {
    if (!present_built_) {  // on first use: most sentences have no verb
      for (const std::string& w : s_.upper) present_.set(PresentBit(w));
      present_built_ = true;
    }
    // A word's bit may be set by another word: then the pattern is tried.
    auto present = [&](const std::string& w) { return present_.test(PresentBit(w)); };
    for (const std::string& w : pattern.required_words) {
      if (!present(w)) return false;
    }
    for (int index : pattern.required_synsets) {
      const auto& firsts = verbs_.synsets()[index].first_words;
      if (std::none_of(firsts.begin(), firsts.end(), present)) return false;
    }
    return true;
  }
  static size_t PresentBit(std::string_view word) {
    return std::hash<std::string_view>{}(word) % kPresentBits;
  }

  // Whether word w ends a clause for TABARI's linear search: a comma or a
  // semicolon. (Not "that": "allowed that Mordor isn't ..." has its target
  // after it.)
  bool EndsClause(size_t w) const { return s_.upper[w] == "," || s_.upper[w] == ";"; }

  // The compound of the first actor phrase met walking from `from` (down
  // when `step` is -1, up when +1) inside the clause; {} when none.
  std::vector<int> NearestActor(size_t from, int step) const {
    for (size_t w = from; w < n_; w += static_cast<size_t>(step)) {
      if (EndsClause(w)) break;
      const int p = s_.phrase_at[w];
      if (p >= 0 && s_.phrases[p].has_actor && !s_.phrases[p].spent) return s_.compound_of[p];
      if (w == 0 && step < 0) break;
    }
    return {};
  }

  std::vector<int> Sources(const FoundVerb& verb, const ArgumentWords& args, const Choice& c,
                           std::vector<int>* targets) const {
    std::vector<int> sources = c.match.sources;
    if (sources.empty()) sources = PhraseActors(s_, tree_, args.sources);
    // A subject the parser split off its noun phrase ("the official news
    // agency WFNA said", with "agency" elsewhere): the words before it.
    for (int subject : args.sources) {
      for (size_t w = static_cast<size_t>(subject); sources.empty() && w-- > 0;) {
        const std::string& u = words_[w].upos;
        if (u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM") break;
        if (const int p = s_.phrase_at[w]; p >= 0 && !s_.phrases[p].spent) {
          sources = s_.compound_of[p];
        }
      }
    }
    const size_t head = verb.head();
    if (sources.empty() && IsPassive(words_, head)) sources = PassiveSources(verb, args, targets);
    // Parse failures ("police arrested" read as a reduced relative) fall
    // back to TABARI's search: the nearest actor before the verb. Not for a
    // verb in a subordinate non-finite clause ("after leaving Eriador", "to
    // be allowed to leave"): its doer is not the nearest name.
    const std::string& relation = words_[head].deprel;
    const bool subordinate = (relation == "advcl" && words_[head].xpos == "VBG") ||
                             relation == "xcomp" || relation == "amod";
    if (sources.empty() && !HasSubject(words_, head) && !subordinate && verb.begin > 0) {
      sources = NearestActor(verb.begin - 1, -1);
    }
    return sources;
  }

  // A passive's doer: "by X" in the clause (the parser may hang it
  // elsewhere: "was opposed earlier by Osgiliath"); without "by", TABARI
  // keeps its default search, the subject being the source ("The
  // Philippines was heavily criticized over ... with Eriador": PHL ERI)
  // unless a pattern says otherwise ("+ WAS * DEAD IN $").
  std::vector<int> PassiveSources(const FoundVerb& verb, const ArgumentWords& args,
                                  std::vector<int>* targets) const {
    for (size_t w = verb.end; w + 1 < n_ && !EndsClause(w); ++w) {
      const int p = s_.phrase_at[w + 1];
      if (s_.upper[w] == "BY" && p >= 0 && s_.phrases[p].has_actor &&
          s_.phrases[p].begin == w + 1) {
        return s_.compound_of[p];
      }
    }
    const std::vector<int> subjects = PassiveSubjects(words_, verb.head());
    std::vector<int> sources = PhraseActors(s_, tree_, subjects);
    if (!sources.empty() && (targets->empty() || *targets == sources)) {
      std::vector<int> others;
      for (int t : args.targets) {
        if (std::find(subjects.begin(), subjects.end(), t) == subjects.end()) others.push_back(t);
      }
      *targets = PhraseActors(s_, tree_, others);
    }
    return sources;
  }

  // An empty target, or an agent alone ("diplomatic ties") the pattern did
  // not bind, yields to the first actor after the verb in the clause.
  void FallBackTargets(const FoundVerb& verb, const Choice& c, std::vector<int>* targets) const {
    const bool agent_target =
        !targets->empty() && c.match.targets.empty() && !s_.phrases[targets->front()].has_actor;
    if (targets->empty() || agent_target) {
      std::vector<int> found = NearestActor(verb.end, +1);
      if (!found.empty() || targets->empty()) *targets = std::move(found);
    }
  }

  Actors Split(const std::vector<int>& phrases) const {
    Actors a;
    for (int p : phrases) {
      const std::string& c = s_.phrases[p].code;
      size_t start = 0;
      while (start <= c.size()) {
        const size_t slash = std::min(c.find('/', start), c.size());
        a.codes.push_back(c.substr(start, slash - start));
        a.phrase.push_back(p);
        start = slash + 1;
      }
    }
    return a;
  }

  // PETRARCH's new actor for an argument without one, then "---".
  void FillMissing(const std::vector<int>& heads, Actors* actors) const {
    if (actors->codes.empty() && options_.new_actor_length > 0 && !heads.empty()) {
      if (auto code = NewActor(s_, tree_, heads.front(), options_.new_actor_length)) {
        actors->codes.push_back(*code);
        actors->phrase.push_back(-1);
      }
    }
    if (actors->codes.empty()) {
      actors->codes.push_back("---");
      actors->phrase.push_back(-1);
    }
  }

  void CodeVerb(const FoundVerb& verb) {
    const Choice choice = Choose(verb);
    if (choice.code.null()) return;
    const size_t head = verb.head();
    const ArgumentWords args = tree_.Arguments(head);
    std::vector<int> targets = choice.match.targets;
    if (targets.empty()) targets = PhraseActors(s_, tree_, args.targets);
    const std::vector<int> sources = Sources(verb, args, choice, &targets);
    FallBackTargets(verb, choice, &targets);
    // No target and a compound source: its members act on each other
    // (TABARI manual 5.8).
    if (targets.empty() && sources.size() > 1) targets = sources;
    if (!options_.code_infinitives && GovernedByCodedVerb(words_, head, coded_verbs_)) {
      return;  // "urged Bree to help": the governing verb's event says it
    }
    Actors from = Split(sources), to = Split(targets);
    FillMissing(args.sources, &from);
    FillMissing(args.targets, &to);
    CodedEvent base;
    base.verb = verb.begin;
    base.verb_end = verb.end;
    base.negated = Negated(words_, head);
    base.modality = Modality(words_, head);
    base.rule = verbs_.origin() + ":" + std::to_string(choice.line);
    const size_t before = out_.size();
    for (size_t a = 0; a < from.codes.size(); ++a) {
      for (size_t b = 0; b < to.codes.size(); ++b) {
        CodedEvent e = base;
        if (const int p = from.phrase[a]; p >= 0) {
          e.source_word = s_.phrases[p].begin;
          e.source_ref = s_.phrases[p].ref;
        }
        if (const int p = to.phrase[b]; p >= 0) {
          e.target_word = s_.phrases[p].begin;
          e.target_ref = s_.phrases[p].ref;
        }
        Emit(from.codes[a], to.codes[b], choice.code.code, e);
        if (!choice.code.paired.empty()) {
          // The paired code's event goes the other way ("032:033").
          std::swap(e.source_word, e.target_word);
          std::swap(e.source_ref, e.target_ref);
          Emit(to.codes[b], from.codes[a], choice.code.paired, e);
        }
      }
    }
    if (out_.size() > before) coded_verbs_.insert(head);
  }

  // Drops events with the same source and target, without a dyad when one
  // is required, and repeats of a (source, target, code) in the sentence.
  void Emit(const std::string& source, const std::string& target, const std::string& code,
            CodedEvent e) {
    if (source == target) return;
    if (options_.require_dyad && (source == "---" || target == "---")) return;
    if (!seen_.insert({source, target, code}).second) return;
    e.source = source;
    e.target = target;
    e.code = code;
    out_.push_back(std::move(e));
  }

  const VerbDictionary& verbs_;
  const std::vector<Word>& words_;
  const PatternCoderOptions& options_;
  const DependencyTree tree_;
  const size_t n_;
  MatchSentence s_;
  std::vector<bool> left_out_;  // words in comma-delimited clauses left out
  // The sentence's upper-case words, one hashed bit each (AllPresent).
  static constexpr size_t kPresentBits = 4096;
  std::bitset<kPresentBits> present_;
  bool present_built_ = false;
  std::vector<CodedEvent> out_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::set<size_t> coded_verbs_;  // head words of verbs that coded an event
};

}  // namespace

std::vector<CodedEvent> PatternCoder::Code(std::string_view text,
                                           std::span<const text::Token> tokens,
                                           const std::vector<Word>& words,
                                           std::vector<ActorPhrase> phrases,
                                           const PatternCoderOptions& options) const {
  SentenceCoder coder(verbs_, text, tokens, words, options);
  return coder.Code(std::move(phrases));
}

}  // namespace newsgraph::code
