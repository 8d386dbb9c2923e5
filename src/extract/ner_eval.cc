#include "extract/ner_eval.h"

#include <algorithm>
#include <cstdio>

#include "core/embedded_data.h"
#include "extract/gum_entities.h"

namespace newsgraph::extract {
namespace {

size_t TypeIndex(std::string_view type) {
  return static_cast<size_t>(std::find(kNerTypes.begin(), kNerTypes.end(), type) -
                             kNerTypes.begin());
}

double Percent(uint64_t a, uint64_t b) {
  return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

Result<std::vector<NerSentence>> GumNerSentences(const std::vector<lang::ConlluSentence>& gum,
                                                 const lang::Tagger& tagger,
                                                 std::string_view origin) {
  std::vector<NerSentence> out;
  out.reserve(gum.size());
  std::vector<std::string_view> words;
  std::vector<lang::TagResult> tags;
  for (const auto& s : gum) {
    auto gold = GumNamedEntities(s, origin);
    if (!gold.ok()) return gold.status();
    NerSentence n;
    n.gold = std::move(gold).value();
    words.clear();
    for (const auto& w : s.words) {
      n.words.push_back(w.form);
      words.push_back(w.form);
    }
    tagger.Tag(words, &tags);
    for (const auto& t : tags) {
      n.upos.emplace_back(t.upos);
      n.xpos.emplace_back(t.xpos);
    }
    out.push_back(std::move(n));
  }
  return out;
}

Result<std::vector<NerSentence>> ReadGumNer(const std::string& path, const lang::Tagger& tagger) {
  auto gum = lang::ReadConlluFile(path);
  if (!gum.ok()) return gum.status();
  return GumNerSentences(*gum, tagger, path);
}

Result<std::unique_ptr<const lang::Tagger>> DefaultNerTagger() {
  static const std::string kPath = "models/tagger.bin";
  Result<std::string_view> bytes = EmbeddedData(kPath);
  if (!bytes.ok()) return bytes.status();
  return lang::Tagger::Load(*bytes, kPath);
}

double NerCounts::Precision() const { return Percent(correct, predicted); }
double NerCounts::Recall() const { return Percent(correct, gold); }
double NerCounts::F1() const {
  return gold + predicted == 0 ? 0.0 : Percent(2 * correct, gold + predicted);
}

void NerScorer::Add(std::span<const NamedSpan> gold, std::span<const NamedSpan> predicted) {
  for (const auto& g : gold) ++types_[TypeIndex(g.type)].gold;
  for (const auto& p : predicted) {
    NerCounts& c = types_[TypeIndex(p.type)];
    ++c.predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) ++c.correct;
    untyped_correct_ += std::any_of(gold.begin(), gold.end(), [&](const NamedSpan& g) {
      return g.begin == p.begin && g.end == p.end;
    });
  }
}

NerCounts NerScorer::overall() const {
  NerCounts all;
  for (const auto& c : types_) {
    all.gold += c.gold;
    all.predicted += c.predicted;
    all.correct += c.correct;
  }
  return all;
}

NerCounts NerScorer::untyped() const {
  NerCounts all = overall();
  all.correct = untyped_correct_;
  return all;
}

std::string NerScorer::Table() const {
  std::string out = "type     precision  recall      F1    gold  predicted  correct\n";
  char line[128];
  auto add = [&](std::string_view name, const NerCounts& c) {
    std::snprintf(line, sizeof line, "%-8.*s %9.2f %7.2f %7.2f %7llu %10llu %8llu\n",
                  static_cast<int>(name.size()), name.data(), c.Precision(), c.Recall(), c.F1(),
                  static_cast<unsigned long long>(c.gold),
                  static_cast<unsigned long long>(c.predicted),
                  static_cast<unsigned long long>(c.correct));
    out += line;
  };
  for (size_t t = 0; t < kNerTypes.size(); ++t) add(kNerTypes[t], types_[t]);
  add("ALL", overall());
  add("UNTYPED", untyped());
  return out;
}

}  // namespace newsgraph::extract
