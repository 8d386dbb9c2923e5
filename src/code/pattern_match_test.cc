#include "code/pattern_match.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::code {
namespace {

constexpr std::string_view kSynsets =
    "&CURRENCY\n"
    "+DOLLAR\n"
    "+EURO\n"
    "+HARD_CURRENCY\n"
    "&MONEY\n"
    "+CASH_\n"
    "+&CURRENCY\n"
    "&FUNDS\n"
    "+AID\n"
    "+AID_PACKAGE\n"
    "&SHIPMENT\n"
    "+&FUNDS DELIVERY\n";

// A dictionary of the synsets above and one block holding `pattern`.
std::optional<VerbDictionary> Dictionary(const std::string& pattern) {
  const std::string text =
      std::string(kSynsets) + "--- TEST [010] ---\nSAY\n- " + pattern + " [010]\n";
  auto d = VerbDictionary::Parse(text, "t.verbs", {}, nullptr);
  EXPECT_TRUE(d.ok()) << pattern << ": " << d.status().ToString();
  if (!d.ok()) return std::nullopt;
  return std::move(d).value();
}

// A sentence written as blank-separated tokens, upper case:
//   "*WORD"        the verb (consecutive ones form a multi-word verb);
//   "[A" ... "B]"  an actor phrase ("[A]" a one-word one);
//   "{" ... "}"    around phrases: one compound group ("{[A] AND [B]}");
//   "WORD/N"       a common noun, "WORD/P" a preposition;
//   "WORD/L=LEMMA" a lemma other than the form.
struct Built {
  MatchSentence sentence;
  size_t verb_begin = 0, verb_end = 0;
};

Built Build(const std::string& spec) {
  Built b;
  MatchSentence& s = b.sentence;
  std::istringstream in(spec);
  int open_phrase = -1;
  bool in_group = false;
  std::vector<int> group;
  std::vector<int> group_of_phrase;  // -1 or index into `groups`
  std::vector<std::vector<int>> groups;
  bool seen_verb = false;
  for (std::string token; in >> token;) {
    const size_t i = s.upper.size();
    if (token.starts_with("{")) {
      in_group = true;
      token.erase(0, 1);
    }
    bool close_group = false;
    if (token.ends_with("}")) {
      close_group = true;
      token.pop_back();
    }
    if (token.starts_with("[")) {
      ActorPhrase p;
      p.begin = i;
      p.head = i;
      p.code = "X";
      p.has_actor = true;
      s.phrases.push_back(p);
      open_phrase = static_cast<int>(s.phrases.size()) - 1;
      group_of_phrase.push_back(-1);
      if (in_group) group.push_back(open_phrase);
      token.erase(0, 1);
    }
    bool close_phrase = false;
    if (token.ends_with("]")) {
      close_phrase = true;
      token.pop_back();
    }
    if (token.starts_with("*")) {
      if (!seen_verb) b.verb_begin = i;
      seen_verb = true;
      b.verb_end = i + 1;
      token.erase(0, 1);
    }
    std::string lemma;
    bool noun = false, preposition = false;
    if (size_t slash = token.find('/'); slash != std::string::npos && slash > 0) {
      const std::string tag = token.substr(slash + 1);
      token.resize(slash);
      if (tag == "N") noun = true;
      if (tag == "P") preposition = true;
      if (tag.starts_with("L=")) lemma = tag.substr(2);
    }
    s.upper.push_back(token);
    s.upper_lemma.push_back(lemma.empty() ? token : lemma);
    s.noun.push_back(noun);
    s.preposition.push_back(preposition);
    s.phrase_at.push_back(open_phrase);
    if (close_phrase && open_phrase >= 0) {
      s.phrases[open_phrase].end = i + 1;
      open_phrase = -1;
    }
    if (close_group) {
      for (int p : group) group_of_phrase[p] = static_cast<int>(groups.size());
      groups.push_back(group);
      group.clear();
      in_group = false;
    }
  }
  for (size_t p = 0; p < s.phrases.size(); ++p) {
    s.compound_of.push_back(group_of_phrase[p] >= 0 ? groups[group_of_phrase[p]]
                                                    : std::vector<int>{static_cast<int>(p)});
  }
  return b;
}

std::string Join(const std::vector<int>& v) {
  std::string out;
  for (int x : v) {
    if (!out.empty()) out += ',';
    out += std::to_string(x);
  }
  return out;
}

// "score=N src=[..] tgt=[..]" (+ " compound"), or "none".
std::string Render(const std::optional<PatternMatch>& m) {
  if (!m) return "none";
  std::string out = "score=" + std::to_string(m->score) + " src=[" + Join(m->sources) + "] tgt=[" +
                    Join(m->targets) + "]";
  if (m->compound) out += " compound";
  return out;
}

std::string Match(const std::string& pattern, const std::string& sentence) {
  std::optional<VerbDictionary> d = Dictionary(pattern);
  if (!d) return "bad dictionary";
  if (d->blocks().size() != 1 || d->blocks()[0].patterns.size() != 1) return "bad block";
  const Built b = Build(sentence);
  if (b.verb_end == 0) return "no verb in sentence";
  return Render(MatchPattern(d->blocks()[0].patterns[0], *d, b.sentence, b.verb_begin, b.verb_end));
}

struct Case {
  const char* name;
  const char* pattern;
  const char* sentence;
  const char* want;
  const char* bug = nullptr;  // set: a known bug, the case is skipped with this text
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const Case kCases[] = {
    // Words after '*', left to right, in order, with gaps.
    {"WordAfterVerb", "* AID", "[ARNOR] *SENT AID .", "score=1 src=[] tgt=[]"},
    {"WordAfterVerbWithGap", "* AID", "[ARNOR] *SENT MILITARY AID .", "score=1 src=[] tgt=[]"},
    {"WordAfterVerbMissing", "* AID", "[ARNOR] *SENT TROOPS .", "none"},
    {"WordBeforeVerbIsNotAfter", "* AID", "AID [ARNOR] *SENT .", "none"},
    {"AfterInOrder", "* AID TO +", "[ARNOR] *SENT AID TO [GONDOR] .", "score=3 src=[] tgt=[1]"},
    {"AfterWithGaps", "* AID TO +", "[ARNOR] *SENT MUCH AID ONLY TO THE [GONDOR] .",
     "score=3 src=[] tgt=[1]"},
    {"AfterOutOfOrder", "* AID TO +", "[ARNOR] *SENT TO [GONDOR] AID .", "none"},
    // Words before '*', right to left from the verb, in order, with gaps.
    {"BeforeInOrder", "$ FORMALLY * +", "[ARNOR] FORMALLY *RECOGNIZED [GONDOR] .",
     "score=3 src=[0] tgt=[1]"},
    {"BeforeWithGaps", "$ FORMALLY * +",
     "[ARNOR] ON MONDAY FORMALLY AND FULLY *RECOGNIZED [GONDOR] .", "score=3 src=[0] tgt=[1]"},
    {"BeforeOutOfOrder", "$ FORMALLY * +", "FORMALLY [ARNOR] *RECOGNIZED [GONDOR] .", "none"},
    {"BeforeWordAfterVerbIsNotBefore", "FORMALLY * +", "*RECOGNIZED FORMALLY [GONDOR] .", "none"},
    // '_' joins: the next element must follow at once.
    {"VerbJoinedAfter", "*_OUT AT +", "[ARNOR] *LASHED OUT AT [GONDOR] .",
     "score=3 src=[] tgt=[1]"},
    {"VerbJoinedAfterGap", "*_OUT AT +", "[ARNOR] *LASHED ANGRILY OUT AT [GONDOR] .", "none"},
    {"JoinedBeforeVerb", "$ IN_* +", "[ARNOR] IN *STEPPED [GONDOR] .", "score=3 src=[0] tgt=[1]"},
    {"JoinedBeforeVerbGap", "$ IN_* +", "[ARNOR] IN QUICKLY *STEPPED [GONDOR] .", "none"},
    {"WordsJoined", "* AID_TO +", "[ARNOR] *SENT AID TO [GONDOR] .", "score=3 src=[] tgt=[1]"},
    {"WordsJoinedGap", "* AID_TO +", "[ARNOR] *SENT AID ONLY TO [GONDOR] .", "none"},
    {"WordsNotJoinedGap", "* AID TO +", "[ARNOR] *SENT AID ONLY TO [GONDOR] .",
     "score=3 src=[] tgt=[1]"},
    {"TargetJoined", "* TO_+", "[ARNOR] *TALKED TO [GONDOR] .", "score=2 src=[] tgt=[1]"},
    {"TargetJoinedGap", "* TO_+", "[ARNOR] *TALKED TO THE [GONDOR] .", "none"},
    {"WordsJoinedBeforeVerb", "$ HAS_NOT * +", "[ARNOR] HAS NOT *RECOGNIZED [GONDOR] .",
     "score=4 src=[0] tgt=[1]"},
    {"WordsJoinedBeforeVerbGap", "$ HAS_NOT * +", "[ARNOR] HAS STILL NOT *RECOGNIZED [GONDOR] .",
     "none"},
    // '$' and '+' bind the actor phrase found there.
    {"SourceAndTarget", "$ * +", "[ARNOR] *ATTACKED [GONDOR] .", "score=2 src=[0] tgt=[1]"},
    {"MultiWordPhrases", "$ * +", "[THE ARNOR ARMY] *ATTACKED [GONDOR 'S CAPITAL] .",
     "score=2 src=[0] tgt=[1]"},
    {"TargetIsTheWholePhrase", "* WITH_+", "[ARNOR] *MET WITH [THE GONDOR] .",
     "score=2 src=[] tgt=[1]"},
    {"SourceMissing", "$ * +", "THEY *ATTACKED [GONDOR] .", "none"},
    {"TargetMissing", "$ * +", "[ARNOR] *ATTACKED THEM .", "none"},
    {"SourceNotAfterVerb", "$ * +", "*ATTACKED [ARNOR] [GONDOR] .", "none"},
    {"TwoTargets", "$ * + AND +", "[ARNOR] *ATTACKED [GONDOR] AND [ROHAN] .",
     "score=4 src=[0] tgt=[1,2]"},
    // '%' before the verb: the compound is source and target at once.
    {"CompoundBeforeVerb", "% * DEAL", "{[ARNOR] AND [GONDOR]} *SIGNED A DEAL .",
     "score=2 src=[0,1] tgt=[0,1] compound"},
    {"CompoundOfThree", "% * DEAL", "{[ARNOR] , [ROHAN] AND [GONDOR]} *SIGNED A DEAL .",
     "score=2 src=[0,1,2] tgt=[0,1,2] compound"},
    {"CompoundNeedsTwo", "% * DEAL", "[ARNOR] *SIGNED A DEAL .", "none"},
    // '%' after the verb: a compound target.
    {"CompoundAfterVerb", "$ * WITH %", "[ARNOR] *AGREED WITH {[MORDOR] AND [ROHAN]} .",
     "score=3 src=[0] tgt=[1,2]"},
    {"CompoundAfterVerbNeedsTwo", "$ * WITH %", "[ARNOR] *AGREED WITH [MORDOR] .", "none"},
    // '^' skips an actor phrase or a common noun, binding nothing.
    {"SkipNoun", "* THEIR ^ ABOUT +", "[ARNOR] *WARNED THEIR POPULATIONS/N ABOUT [GONDOR] .",
     "score=4 src=[] tgt=[1]"},
    {"SkipPhrase", "* THEIR ^ ABOUT +", "[ARNOR] *WARNED THEIR [NEW ALLIES] ABOUT [GONDOR] .",
     "score=4 src=[] tgt=[2]"},
    {"SkipNotPreposition", "* ^ WITH +", "[ARNOR] *HELD ON/P WITH [GONDOR] .", "none"},
    {"SkipNotOtherWord", "* ^ WITH +", "[ARNOR] *HELD FRANKLY WITH [GONDOR] .", "none"},
    {"SkipNounThenWord", "* ^ WITH +", "[ARNOR] *HELD TALKS/N WITH [GONDOR] .",
     "score=3 src=[] tgt=[1]"},
    {"SkipBeforeVerb", "$ ^ * +", "[ARNOR] OFFICIALS/N *ATTACKED [GONDOR] .",
     "score=3 src=[0] tgt=[1]"},
    // Synsets: any phrase, multi-word phrases, generated plurals, nesting.
    {"Synset", "* &CURRENCY", "[ARNOR] *SENT EURO .", "score=1 src=[] tgt=[]"},
    {"SynsetPlural", "* &CURRENCY", "[ARNOR] *SENT DOLLARS .", "score=1 src=[] tgt=[]"},
    {"SynsetMultiWord", "* &CURRENCY_TO +", "[ARNOR] *SENT HARD CURRENCY TO [GONDOR] .",
     "score=3 src=[] tgt=[1]"},
    {"SynsetMultiWordPlural", "* &CURRENCY", "[ARNOR] *SENT HARD CURRENCIES .",
     "score=1 src=[] tgt=[]"},
    {"SynsetMultiWordNeedsAll", "* &CURRENCY", "[ARNOR] *SENT HARD WORK .", "none"},
    {"SynsetNoMatch", "* &CURRENCY", "[ARNOR] *SENT GOLD .", "none"},
    {"NestedSynset", "* &MONEY", "[ARNOR] *SENT EUROS .", "score=1 src=[] tgt=[]"},
    {"NestedSynsetOwnPhrase", "* &MONEY", "[ARNOR] *SENT CASH .", "score=1 src=[] tgt=[]"},
    {"NestedSynsetNoPluralWithUnderscore", "* &MONEY", "[ARNOR] *SENT CASHES .", "none"},
    {"NestedSynsetMultiWord", "* &MONEY", "[ARNOR] *SENT HARD CURRENCY .", "score=1 src=[] tgt=[]"},
    {"NestedSynsetShortPhrase", "* &SHIPMENT", "[ARNOR] *ORDERED AID DELIVERY .",
     "score=1 src=[] tgt=[]"},
    // The nested &FUNDS matches "AID" and "AID PACKAGE" here; only the
    // longer lets DELIVERY follow. Regression: the matcher once went on only
    // from a nested synset's first match.
    {"NestedSynsetLongerPhrase", "* &SHIPMENT", "[ARNOR] *ORDERED AID PACKAGE DELIVERY .",
     "score=1 src=[] tgt=[]"},
    {"SynsetBeforeVerb", "&MONEY * +", "HARD CURRENCY *FLOWED INTO [GONDOR] .",
     "score=2 src=[] tgt=[0]"},
    // Whole words only: no stems, plurals or lemmas (PATTERN-11).
    {"WholeWord", "* EFFORT", "[ARNOR] *MADE AN EFFORT .", "score=1 src=[] tgt=[]"},
    {"NoPlural", "* EFFORT", "[ARNOR] *MADE EFFORTS/L=EFFORT .", "none"},
    {"NoLemma", "* MEET", "[ARNOR] *AGREED TO MET/L=MEET .", "none"},
    {"NoStem", "* FOR_ASYLUM", "[ARNOR] *SOUGHT FOREIGN ASYLUM .", "none"},
    {"ExactWordSame", "* EFFORT_", "[ARNOR] *MADE AN EFFORT .", "score=1 src=[] tgt=[]"},
    // One failed element fails the whole pattern.
    {"FailedTargetFailsAll", "$ * AID TO +", "[ARNOR] *SENT AID TO THE REGION .", "none"},
    {"FailedSourceFailsAll", "$ * AID TO +", "THEY *SENT AID TO [GONDOR] .", "none"},
    {"FailedWordFailsAll", "$ * AID TO +", "[ARNOR] *SENT AID FOR [GONDOR] .", "none"},
    // Score: the non-'*' elements.
    {"ScoreVerbOnly", "*", "[ARNOR] *SPOKE .", "score=0 src=[] tgt=[]"},
    {"ScoreAll", "$ FORMALLY * AID TO +", "[ARNOR] FORMALLY *SENT AID TO [GONDOR] .",
     "score=5 src=[0] tgt=[1]"},
    {"ScoreIgnoresBrackets", "$ * (TO +)", "[ARNOR] *TALKED TO [GONDOR] .",
     "score=3 src=[0] tgt=[1]"},
};

class PatternMatchTest : public ::testing::TestWithParam<Case> {};

TEST_P(PatternMatchTest, Matches) {
  const Case& c = GetParam();
  if (c.bug != nullptr) GTEST_SKIP() << c.bug;
  EXPECT_EQ(Match(c.pattern, c.sentence), c.want) << "- " << c.pattern << "  on  " << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(PatternMatch, PatternMatchTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(PatternMatchWordTest, WholeWordsOnly) {
  const Built b = Build("[ARNOR] *MADE EFFORTS/L=EFFORT AN EFFORT FOREIGN .");
  const MatchSentence& s = b.sentence;
  struct WordCase {
    const char* element;
    bool exact;
    size_t at;
    bool want;
  };
  const WordCase cases[] = {
      {"EFFORT", false, 4, true},  {"EFFORT", true, 4, true},
      {"EFFORT", false, 2, false}, {"EFFORT", true, 2, false},   // plural / lemma
      {"EFFORTS", false, 2, true}, {"FOR", false, 5, false},     // stem
      {"FOREIGN", false, 5, true}, {"effort", false, 4, false},  // elements are upper case
      {"MADE", false, 1, true},    {"MAKE", false, 1, false},
  };
  for (const WordCase& c : cases) {
    EXPECT_EQ(WordMatches(c.element, c.exact, s, c.at), c.want)
        << c.element << (c.exact ? "_" : "") << " at " << c.at << " (" << s.upper[c.at] << ")";
  }
}

}  // namespace
}  // namespace newsgraph::code
