#include "code/verb_pattern_syntax.h"

#include <algorithm>
#include <utility>

#include "lexicon/dictionary_syntax.h"

namespace newsgraph::code::verb_syntax {
namespace {

using Kind = PatternElement::Kind;
using lexicon::dict::Trim;

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool IsBracket(char c) { return c == '(' || c == ')' || c == '{' || c == '}'; }
bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// A code part: printable ASCII, no blank, no brackets, ':' or ';'.
bool IsCodePart(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c > ' ' && c < 0x7F && std::string_view("[]{}():;").find(c) == std::string_view::npos;
  });
}

std::string Quote(std::string_view s) {
  std::string out = "'";
  out.append(s.substr(0, 60));
  out.push_back('\'');
  return out;
}

// One element from a segment of pattern text (no blank, bracket, '*' or '_').
bool Classify(std::string_view seg, PatternElement* e, std::string* what) {
  if (seg.size() == 1 && std::string_view("$+^%").find(seg[0]) != std::string_view::npos) {
    static constexpr std::pair<char, Kind> kKinds[] = {
        {'$', Kind::kSource}, {'+', Kind::kTarget}, {'^', Kind::kSkip}, {'%', Kind::kCompound}};
    for (auto [c, k] : kKinds) {
      if (seg[0] == c) e->kind = k;
    }
    return true;
  }
  if (seg.front() == '&') {
    if (!IsSynsetName(seg.substr(1))) {
      *what = "bad synset reference " + Quote(seg);
      return false;
    }
    e->kind = Kind::kSynset;
    e->text = Upper(seg.substr(1));
    return true;
  }
  if (!IsWord(seg)) {
    *what = "bad pattern word " + Quote(seg) + " ('$', '+', '^', '%' stand alone)";
    return false;
  }
  e->kind = Kind::kWord;
  e->text = Upper(seg);
  return true;
}

// Brackets, '*' and joins in order (see ParsePattern in the header).
bool CheckStructure(const std::vector<PatternElement>& els, std::string* what) {
  int verbs = 0;
  bool in_prep = false, in_noun = false;
  for (size_t i = 0; i < els.size(); ++i) {
    Kind k = els[i].kind;
    bool opens_prep = i > 0 && els[i - 1].kind == Kind::kOpenPrep;
    if (opens_prep && k != Kind::kWord && k != Kind::kSynset && k != Kind::kClosePrep) {
      *what = "(...) must start with a preposition";
      return false;
    }
    switch (k) {
      case Kind::kVerb:
        ++verbs;
        if (in_prep || in_noun) {
          *what = "'*' inside brackets";
          return false;
        }
        break;
      case Kind::kOpenPrep:
        if (in_prep || in_noun) {
          *what = "'(' inside brackets";
          return false;
        }
        in_prep = true;
        break;
      case Kind::kOpenNoun:
        if (in_noun) {
          *what = "'{' inside {...}";
          return false;
        }
        in_noun = true;
        break;
      case Kind::kClosePrep:
      case Kind::kCloseNoun: {
        bool prep = k == Kind::kClosePrep;
        if (prep ? (!in_prep || in_noun) : !in_noun) {
          *what = prep ? "unbalanced ')'" : "unbalanced '}'";
          return false;
        }
        if (els[i - 1].kind == (prep ? Kind::kOpenPrep : Kind::kOpenNoun)) {
          *what = prep ? "empty (...)" : "empty {...}";
          return false;
        }
        (prep ? in_prep : in_noun) = false;
        break;
      }
      default:
        break;
    }
  }
  if (in_prep || in_noun) {
    *what = in_noun ? "missing '}'" : "missing ')'";
    return false;
  }
  if (verbs != 1) {
    *what = verbs == 0 ? "pattern without '*'" : "pattern with more than one '*'";
    return false;
  }
  return true;
}

}  // namespace

bool IsSynsetName(std::string_view name) {
  if (name.empty()) return false;
  for (size_t start = 0;;) {
    size_t end = name.find('_', start);
    if (!IsWord(name.substr(start, end - start))) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

CommentSplit SplitComment(std::string_view line) {
  line = Trim(line);
  bool in_code = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') in_code = true;
    if (c == ']') in_code = false;
    if (!in_code && (c == '#' || c == ';')) {
      return {Trim(line.substr(0, i)), Trim(line.substr(i + 1))};
    }
  }
  return {line, {}};
}

bool IsWord(std::string_view word) {
  return !word.empty() && std::none_of(word.begin(), word.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x21 || c == 0x7F || c == '_' ||
           std::string_view("[]{}()*$%^&+~,;#<>=").find(c) != std::string_view::npos;
  });
}

size_t SynsetNameLength(std::string_view run, const SynsetLookup& defined) {
  size_t first = run.find('_');
  if (first == std::string_view::npos) return run.size();
  for (size_t end = run.size(); end > first; end = run.rfind('_', end - 1)) {
    if (run[end - 1] != '_' && defined(Upper(run.substr(0, end)))) return end;
  }
  return first;
}

bool ParseCode(std::string_view inside, VerbCode* out, std::string* what) {
  inside = Trim(inside);
  if (inside.empty()) {
    *what = "empty code []";
    return false;
  }
  size_t colon = inside.find(':');
  std::string_view code = Trim(inside.substr(0, colon));
  std::string_view paired = colon == std::string_view::npos ? "" : Trim(inside.substr(colon + 1));
  bool ok = (code.empty() ? colon != std::string_view::npos : IsCodePart(code)) &&
            (colon == std::string_view::npos || IsCodePart(paired));
  if (!ok) {
    *what = "bad code [" + std::string(inside.substr(0, 40)) + "]";
    return false;
  }
  out->code = code == "---" ? "" : std::string(code);
  out->paired = paired == "---" ? "" : std::string(paired);
  return true;
}

