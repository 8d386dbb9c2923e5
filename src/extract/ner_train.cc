// Training the recognizer: a greedy averaged perceptron over BILOU labels,
// decoding with the current weights (so the previous-label features see the
// model's own mistakes, as at test time). Deterministic given the seed.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <unordered_map>

#include "extract/ner_features.h"
#include "extract/ner_gazetteer.h"
#include "extract/ner_model.h"
#include "lang/fnv.h"
#include "lang/tagger_perceptron.h"

namespace newsgraph::extract {
namespace {

// Averaged weights this small are dropped from the model.
constexpr float kMinWeight = 0.05f;
// Features seen fewer times in the first epoch are dropped from the model.
constexpr uint32_t kMinSeen = 1;

// Words seen fewer times (not first in a sentence) get no capitalisation
// statistic.
constexpr uint32_t kCapMinCount = 3;

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return std::vector<std::string_view>(v.begin(), v.end());
}

// The model's word table: clusters, and capitalisation counted over the
// raw sentences and the training words.
std::vector<std::pair<uint64_t, uint32_t>> WordTable(const NerTrainOptions& options,
                                                     const std::vector<NerSentence>& train) {
  std::unordered_map<uint64_t, ner::WordStats> stats;
  if (options.clusters != nullptr) {
    for (const auto& [word, entry] : options.clusters->entries()) {
      if (entry.ids.empty()) continue;
      ner::WordStats& w = stats[lang::Fnv1a(word, 3)];
      w.coarse = static_cast<uint8_t>(std::min<uint32_t>(entry.ids.front(), ner::kMaxCoarse));
      w.fine = static_cast<uint16_t>(std::min<uint32_t>(entry.ids.back(), ner::kMaxFine));
    }
  }
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> caps;  // (seen, capitalised)
  std::string lower;
  auto count = [&](const std::vector<std::string>& words) {
    for (size_t i = 1; i < words.size(); ++i) {
      const unsigned char c = words[i].empty() ? 0 : words[i][0];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
      lang::tagger::Lowercase(words[i], &lower);
      auto& cap = caps[lang::Fnv1a(lower, 3)];
      ++cap.first;
      cap.second += c <= 'Z';
    }
  };
  for (const auto& s : options.raw) count(s);
  for (const auto& s : train) count(s.words);
  for (const auto& [word, cap] : caps) {
    if (cap.first < kCapMinCount) continue;
    const double share = static_cast<double>(cap.second) / cap.first;
    stats[word].cap = share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
  }
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (const auto& [word, w] : stats) items.emplace_back(word, w.Pack());
  std::sort(items.begin(), items.end());
  return items;
}

using WeightSum = std::map<uint64_t, std::array<double, ner::kNumLabels>>;

void AddWeights(const lang::tagger::Weights& w, WeightSum* sum) {
  std::vector<uint64_t> features;
  std::vector<uint8_t> counts;
  std::vector<lang::tagger::Entry> entries;
  w.Export(&features, &counts, &entries);
  size_t e = 0;
  for (size_t i = 0; i < features.size(); ++i) {
    auto [it, added] = sum->try_emplace(features[i]);
    if (added) it->second.fill(0.0);
    for (uint8_t j = 0; j < counts[i]; ++j, ++e) it->second[entries[e].cls] += entries[e].weight;
  }
}

// The mean of `members` models' weights, dropping those below kMinWeight.
void AverageWeights(const WeightSum& sum, int members, lang::tagger::Weights* out) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets = {0};
  std::vector<lang::tagger::Entry> entries;
  for (const auto& [key, row] : sum) {
    const size_t before = entries.size();
    for (uint32_t c = 0; c < ner::kNumLabels; ++c) {
      const auto avg = static_cast<float>(row[c] / members);
      if (std::fabs(avg) >= kMinWeight) entries.push_back({avg, c});
    }
    if (entries.size() == before) continue;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  out->Build(ner::kNumLabels, keys, offsets, std::move(entries));
}

}  // namespace

class NerTrainer {
 public:
  NerTrainer(const std::vector<NerSentence>& train, NerModel* m, uint64_t seed)
      : train_(train), m_(m), rng_(seed) {}

