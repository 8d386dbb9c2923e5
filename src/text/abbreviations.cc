#include "text/abbreviations.h"

#include <array>
#include <string>
#include <utility>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::text {
namespace {

constexpr std::string_view kAbbreviationsFile = "text/abbreviations.tsv";
constexpr std::string_view kStartersFile = "text/sentence_starters.tsv";
// Longer words are never looked up (keeps Find() allocation-free).
constexpr size_t kMaxForm = 24;

std::optional<AbbreviationKind> ParseKind(std::string_view s) {
  if (s == "title") return AbbreviationKind::kTitle;
  if (s == "inner") return AbbreviationKind::kInner;
  if (s == "number") return AbbreviationKind::kNumber;
  if (s == "month") return AbbreviationKind::kMonth;
  if (s == "initialism") return AbbreviationKind::kInitialism;
  if (s == "other") return AbbreviationKind::kOther;
  return std::nullopt;
}

bool ValidForm(std::string_view form) {
  if (form.empty() || form.size() > kMaxForm) return false;
  for (char c : form) {
    if (c == ' ' || c == '\t') return false;
  }
  return form.back() != '.';  // written without the final period
}

}  // namespace

Result<std::shared_ptr<const Abbreviations>> Abbreviations::Default() {
  static const Result<std::shared_ptr<const Abbreviations>> kDefault =
      []() -> Result<std::shared_ptr<const Abbreviations>> {
    auto loaded = LoadDefault();
    if (!loaded.ok()) return loaded.status();
    return std::make_shared<const Abbreviations>(std::move(loaded).value());
  }();
  return kDefault;
}

Result<Abbreviations> Abbreviations::LoadDefault() {
  auto abbreviations = EmbeddedData(kAbbreviationsFile);
  if (!abbreviations.ok()) return abbreviations.status();
  auto starters = EmbeddedData(kStartersFile);
  if (!starters.ok()) return starters.status();
  return Parse(kAbbreviationsFile, *abbreviations, kStartersFile, *starters);
}

Result<Abbreviations> Abbreviations::Parse(std::string_view abbreviations_name,
                                           std::string_view abbreviations_tsv,
                                           std::string_view starters_name,
                                           std::string_view starters_tsv) {
  Abbreviations out;
  Status s = ReadTsv(
      abbreviations_name, abbreviations_tsv, {"form", "kind", "case", "note"},
      [&](const TsvRecord& r) {
        std::string_view form = r.fields[0];
        if (!ValidForm(form)) {
          return TsvError(abbreviations_name, r.line,
                                   "bad form \"" + std::string(form) +
                                       "\" (empty, too long, spaces or final period)");
        }
        std::optional<AbbreviationKind> kind = ParseKind(r.fields[1]);
        if (!kind) {
          return TsvError(abbreviations_name, r.line,
                                   "unknown kind \"" + std::string(r.fields[1]) + "\"");
        }
        std::string key(form);
        Map* map = &out.exact_;
        if (r.fields[2] == "any") {
          for (char& c : key) c = FoldAsciiCase(c);
          map = &out.folded_;
        } else if (r.fields[2] != "exact") {
          return TsvError(abbreviations_name, r.line,
                                   "case must be any or exact, got \"" +
                                       std::string(r.fields[2]) + "\"");
        }
        if (!map->Insert(std::move(key), *kind)) {
          return TsvError(abbreviations_name, r.line,
                                   "duplicate form \"" + std::string(form) + "\"");
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  s = ReadTsv(starters_name, starters_tsv, {"word"}, [&](const TsvRecord& r) {
    if (r.fields[0].empty() || !out.starters_.Insert(std::string(r.fields[0]), true)) {
      return TsvError(starters_name, r.line, "empty or duplicate word");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::optional<AbbreviationKind> Abbreviations::Find(std::string_view word) const {
  if (word.empty() || word.size() > kMaxForm) return std::nullopt;
  if (!exact_.MayContain(word) && !folded_.MayContain(word)) return std::nullopt;
  const uint32_t hash = FoldedHash(word);  // the same for both tables
  if (const AbbreviationKind* k = exact_.Find(word, hash)) return *k;
  std::array<char, kMaxForm> folded;
  for (size_t i = 0; i < word.size(); ++i) folded[i] = FoldAsciiCase(word[i]);
  if (const AbbreviationKind* k =
          folded_.Find(std::string_view(folded.data(), word.size()), hash)) {
    return *k;
  }
  return std::nullopt;
}

bool Abbreviations::IsSentenceStarter(std::string_view word) const {
  return starters_.MayContain(word) && starters_.Find(word) != nullptr;
}

}  // namespace newsgraph::text
