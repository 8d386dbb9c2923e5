#include "lexicon/agent_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <utility>

namespace newsgraph::lexicon {
namespace {

// More phrases than this from one line is a malformed line, not a feature
// (each !macro! multiplies the count).
constexpr size_t kMaxExpansions = 4096;

bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsVowel(char c) {
  c = Upper(c);
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

}  // namespace

std::string RegularPlural(std::string_view phrase) {
  phrase = dict::Trim(phrase);
  size_t end = phrase.size();
  while (end > 0 && phrase[end - 1] == '_') --end;
  std::string_view word = phrase.substr(0, end);
  std::string_view tail = phrase.substr(end);
  if (word.empty() || !IsLetter(word.back())) return "";
  const bool lower = word.back() >= 'a';
  auto cased = [lower](std::string_view s) {
    std::string out(s);
    if (lower) {
      for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  };
  char last = Upper(word.back());
  char before = word.size() > 1 ? Upper(word[word.size() - 2]) : ' ';
  std::string out;
  if (last == 'Y' && IsLetter(before) && !IsVowel(before)) {
    out = std::string(word.substr(0, word.size() - 1)) + cased("IES");
  } else if (last == 'S' || last == 'X' || last == 'Z' ||
             (last == 'H' && (before == 'C' || before == 'S'))) {
    out = std::string(word) + cased("ES");
  } else {
    out = std::string(word) + cased("S");
  }
  return out + std::string(tail);
}

Status AgentDictionary::ReadLine(std::string_view line, size_t number, dict::Problems* problems) {
  // A substitution set: !NAME! = A, B, C
  if (line.front() == '!') {
    size_t close = line.find('!', 1);
    std::string_view after =
        close == std::string_view::npos ? "" : dict::Trim(line.substr(close + 1));
    if (after.starts_with('=')) {
      Macro macro{std::string(line.substr(0, close + 1)), {}};
      std::string_view list = after.substr(1);
      while (!list.empty()) {
        size_t comma = list.find(',');
        std::string_view item = dict::Trim(list.substr(0, comma));
        if (!item.empty()) macro.values.emplace_back(item);
        list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
      }
      if (macro.values.empty()) return problems->Malformed(number, macro.name + " has no values");
      std::erase_if(macros_, [&](const Macro& m) { return m.name == macro.name; });
      macros_.push_back(std::move(macro));
      return Status::Ok();
    }
  }
  size_t bracket = line.find('[');
  if (bracket == std::string_view::npos) return problems->Malformed(number, "missing '[' (no code)");
  std::vector<std::string_view> bodies;
  std::string what;
  if (!dict::SplitBlocks(line.substr(bracket), &bodies, &what)) {
    return problems->Malformed(number, what);
  }
  if (bodies.size() != 1) return problems->Malformed(number, "want exactly one [code]");
  std::string_view code = bodies[0];
  AgentEntry proto;
  if (code.size() > 1 && code.front() == '~' && code.back() != '~') {
    code.remove_prefix(1);
    proto.affix = AgentEntry::Affix::kSuffix;
  } else if (code.size() > 1 && code.back() == '~' && code.front() != '~') {
    code.remove_suffix(1);
    proto.affix = AgentEntry::Affix::kPrefix;
  } else {
    return problems->Malformed(number, "agent code '" + std::string(code) +
                                           "' needs one '~' before or after it");
  }
  if (!dict::IsCode(code)) {
    return problems->Malformed(number, "bad agent code '" + std::string(code) + "'");
  }
  proto.code = std::string(code);
  proto.origin = problems->Origin(number);

  // The phrase and its optional {plural}.
  std::string_view phrase = line.substr(0, bracket);
  std::optional<std::string_view> plural;
  if (size_t open = phrase.find('{'); open != std::string_view::npos) {
    size_t close = phrase.find('}', open);
    if (close == std::string_view::npos) return problems->Malformed(number, "missing '}'");
    if (!dict::Trim(phrase.substr(close + 1)).empty()) {
      return problems->Malformed(number, "text between '}' and '['");
    }
    plural = dict::Trim(phrase.substr(open + 1, close - open - 1));
    phrase = phrase.substr(0, open);
  }
  phrase = dict::Trim(phrase);

  // The phrase as literal text around !markers!; each marker then replaced
  // by every value of its set, in order.
  std::vector<std::string_view> literals;
  std::vector<const Macro*> markers;
  size_t count = 1;
  for (size_t pos = 0;;) {
    size_t at = phrase.find('!', pos);
    if (at == std::string_view::npos) {
      literals.push_back(phrase.substr(pos));
      break;
    }
    size_t close = phrase.find('!', at + 1);
    if (close == std::string_view::npos) return problems->Malformed(number, "unclosed '!' marker");
    std::string_view name = phrase.substr(at, close - at + 1);
    auto macro = std::find_if(macros_.begin(), macros_.end(),
                              [&](const Macro& m) { return m.name == name; });
    if (macro == macros_.end()) {
      return problems->Malformed(number, "undefined marker " + std::string(name));
    }
    count *= macro->values.size();
    if (count > kMaxExpansions) {
      return problems->Malformed(number, "markers expand to too many phrases");
    }
    literals.push_back(phrase.substr(pos, at - pos));
    markers.push_back(&*macro);
    pos = close + 1;
  }
  const bool has_macro = !markers.empty();
  std::vector<std::string> forms{std::string(literals[0])};
  for (size_t i = 0; i < markers.size(); ++i) {
    std::vector<std::string> next;
    next.reserve(forms.size() * markers[i]->values.size());
    for (const std::string& f : forms) {
      for (const std::string& v : markers[i]->values) {
        next.push_back(f + v + std::string(literals[i + 1]));
      }
    }
    forms = std::move(next);
  }

  std::vector<std::pair<dict::PhraseKey, std::string>> keyed;  // key, display name
  for (const std::string& f : forms) {
    auto key = dict::KeyOfPhrase(f);
    if (!key) return problems->Malformed(number, "no agent phrase before '['");
    keyed.emplace_back(std::move(*key), dict::DisplayName(f));
  }
  std::optional<dict::PhraseKey> plural_key;
  if (plural) {
    if (!plural->empty()) {
      plural_key = dict::KeyOfPhrase(*plural);
      if (!plural_key) return problems->Malformed(number, "empty plural in {...}");
    }
  } else if (!has_macro) {
    if (std::string p = RegularPlural(phrase); !p.empty()) plural_key = dict::KeyOfPhrase(p);
  }

  auto first = static_cast<uint32_t>(entries_.size());
  for (auto& [key, name] : keyed) {
    AgentEntry entry = proto;
    entry.name = std::move(name);
    index_.Add(std::move(key.key), key.whole_word, static_cast<uint32_t>(entries_.size()));
    entries_.push_back(std::move(entry));
  }
  if (plural_key) index_.Add(std::move(plural_key->key), plural_key->whole_word, first);
  return Status::Ok();
}

Result<std::unique_ptr<AgentDictionary>> AgentDictionary::Parse(
    std::string_view name, std::string_view contents, const Options& options,
    std::vector<std::string>* warnings) {
  std::unique_ptr<AgentDictionary> d(new AgentDictionary());
  dict::Problems problems(name, options, warnings);
  dict::LineReader reader(contents);
  d->entries_.reserve(contents.size() / 24 + 1);
  d->index_.Reserve(contents.size() / 12 + 1);
  d->index_.set_stems(options.stems);
  std::string_view raw;
  size_t number = 0;
  while (reader.Next(&raw, &number)) {
    std::string_view line = dict::StripComment(raw);
    if (!line.empty()) NEWSGRAPH_RETURN_IF_ERROR(d->ReadLine(line, number, &problems));
  }
  d->index_.Build();
  return d;
}

Result<std::unique_ptr<AgentDictionary>> AgentDictionary::LoadFile(
    const std::string& path, const Options& options, std::vector<std::string>* warnings) {
  std::string bytes;
  NEWSGRAPH_RETURN_IF_ERROR(dict::ReadWholeFile(path, &bytes));
  return Parse(std::filesystem::path(path).filename().string(), bytes, options, warnings);
}

std::optional<AgentDictionary::Match> AgentDictionary::LongestMatch(
    std::string_view text, std::span<const text::Token> tokens, size_t begin) const {
  auto m = index_.LongestMatch(text, tokens, begin);
  if (!m) return std::nullopt;
  return Match{m->end, &entries_[m->value]};
}

const AgentEntry* AgentDictionary::Find(std::string_view phrase) const {
  auto key = dict::KeyOfPhrase(phrase);
  if (!key) return nullptr;
  auto value = index_.Find(key->key);
  return value ? &entries_[*value] : nullptr;
}

}  // namespace newsgraph::lexicon
