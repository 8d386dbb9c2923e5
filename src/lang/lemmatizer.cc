#include "lang/lemmatizer.h"

#include <array>
#include <span>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lang {
namespace {

constexpr std::string_view kLexiconFile = "lang/lemma_lexicon.tsv";
constexpr std::string_view kWordsFile = "lang/lemma_words.tsv";

struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
};

// WordNet morphy's detachment rules, by the PTB tags they apply to.
constexpr std::array kPluralRules = {
    SuffixRule{"ses", "s"},  SuffixRule{"xes", "x"},   SuffixRule{"zes", "z"},
    SuffixRule{"ches", "ch"}, SuffixRule{"shes", "sh"}, SuffixRule{"men", "man"},
    SuffixRule{"ies", "y"},  SuffixRule{"s", ""}};
constexpr std::array kThirdPersonRules = {SuffixRule{"ies", "y"}, SuffixRule{"es", "e"},
                                          SuffixRule{"es", ""}, SuffixRule{"s", ""}};
constexpr std::array kComparativeRules = {SuffixRule{"ier", "y"}, SuffixRule{"er", ""}};
constexpr std::array kSuperlativeRules = {SuffixRule{"iest", "y"}, SuffixRule{"est", ""}};
// -ed and -ing: the stem, the stem + "e" and the undoubled stem are tried
// (see EndingCandidates), so one rule per ending.
constexpr std::array kPastRules = {SuffixRule{"ied", "y"}, SuffixRule{"ed", ""}};
constexpr std::array kGerundRules = {SuffixRule{"ing", ""}};

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "bor" (bored), "hop" (hoping): one vowel then one consonant, so English
// spelling says the base ended in a silent "e" unless the consonant doubled.
bool EndsVowelConsonant(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return IsVowel(stem[n - 2]) && (n < 3 || !IsVowel(stem[n - 3]));
}

// "stopp" -> "stop"; not "ll", "ss", "ff", "zz", which bases keep ("fill").
bool EndsDoubled(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 3 || stem[n - 1] != stem[n - 2] || IsVowel(stem[n - 1])) return false;
  const char c = stem[n - 1];
  return c != 'l' && c != 's' && c != 'f' && c != 'z';
}

// The candidate bases of an -ed/-ing stem, most likely first.
std::vector<std::string> EndingCandidates(const std::string& stem) {
  std::vector<std::string> out;
  if (EndsVowelConsonant(stem)) {
    out = {stem + "e", stem};
  } else {
    out = {stem, stem + "e"};
  }
  if (EndsDoubled(stem)) out.push_back(stem.substr(0, stem.size() - 1));
  return out;
}

// When WordNet knows no candidate: undouble, else keep the bare stem.
std::string FallbackBase(const std::string& stem) {
  if (EndsDoubled(stem)) return stem.substr(0, stem.size() - 1);
  return stem;
}

bool HasInnerUpper(std::string_view form) {
  for (size_t i = 1; i < form.size(); ++i) {
    if (IsAsciiUpper(form[i])) return true;
  }
  return false;
}

// Writes the lexicon key into `key` (reused, so lookups do not allocate).
std::string_view LexiconKey(std::string_view form, std::string_view upos, std::string_view xpos,
                            std::string* key) {
  key->clear();
  key->append(form).push_back('\t');
  key->append(upos).push_back('\t');
  key->append(xpos);
  return *key;
}

// Scratch for lookup keys: one per thread, since Lemmatize() is const and
// may run concurrently.
std::string& ScratchKey() {
  thread_local std::string key;
  return key;
}

// "12,000" -> "12000", as EWT writes the lemmas of numbers.
std::string NumberLemma(std::string_view form) {
  std::string out;
  for (char c : form) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::string(form);
    out.push_back(c);
  }
  return out.empty() ? std::string(form) : out;
}

// `base` (lower case) with the letters it shares with `form` in form's
// case: "Americans" + "american" -> "American".
std::string WithCaseOf(std::string_view form, std::string base) {
  for (size_t i = 0; i < base.size() && i < form.size(); ++i) {
    if (AsciiLower(form.substr(i, 1))[0] != base[i]) break;
    base[i] = form[i];
  }
  return base;
}

}  // namespace

