#include "lexicon/name_key.h"

#include <fmt/core.h>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kPath = "actors/name_variants.tsv";

bool IsAsciiLetters(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == ' ')) return false;
  }
  return !s.empty();
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

Result<NameKeyRules> NameKeyRules::LoadDefault() {
  auto data = EmbeddedData(kPath);
  if (!data.ok()) return data.status();
  return Parse(kPath, *data);
}

Result<NameKeyRules> NameKeyRules::Parse(std::string_view name, std::string_view tsv) {
  NameKeyRules rules;
  Status s = ReadTsv(name, tsv, {"from", "to", "kind", "note"}, [&](const TsvRecord& r) -> Status {
    std::string_view from = r.fields[0], to = r.fields[1], kind = r.fields[2];
    if (!IsAsciiLetters(from)) {
      return TsvError(name, r.line, fmt::format("\"{}\" must be lower-case ASCII letters", from));
    }
    if (kind == "article") {
      if (!to.empty()) return TsvError(name, r.line, "an article has no replacement");
      rules.articles_.emplace_back(from);
    } else if (kind == "rewrite") {
      if (!to.empty() && !IsAsciiLetters(to)) {
        return TsvError(name, r.line, fmt::format("\"{}\" must be lower-case ASCII letters", to));
      }
      rules.rewrites_.emplace_back(from, to);
    } else {
      return TsvError(name, r.line,
                      fmt::format("kind \"{}\" is neither \"article\" nor \"rewrite\"", kind));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rules;
}

std::vector<std::string> NameKeyRules::WordKeys(std::string_view name) const {
  std::vector<std::string> keys;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) {
      std::string word(name.substr(i, j - i));
      for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      std::string key = WordKey(std::move(word));
      if (!key.empty()) keys.push_back(std::move(key));
    }
    i = j;
  }
  return keys;
}

std::string NameKeyRules::WordKey(std::string word) const {
  for (const std::string& a : articles_) {
    if (word == a) return "";
    if (word.size() > a.size() + 1 && word.compare(0, a.size(), a) == 0 && word[a.size()] == '-') {
      word.erase(0, a.size() + 1);
      break;
    }
  }
  for (const auto& [from, to] : rewrites_) {
    for (size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + to.size())) {
      word.replace(at, from.size(), to);
    }
  }
  std::string key;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == '-' || c == '.' || c == '\'') continue;
    if (i > 0 && IsVowel(c)) continue;
    if (!key.empty() && key.back() == c) continue;
    key.push_back(c);
  }
  return key;
}

std::string NameKeyRules::Key(std::string_view name) const {
  std::string out;
  for (const std::string& k : WordKeys(name)) {
    if (!out.empty()) out.push_back(' ');
    out += k;
  }
  return out;
}

std::string NameKeyRules::SurnameKey(std::string_view name) const {
  std::vector<std::string> keys = WordKeys(name);
  return keys.empty() ? std::string() : keys.back();
}

}  // namespace newsgraph::lexicon
