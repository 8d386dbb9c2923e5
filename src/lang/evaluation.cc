#include "lang/evaluation.h"

#include <fmt/core.h>

#include <algorithm>
#include <string_view>

namespace newsgraph::lang {
namespace {

std::vector<std::string_view> SortedFeatures(std::string_view feats) {
  std::vector<std::string_view> out;
  if (feats == "_" || feats.empty()) return out;
  size_t start = 0;
  while (start <= feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == feats.npos) bar = feats.size();
    if (bar > start) out.push_back(feats.substr(start, bar - start));
    start = bar + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string_view UniversalRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

}  // namespace

bool SameFeatures(const std::string& a, const std::string& b) {
  return a == b || SortedFeatures(a) == SortedFeatures(b);
}

std::string Scores::Report() const {
  std::string out;
  auto line = [&](std::string_view name, uint64_t correct) {
    out += fmt::format("{:<8} {:6.2f}  ({} / {})\n", name, Percent(correct, words), correct, words);
  };
  line("UPOS", upos);
  line("XPOS", xpos);
  line("UFeats", feats);
  line("AllTags", all_tags);
  line("Lemmas", lemmas);
  line("UAS", uas);
  line("LAS", las);
  return out;
}

Status Scorer::Add(const ConlluSentence& gold, const ConlluSentence& predicted,
                   const std::string& where) {
  if (gold.words.size() != predicted.words.size()) {
    return Status::InvalidInput(fmt::format("{}: {} gold words but {} predicted", where,
                                            gold.words.size(), predicted.words.size()));
  }
  for (size_t i = 0; i < gold.words.size(); ++i) {
    const ConlluWord& g = gold.words[i];
    const ConlluWord& p = predicted.words[i];
    if (g.form != p.form) {
      return Status::InvalidInput(fmt::format("{}: word {} is \"{}\" in gold but \"{}\" predicted",
                                              where, i + 1, g.form, p.form));
    }
    ++scores_.words;
    const bool upos = g.upos == p.upos, xpos = g.xpos == p.xpos;
    const bool feats = SameFeatures(g.feats, p.feats);
    scores_.upos += upos;
    scores_.xpos += xpos;
    scores_.feats += feats;
    scores_.all_tags += upos && xpos && feats;
    scores_.lemmas += g.lemma == p.lemma;
    const bool head = g.head == p.head;
    scores_.uas += head;
    scores_.las += head && UniversalRelation(g.deprel) == UniversalRelation(p.deprel);
  }
  return Status::Ok();
}

Status Scorer::AddAll(const std::vector<ConlluSentence>& gold,
                      const std::vector<ConlluSentence>& predicted, const std::string& where) {
  if (gold.size() != predicted.size()) {
    return Status::InvalidInput(fmt::format("{}: {} gold sentences but {} predicted", where,
                                            gold.size(), predicted.size()));
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    NEWSGRAPH_RETURN_IF_ERROR(
        Add(gold[i], predicted[i], fmt::format("{}: sentence {} (line {})", where, i + 1,
                                               predicted[i].line)));
  }
  return Status::Ok();
}

}  // namespace newsgraph::lang