Result<std::unique_ptr<const Lemmatizer>> Lemmatizer::Load(std::string_view lexicon_tsv,
                                                           std::string_view words_tsv) {
  std::unique_ptr<Lemmatizer> lemmatizer(new Lemmatizer());
  Status status = ReadTsv(
      kLexiconFile, lexicon_tsv, {"form", "upos", "xpos", "lemma", "source"},
      [&](const TsvRecord& r) -> Status {
        if (r.fields[0].empty() || r.fields[3].empty()) {
          return TsvError(kLexiconFile, r.line, "empty form or lemma");
        }
        std::string key;
        LexiconKey(r.fields[0], r.fields[1], r.fields[2], &key);
        lemmatizer->lexicon_.emplace(std::move(key), r.fields[3]);
        return Status::Ok();
      });
  if (!status.ok()) return status;
  status = ReadTsv(kWordsFile, words_tsv, {"pos", "word"}, [&](const TsvRecord& r) -> Status {
    if (r.fields[0].size() != 1 || r.fields[1].empty()) {
      return TsvError(kWordsFile, r.line, "expected a one-letter pos and a word");
    }
    std::string key(r.fields[0]);
    key.append(r.fields[1]);
    lemmatizer->words_.insert(std::move(key));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return std::unique_ptr<const Lemmatizer>(std::move(lemmatizer));
}

Result<const Lemmatizer*> Lemmatizer::Default() {
  static const Result<std::unique_ptr<const Lemmatizer>> loaded =
      []() -> Result<std::unique_ptr<const Lemmatizer>> {
    Result<std::string_view> lexicon = EmbeddedData(kLexiconFile);
    if (!lexicon.ok()) return lexicon.status();
    Result<std::string_view> words = EmbeddedData(kWordsFile);
    if (!words.ok()) return words.status();
    return Load(*lexicon, *words);
  }();
  if (!loaded.ok()) return loaded.status();
  return loaded->get();
}

bool Lemmatizer::IsWord(char pos, std::string_view word) const {
  std::string& key = ScratchKey();
  key.assign(1, pos);
  key.append(word);
  return words_.contains(std::string_view(key));
}

std::string Lemmatizer::FromRules(const std::string& lower, std::string_view upos,
                                  std::string_view xpos) const {
  std::span<const SuffixRule> rules;
  char pos = 0;
  bool ending = false;  // -ed / -ing: try the e-final and undoubled bases
  if (xpos == "NNS" || xpos == "NNPS") {
    rules = kPluralRules, pos = 'n';
  } else if (xpos == "VBZ") {
    rules = kThirdPersonRules, pos = 'v';
  } else if (xpos == "VBD" || xpos == "VBN") {
    rules = kPastRules, pos = 'v', ending = true;
  } else if (xpos == "VBG" && (upos == "VERB" || upos == "AUX")) {
    rules = kGerundRules, pos = 'v', ending = true;
  } else if (xpos == "JJR" || xpos == "RBR") {
    rules = kComparativeRules, pos = 'a', ending = true;
  } else if (xpos == "JJS" || xpos == "RBS") {
    rules = kSuperlativeRules, pos = 'a', ending = true;
  } else {
    return lower;
  }
  if (IsWord(pos, lower) && xpos != "NNS" && xpos != "VBZ") return lower;
  std::string fallback;
  for (const SuffixRule& rule : rules) {
    if (lower.size() <= rule.suffix.size() + 1 || !lower.ends_with(rule.suffix)) continue;
    std::string stem = lower.substr(0, lower.size() - rule.suffix.size());
    stem.append(rule.replacement);
    if (ending && rule.replacement.empty()) {
      for (const std::string& candidate : EndingCandidates(stem)) {
        if (IsWord(pos, candidate)) return candidate;
      }
      if (fallback.empty()) fallback = FallbackBase(stem);
      continue;
    }
    if (IsWord(pos, stem)) return stem;
    if (fallback.empty()) fallback = stem;
  }
  if (pos == 'n' && (lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is"))) {
    return lower;  // "glass", "virus", "analysis": singular already
  }
  return fallback.empty() ? lower : fallback;
}

const std::string_view* Lemmatizer::Find(std::string_view form, std::string_view upos,
                                         std::string_view xpos) const {
  std::string& key = ScratchKey();
  auto it = lexicon_.find(LexiconKey(form, upos, xpos, &key));
  if (it == lexicon_.end()) it = lexicon_.find(LexiconKey(form, upos, "*", &key));
  return it == lexicon_.end() ? nullptr : &it->second;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view upos,
                                  std::string_view xpos) const {
  if (form.empty()) return std::string();
  if (const std::string_view* lemma = Find(form, upos, xpos)) return std::string(*lemma);
  if (upos == "NUM") return NumberLemma(form);
  if (upos == "PUNCT" || upos == "SYM" || upos == "X") return std::string(form);
  // Words tagged as parts of a name keep the writer's case ("Provisional").
  const bool proper = upos == "PROPN" || xpos == "NNP" || xpos == "NNPS";
  const std::string lower = AsciiLower(form);
  if (proper) {
    if (xpos != "NNPS") return std::string(form);
    return WithCaseOf(form, FromRules(lower, "NOUN", xpos));
  }
  if (const std::string_view* lemma = Find(lower, upos, xpos)) return std::string(*lemma);
  if (HasInnerUpper(form)) return std::string(form);  // "CEO", "iPhone"
  return FromRules(lower, upos, xpos);
}

}  // namespace newsgraph::lang
