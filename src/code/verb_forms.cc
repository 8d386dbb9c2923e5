#include "code/verb_forms.h"

#include <algorithm>
#include <utility>

#include "lexicon/dictionary_syntax.h"

namespace newsgraph::code::verb_syntax {
namespace {

using lexicon::dict::Trim;

bool IsUpperLetter(char c) { return c >= 'A' && c <= 'Z'; }
bool IsVowel(char c) { return std::string_view("AEIOU").find(c) != std::string_view::npos; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Ends in a consonant followed by Y (MODIFY, ARMY; not ENJOY, DAY).
bool ConsonantY(std::string_view w) {
  return w.size() >= 2 && w.back() == 'Y' && IsUpperLetter(w[w.size() - 2]) &&
         !IsVowel(w[w.size() - 2]);
}

bool Sibilant(std::string_view w) {
  return w.ends_with("SS") || w.ends_with('X') || w.ends_with('Z') || w.ends_with("CH") ||
         w.ends_with("SH");
}

// Words of a verb or form written "A_+B C": upper case; `marked` is the index
// of the word written with '+', or -1.
bool ParseVerbWords(std::string_view text, std::vector<std::string>* words, int* marked,
                    std::string* what) {
  words->clear();
  *marked = -1;
  size_t i = 0;
  while (i < text.size()) {
    if (IsBlank(text[i]) || text[i] == '_') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !IsBlank(text[end]) && text[end] != '_') ++end;
    std::string_view w = text.substr(i, end - i);
    if (w.front() == '+') {
      if (*marked >= 0) {
        *what = "two '+' in verb '" + std::string(text) + "'";
        return false;
      }
      *marked = static_cast<int>(words->size());
      w.remove_prefix(1);
    }
    if (!IsWord(w)) {
      *what = "bad verb word '" + std::string(text.substr(i, end - i)) + "'";
      return false;
    }
    words->push_back(Upper(w));
    i = end;
  }
  if (words->empty()) {
    *what = "no verb";
    return false;
  }
  return true;
}

void AddUnique(std::vector<std::string>* forms, std::string form) {
  if (std::find(forms->begin(), forms->end(), form) == forms->end()) {
    forms->push_back(std::move(form));
  }
}

// The verb-word forms of the text inside {...} for `verb`. The word in
// which the forms differ from the verb is its verb word: when that is not
// the one marked '+', it moves there and `note` says so.
bool ParseForms(std::string_view inside, VerbEntry* verb, std::string* note, std::string* what) {
  std::vector<std::vector<std::string>> forms;
  for (size_t i = 0; i < inside.size();) {
    if (IsBlank(inside[i]) || inside[i] == ',') {
      ++i;
      continue;
    }
    size_t end = inside.find_first_of(" \t,", i);
    if (end == std::string_view::npos) end = inside.size();
    std::string_view written = inside.substr(i, end - i);
    int marked = -1;
    forms.emplace_back();
    if (!ParseVerbWords(written, &forms.back(), &marked, what)) return false;
    if (forms.back().size() != verb->words.size()) {
      *what = "form '" + std::string(written) + "' does not have the verb's words";
      return false;
    }
    i = end;
  }
  size_t differs = verb->verb_word;
  for (const auto& form : forms) {
    for (size_t k = 0; k < form.size(); ++k) {
      if (k == verb->verb_word || form[k] == verb->words[k]) continue;
      if (differs != verb->verb_word && differs != k) {
        *what = "forms differ from the verb in more than one word";
        return false;
      }
      differs = k;
    }
  }
  if (differs != verb->verb_word) {
    for (const auto& form : forms) {
      if (form[verb->verb_word] != verb->words[verb->verb_word]) {
        *what = "forms differ from the verb in more than one word";
        return false;
      }
    }
    *note = "'+' marks " + verb->words[verb->verb_word] + " but the forms inflect " +
            verb->words[differs] + ": " + verb->words[differs] + " taken as the verb word";
    verb->verb_word = differs;
    verb->forms = {verb->words[differs]};
  }
  for (auto& form : forms) AddUnique(&verb->forms, std::move(form[differs]));
  return true;
}

}  // namespace

std::vector<std::string> RegularVerbForms(std::string_view b) {
  if (b.empty() || !IsUpperLetter(b.back())) return {};
  std::string base(b);
  std::string stem_y = base.substr(0, base.size() - 1);  // without its last letter
  std::vector<std::string> out;
  if (ConsonantY(base)) {
    out.push_back(stem_y + "IES");
  } else {
    out.push_back(base + (Sibilant(base) || base.ends_with('S') ? "ES" : "S"));
  }
  if (base.ends_with('E')) {
    out.push_back(base + "D");
  } else {
    out.push_back(ConsonantY(base) ? stem_y + "IED" : base + "ED");
  }
  if (base.ends_with("IE")) {
    out.push_back(base.substr(0, base.size() - 2) + "YING");
  } else if (base.size() > 2 && base.ends_with('E') &&
             (base[base.size() - 2] == 'U' || !IsVowel(base[base.size() - 2])) &&
             base[base.size() - 2] != 'Y') {
    out.push_back(stem_y + "ING");
  } else {
    out.push_back(base + "ING");
  }
  return out;
}

std::optional<std::string> RegularPlural(std::string_view w) {
  if (w.empty() || !IsUpperLetter(w.back())) return std::nullopt;
  if (ConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "IES";
  if (Sibilant(w)) return std::string(w) + "ES";
  if (w.back() == 'S') return std::nullopt;
  return std::string(w) + "S";
}

bool ParseVerbLine(std::string_view body, VerbEntry* out, std::string* note, std::string* what) {
  note->clear();
  size_t brace = body.find('{');
  size_t bracket = body.find('[');
  if (brace != std::string_view::npos && bracket != std::string_view::npos && bracket < brace) {
    *what = "forms {...} must come before the code [...]";
    return false;
  }
  VerbEntry v;
  int marked = -1;
  if (!ParseVerbWords(Trim(body.substr(0, std::min(brace, bracket))), &v.words, &marked, what)) {
    return false;
  }
  v.verb_word = marked < 0 ? 0 : static_cast<size_t>(marked);
  v.forms.push_back(v.words[v.verb_word]);
  std::string_view rest;
  if (brace != std::string_view::npos) {
    size_t close = body.find('}', brace);
    if (close == std::string_view::npos) {
      *what = "missing '}'";
      return false;
    }
    std::string_view inside = body.substr(brace + 1, close - brace - 1);
    if (inside.find('{') != std::string_view::npos) {
      *what = "'{' inside {...}";
      return false;
    }
    if (!ParseForms(inside, &v, note, what)) return false;
    rest = Trim(body.substr(close + 1));
  } else {
    for (std::string& f : RegularVerbForms(v.forms.front())) AddUnique(&v.forms, std::move(f));
    rest = bracket == std::string_view::npos ? "" : body.substr(bracket);
  }
  if (!rest.empty()) {
    size_t close = rest.find(']');
    if (rest.front() != '[' || close == std::string_view::npos) {
      *what = rest.front() == '[' ? "missing ']'" : "unexpected text after the verb's forms";
      return false;
    }
    VerbCode code;
    if (!ParseCode(rest.substr(1, close - 1), &code, what)) return false;
    if (!Trim(rest.substr(close + 1)).empty()) {
      *what = "unexpected text after the verb's code";
      return false;
    }
    v.code = std::move(code);
  }
  v.line = out->line;
  *out = std::move(v);
  return true;
}

bool ParseSynsetPhrase(std::string_view body, bool no_plurals, const SynsetLookup& defined,
                       std::vector<std::vector<std::string>>* phrases, std::string* undefined,
                       std::string* what) {
  undefined->clear();
  std::vector<std::string> words;
  size_t i = 0;
  while (i < body.size()) {
    if (IsBlank(body[i]) || body[i] == '_') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < body.size() && !IsBlank(body[end]) && body[end] != '_') ++end;
    if (body[i] == '&') {
      size_t run_end = body.find_first_of(" \t", i);
      if (run_end == std::string_view::npos) run_end = body.size();
      end = i + 1 + SynsetNameLength(body.substr(i + 1, run_end - i - 1), defined);
      std::string_view name = body.substr(i + 1, end - i - 1);
      if (!IsSynsetName(name)) {
        *what = "bad synset reference '" + std::string(body.substr(i, end - i)) + "'";
        return false;
      }
      std::string upper = Upper(name);
      if (undefined->empty() && !defined(upper)) *undefined = upper;
      words.push_back("&" + upper);
    } else {
      std::string_view w = body.substr(i, end - i);
      if (!IsWord(w)) {
        *what = "bad synset word '" + std::string(w) + "' (synset phrases hold words only)";
        return false;
      }
      words.push_back(Upper(w));
    }
    i = end;
  }
  if (words.empty()) {
    *what = "empty synset phrase";
    return false;
  }
  if (!undefined->empty()) return true;
  bool plural = !no_plurals && !body.ends_with('_') && words.back().front() != '&';
  std::optional<std::string> p = plural ? RegularPlural(words.back()) : std::nullopt;
  phrases->push_back(words);
  if (p) {
    words.back() = std::move(*p);
    phrases->push_back(std::move(words));
  }
  return true;
}

}  // namespace newsgraph::code::verb_syntax
