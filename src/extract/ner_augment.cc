#include "extract/ner_augment.h"

#include <string>
#include <string_view>

#include "core/embedded_data.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kRoles = "actors/roles.tsv";
constexpr std::string_view kAliases = "gazetteer/aliases.tsv";

// Column `col` of each data row (not a comment, not the header) whose
// column `kind_col` is `kind`.
Result<std::vector<std::string>> Column(std::string_view path, size_t col, size_t kind_col,
                                        std::string_view kind) {
  Result<std::string_view> data = EmbeddedData(path);
  if (!data.ok()) return data.status();
  std::vector<std::string> out;
  std::string_view rest = *data;
  bool header = true;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string_view> cols;
    for (size_t b = 0;;) {
      const size_t t = line.find('\t', b);
      cols.push_back(line.substr(b, t == std::string_view::npos ? t : t - b));
      if (t == std::string_view::npos) break;
      b = t + 1;
    }
    if (cols.size() <= std::max(col, kind_col)) {
      return Status::Corruption(std::string(path) + ": a row has too few columns");
    }
    if (cols[kind_col] == kind && !cols[col].empty()) out.emplace_back(cols[col]);
  }
  if (out.empty()) return Status::Corruption(std::string(path) + ": no " + std::string(kind));
  return out;
}

// "minister of foreign affairs" -> {"Minister", "of", "Foreign", "Affairs"}.
std::vector<std::string> TitleWords(std::string_view phrase) {
  std::vector<std::string> out;
  for (size_t b = 0; b < phrase.size();) {
    size_t e = phrase.find(' ', b);
    if (e == std::string_view::npos) e = phrase.size();
    std::string w(phrase.substr(b, e - b));
    const bool small = w == "of" || w == "for" || w == "the" || w == "and" || w == "in";
    if (!small && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
    if (!w.empty()) out.push_back(std::move(w));
    b = e + 1;
  }
  return out;
}

bool Capitalised(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

Result<std::vector<NerSentence>> TitleAugmented(const std::vector<NerSentence>& train,
                                                const lang::Tagger& tagger, size_t every) {
  auto titles = Column(kRoles, 0, 2, "title");
  if (!titles.ok()) return titles.status();
  auto demonyms = Column(kAliases, 0, 2, "demonym");
  if (!demonyms.ok()) return demonyms.status();
  // Singular demonyms only ("Afghan", not "Afghans"; "Swiss" stays).
  std::vector<std::string> singular;
  for (const auto& d : *demonyms) {
    if (d.size() > 1 && d.back() == 's' && d[d.size() - 2] != 's') continue;
    singular.push_back(d);
  }
  std::vector<NerSentence> out;
  std::vector<std::string_view> views;
  std::vector<lang::TagResult> tags;
  size_t eligible = 0;
  for (const NerSentence& x : train) {
    const NamedSpan* name = nullptr;
    for (const NamedSpan& g : x.gold) {
      if (g.type == "PERSON") {
        name = &g;
        break;
      }
    }
    if (name == nullptr || (name->begin > 0 && Capitalised(x.words[name->begin - 1]))) continue;
    if (eligible++ % every != 0) continue;
    const size_t k = eligible / every;  // picks the title and the demonym
    std::vector<std::string> inserted;
    if (k % 2 == 0) inserted.push_back(singular[(k / 2) % singular.size()]);
    for (auto& w : TitleWords((*titles)[k % titles->size()])) inserted.push_back(std::move(w));
    NerSentence y;
    y.words.assign(x.words.begin(), x.words.begin() + static_cast<long>(name->begin));
    y.words.insert(y.words.end(), inserted.begin(), inserted.end());
    y.words.insert(y.words.end(), x.words.begin() + static_cast<long>(name->begin), x.words.end());
    for (NamedSpan g : x.gold) {
      if (g.begin >= name->begin) g.begin += inserted.size(), g.end += inserted.size();
      y.gold.push_back(std::move(g));
    }
    views.assign(y.words.begin(), y.words.end());
    tagger.Tag(views, &tags);
    for (const auto& t : tags) {
      y.upos.emplace_back(t.upos);
      y.xpos.emplace_back(t.xpos);
    }
    out.push_back(std::move(y));
  }
  return out;
}

}  // namespace newsgraph::extract