bool ParseHeader(std::string_view body, std::string* label, VerbCode* code, std::string* extra_code,
                 std::string* what) {
  size_t start = body.find_first_not_of('-');
  body = start == std::string_view::npos ? "" : Trim(body.substr(start));
  size_t open = body.find('[');
  std::string_view name = Trim(body.substr(0, open));
  std::string_view rest;
  *code = VerbCode{};
  extra_code->clear();
  if (open != std::string_view::npos) {
    size_t close = body.find(']', open);
    if (close == std::string_view::npos) {
      *what = "missing ']' in the block header";
      return false;
    }
    if (!ParseCode(body.substr(open + 1, close - open - 1), code, what)) return false;
    rest = Trim(body.substr(close + 1));
    if (!rest.empty() && rest.front() == '[') {
      size_t close2 = rest.find(']');
      VerbCode extra;
      if (close2 == std::string_view::npos ||
          !ParseCode(rest.substr(1, close2 - 1), &extra, what)) {
        *what = "bad second code in the block header";
        return false;
      }
      *extra_code = std::string(rest.substr(0, close2 + 1));
      rest = Trim(rest.substr(close2 + 1));
    }
  } else {
    while (!name.empty() && name.back() == '-') name.remove_suffix(1);
    name = Trim(name);
  }
  if (rest.find_first_not_of("- \t") != std::string_view::npos) {
    *what = "unexpected text " + Quote(rest) + " after the block code";
    return false;
  }
  if (name.empty()) {
    *what = "block header without a label";
    return false;
  }
  if (name.find_first_of("]{}") != std::string_view::npos) {
    *what = "bad block label " + Quote(name);
    return false;
  }
  *label = Upper(name);
  return true;
}

bool ParsePattern(std::string_view text, const SynsetLookup& defined,
                  std::vector<PatternElement>* out, std::string* what) {
  std::vector<PatternElement> els;
  bool join = false;      // a '_' followed the last element
  bool can_join = false;  // the last thing read was an element that '_' may join
  // Ends a join that met no next element: the '_' was trailing.
  auto end_join = [&]() -> bool {
    if (!join) return true;
    join = false;
    PatternElement& last = els.back();
    if (last.kind != Kind::kWord && last.kind != Kind::kSynset) {
      *what = "'_' after a symbol joins nothing";
      return false;
    }
    last.exact = true;
    return true;
  };
  auto push = [&](PatternElement e) {
    if (join) els.back().joined_to_next = true;
    join = false;
    els.push_back(std::move(e));
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsBlank(c)) {
      if (!end_join()) return false;
      can_join = false;
      ++i;
    } else if (c == '_') {
      if (!can_join && !join) {
        *what = "'_' does not follow a word";
        return false;
      }
      join = true;
      can_join = false;
      ++i;
    } else if (IsBracket(c)) {
      if (!end_join()) return false;
      PatternElement e;
      e.kind = c == '('   ? Kind::kOpenPrep
               : c == ')' ? Kind::kClosePrep
               : c == '{' ? Kind::kOpenNoun
                          : Kind::kCloseNoun;
      els.push_back(std::move(e));
      can_join = false;
      ++i;
    } else if (c == '*') {
      PatternElement e;
      e.kind = Kind::kVerb;
      push(std::move(e));
      can_join = true;
      ++i;
    } else {
      size_t end = i;
      while (end < text.size() && !IsBlank(text[end]) && !IsBracket(text[end]) &&
             text[end] != '*' && text[end] != '_') {
        ++end;
      }
      if (c == '&') {
        size_t run_end = i + 1;
        while (run_end < text.size() && !IsBlank(text[run_end]) && !IsBracket(text[run_end]) &&
               text[run_end] != '*') {
          ++run_end;
        }
        end = i + 1 + SynsetNameLength(text.substr(i + 1, run_end - i - 1), defined);
      }
      PatternElement e;
      if (!Classify(text.substr(i, end - i), &e, what)) return false;
      push(std::move(e));
      can_join = true;
      i = end;
    }
  }
  if (!end_join() || !CheckStructure(els, what)) return false;
  *out = std::move(els);
  return true;
}

bool ParseTransformation(std::string_view body, VerbTransformation* out, std::string* what) {
  std::vector<std::string_view> t;
  for (size_t i = 1; i < body.size();) {  // after '~'
    if (IsBlank(body[i])) {
      ++i;
    } else if (body[i] == '(' || body[i] == ')' || body[i] == '=') {
      t.push_back(body.substr(i++, 1));
    } else {
      size_t end = body.find_first_of(" \t()=", i);
      if (end == std::string_view::npos) end = body.size();
      t.push_back(body.substr(i, end - i));
      i = end;
    }
  }
  auto actor = [](std::string_view s) {
    return s.size() == 1 && (IsAsciiLetter(s[0]) || s[0] == '.' || s[0] == '_');
  };
  bool ok = t.size() == 11 && actor(t[0]) && t[1] == "(" && actor(t[2]) && actor(t[3]) &&
            IsWord(t[4]) && t[5] == ")" && IsWord(t[6]) && t[7] == "=" && actor(t[8]) &&
            actor(t[9]) && IsCodePart(t[10]);
  if (!ok) {
    *what = "transformation is not '~ a (b c VERB) VERB = a b CODE'";
    return false;
  }
  VerbTransformation x;
  x.upper_source = t[0];
  x.lower_source = t[2];
  x.lower_target = t[3];
  x.lower_verb = Upper(t[4]);
  x.upper_verb = Upper(t[6]);
  x.result_source = t[8];
  x.result_target = t[9];
  x.result_code = t[10];
  *out = std::move(x);
  return true;
}

}  // namespace newsgraph::code::verb_syntax