  Status Prepare() {
    size_t words = 0;
    atoms_.resize(train_.size());
    gold_.resize(train_.size());
    std::vector<ner::LexiconTag> lex;
    for (size_t s = 0; s < train_.size(); ++s) {
      const NerSentence& x = train_[s];
      if (x.upos.size() != x.words.size() || x.xpos.size() != x.words.size()) {
        return Status::InvalidInput("train-ner: sentence " + std::to_string(s + 1) +
                                    " has tags for a different number of words");
      }
      for (const NamedSpan& g : x.gold) {
        if (g.begin >= g.end || g.end > x.words.size() ||
            std::find(kNerTypes.begin(), kNerTypes.end(), g.type) == kNerTypes.end()) {
          return Status::InvalidInput("train-ner: sentence " + std::to_string(s + 1) +
                                      " has a bad gold span");
        }
      }
      const auto words_v = Views(x.words), upos_v = Views(x.upos), xpos_v = Views(x.xpos);
      ner::TagLexicons(*m_->lexicons_, words_v, &lex);
      ner::ComputeAtoms(words_v, upos_v, xpos_v, lex, m_->stats_, &atoms_[s]);
      gold_[s] = ner::Encode(x.gold, x.words.size());
      words += x.words.size();
      order_.push_back(s);
    }
    if (words == 0) return Status::InvalidInput("train-ner: no training words");
    return Status::Ok();
  }

  void Epoch(bool observe) {
    std::shuffle(order_.begin(), order_.end(), rng_);
    uint64_t f[ner::kMaxStatic + ner::kMaxDynamic];
    float scores[16];
    for (size_t s : order_) {
      const auto& atoms = atoms_[s];
      const auto& gold = gold_[s];
      const size_t n = gold.size();
      uint8_t l1 = ner::kNumLabels, l2 = ner::kNumLabels + 1, prev = ner::kOutside;
      for (size_t i = 0; i < n; ++i) {
        int k = ner::StaticFeatures(atoms, i, f);
        k += ner::DynamicFeatures(atoms, i, l1, l2, f + k);
        if (observe) model_.Observe(f, k);
        std::fill(scores, scores + 16, 0.0f);
        model_.Score(f, k, scores);
        int best = -1;
        for (int c = 0; c < ner::kNumLabels; ++c) {
          const auto label = static_cast<uint8_t>(c);
          if (!ner::Allowed(prev, label) || (i + 1 == n && !ner::CanEnd(label))) continue;
          if (best < 0 || scores[c] > scores[best]) best = c;
        }
        if (best != gold[i]) model_.Update(f, k, gold[i], static_cast<uint32_t>(best));
        model_.Tick();
        l2 = l1;
        l1 = prev = static_cast<uint8_t>(best);
      }
    }
  }

  void Finalize(float min_weight = kMinWeight) const {
    model_.Finalize(ner::kNumLabels, min_weight, kMinSeen, &m_->weights_);
  }
  // Starts a new model over the same prepared sentences.
  void Restart(uint64_t seed) {
    model_.Reset();
    rng_.seed(seed);
    std::sort(order_.begin(), order_.end());
  }

 private:
  const std::vector<NerSentence>& train_;
  NerModel* m_;
  std::mt19937_64 rng_;
  std::vector<std::vector<ner::Atoms>> atoms_;
  std::vector<std::vector<uint8_t>> gold_;
  std::vector<size_t> order_;
  lang::tagger::Perceptron model_;
};

Result<std::unique_ptr<NerModel>> NerModel::Train(const std::vector<NerSentence>& train,
                                                  const std::vector<NerSentence>& dev,
                                                  const NerTrainOptions& options,
                                                  const NerProgress& progress) {
  auto m = std::make_unique<NerModel>();
  auto lexicons = ner::SharedLexicons();
  if (!lexicons.ok()) return lexicons.status();
  m->lexicons_ = *lexicons;
  m->stats_.Build(WordTable(options, train));
  NerTrainer trainer(train, m.get(), options.seed);
  if (Status s = trainer.Prepare(); !s.ok()) return s;
  const int members = std::max(1, options.members);
  // Member k's averaged weights, summed over the members in feature order.
  std::map<uint64_t, std::array<double, ner::kNumLabels>> sum;
  for (int k = 0; k < members; ++k) {
    if (k > 0) trainer.Restart(options.seed + static_cast<uint64_t>(k));
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      trainer.Epoch(epoch == 1);
      if (progress && !dev.empty() && k == 0) {
        trainer.Finalize();
        NerScorer scorer;
        for (const auto& x : dev) {
          scorer.Add(x.gold, m->Tag(Views(x.words), Views(x.upos), Views(x.xpos)));
        }
        progress(epoch, scorer);
      }
    }
    if (members == 1) break;
    trainer.Finalize(0.0f);
    AddWeights(m->weights_, &sum);
  }
  if (members == 1) {
    trainer.Finalize();
  } else {
    AverageWeights(sum, members, &m->weights_);
  }
  return m;
}

}  // namespace newsgraph::extract
