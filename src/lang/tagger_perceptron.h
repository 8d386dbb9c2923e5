// The averaged perceptron the tagger's training uses (lang/tagger_train.cc):
// sparse rows of (class, weight) per feature hash, averaged lazily.
//
// Thread-safety: a plain value; use one per thread.
#ifndef NEWSGRAPH_LANG_TAGGER_PERCEPTRON_H_
#define NEWSGRAPH_LANG_TAGGER_PERCEPTRON_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lang/tagger_features.h"

namespace newsgraph::lang::tagger {

class Perceptron {
 public:
  // Adds the current weights of features f[0..k) to scores.
  void Score(const uint64_t* f, int k, float* scores) const {
    for (int j = 0; j < k; ++j) {
      auto it = index_.find(f[j]);
      if (it == index_.end()) continue;
      for (const auto& e : rows_[it->second]) scores[e.cls] += e.weight;
    }
  }
  // Moves weight from class `wrong` to class `right` on features f[0..k).
  void Update(const uint64_t* f, int k, uint32_t right, uint32_t wrong) {
    for (int j = 0; j < k; ++j) {
      Add(f[j], right, 1.0f);
      Add(f[j], wrong, -1.0f);
    }
  }
  // Counts the occurrences of features f[0..k) (call once per example, in
  // one epoch): Finalize drops the rarer ones.
  void Observe(const uint64_t* f, int k) {
    for (int j = 0; j < k; ++j) ++seen_[f[j]];
  }
  // One training example seen (the unit of averaging).
  void Tick() { ++now_; }
  void Reset() { *this = Perceptron(); }

  // The averaged weights, dropping those below `min_weight` and, when
  // Observe() was used, the features seen fewer than `min_seen` times.
  void Finalize(int num_classes, float min_weight, uint32_t min_seen, Weights* out) const {
    std::vector<std::pair<uint64_t, uint32_t>> features(index_.begin(), index_.end());
    std::sort(features.begin(), features.end());
    std::vector<uint64_t> keys;
    std::vector<uint32_t> offsets = {0};
    std::vector<Entry> entries, row;
    for (const auto& [key, index] : features) {
      if (!seen_.empty()) {
        auto it = seen_.find(key);
        if (it == seen_.end() || it->second < min_seen) continue;
      }
      row.clear();
      for (const auto& e : rows_[index]) {
        const double total = e.total + static_cast<double>(now_ - e.stamp) * e.weight;
        const float avg = static_cast<float>(total / static_cast<double>(now_));
        if (std::fabs(avg) >= min_weight) row.push_back({avg, e.cls});
      }
      if (row.empty()) continue;
      std::sort(row.begin(), row.end(),
                [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
      keys.push_back(key);
      entries.insert(entries.end(), row.begin(), row.end());
      offsets.push_back(static_cast<uint32_t>(entries.size()));
    }
    out->Build(num_classes, keys, offsets, std::move(entries));
  }

 private:
  struct TrainEntry {
    uint32_t cls;
    float weight;
    double total;  // sum of the weight over time up to `stamp`
    uint64_t stamp;
  };
  void Add(uint64_t f, uint32_t cls, float delta) {
    auto [it, added] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
    if (added) rows_.emplace_back();
    auto& row = rows_[it->second];
    auto e =
        std::find_if(row.begin(), row.end(), [&](const TrainEntry& x) { return x.cls == cls; });
    if (e == row.end()) {
      row.push_back({cls, 0.0f, 0.0, now_});
      e = row.end() - 1;
    }
    e->total += static_cast<double>(now_ - e->stamp) * e->weight;
    e->stamp = now_;
    e->weight += delta;
  }

  std::unordered_map<uint64_t, uint32_t> index_;
  std::unordered_map<uint64_t, uint32_t> seen_;
  std::vector<std::vector<TrainEntry>> rows_;
  uint64_t now_ = 1;
};

}  // namespace newsgraph::lang::tagger

#endif  // NEWSGRAPH_LANG_TAGGER_PERCEPTRON_H_
