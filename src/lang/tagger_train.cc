// Training the tagger: the class, FEATS and word tables from the training
// set, then a greedy averaged perceptron over sparse weights.
#include <algorithm>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "lang/evaluation.h"
#include "lang/tagger.h"
#include "lang/tagger_perceptron.h"

namespace newsgraph::lang {
namespace {

using tagger::Atoms;
using tagger::kMaxClasses;
using tagger::kMaxDynamic;
using tagger::kMaxStatic;
using tagger::kNoClass;

// Words seen fewer times get no ambiguity class: in training they would
// look more certain than unknown words do at test time.
constexpr uint32_t kAmbMinCount = 3;
// A class under this share of a word's occurrences stays out of its
// ambiguity class (annotation noise).
constexpr double kAmbMinShare = 0.01;
// Tag dictionary: words this frequent and this unambiguous skip scoring.
constexpr uint32_t kDictMinCount = 10;
constexpr double kDictMinShare = 0.99;
// Folds for the jackknifed ambiguity classes of the training words.
constexpr uint32_t kFolds = 10;
// A word + class whose other FEATS are this frequent gets its FEATS from
// the context model rather than the lexicon.
constexpr uint32_t kContextMinCount = 2;
constexpr double kContextMinShare = 0.05;
// Words seen fewer times in untagged text get no RawInfo.
constexpr uint32_t kRawMinCount = 3;
// Averaged weights this small are dropped from the model.
constexpr float kMinWeight = 0.1f;
// Features seen fewer times in training are dropped from the model: they
// are mostly rare word pairs, and the smaller tables are faster.
constexpr uint32_t kMinSeen = 1;

// The most frequent key of `counts`, the smallest on ties.
uint32_t MostFrequent(const std::unordered_map<uint32_t, uint32_t>& counts) {
  uint32_t best = 0, best_count = 0;
  for (const auto& [k, c] : counts) {
    if (c > best_count || (c == best_count && k < best)) best = k, best_count = c;
  }
  return best;
}

}  // namespace

class TaggerTrainer {
 public:
  TaggerTrainer(const std::vector<ConlluSentence>& train, uint64_t seed)
      : train_(train), rng_(seed) {}

  Status BuildTables(Tagger* t);
  // Trains t->feats_weights_ on the gold classes.
  void TrainFeats(int epochs, Tagger* t);
  // Puts the clusters of every clustered word into t->raw_.
  void AddClusters(const WordClusters& clusters, Tagger* t) const;
  // Fills t->raw_ from `raw` (tagged with `t`) and the training words,
  // keeping the clusters already there.
  void BuildRaw(const std::vector<std::vector<std::string>>& raw, Tagger* t) const;
  // One pass over the training set; `observe` counts feature occurrences.
  void Epoch(const Tagger& t, bool observe);
  void Finalize(Tagger* t) const;
  // Forgets the weights (not the tables).
  void Reset() { tags_.Reset(); }

 private:
  const std::vector<ConlluSentence>& train_;
  std::mt19937_64 rng_;
  std::unordered_map<uint64_t, std::string> forms_;  // form hash -> form
  std::vector<std::vector<uint8_t>> gold_;
  std::vector<std::vector<uint32_t>> train_amb_;  // jackknifed, per word
  std::vector<size_t> order_;
  tagger::Perceptron tags_;
  std::unordered_set<uint64_t> context_feats_;     // lexicon keys with kContextFeats
  std::vector<std::vector<uint32_t>> gold_feats_;  // feats_ index per word
};

Status TaggerTrainer::BuildTables(Tagger* t) {
  std::unordered_map<std::string, uint8_t> class_index;
  std::unordered_map<std::string, uint32_t> feats_index = {{"_", 0}};
  t->feats_ = {"_"};
  std::vector<std::unordered_map<uint32_t, uint32_t>> class_feats;
  std::unordered_map<uint64_t, std::pair<uint8_t, std::unordered_map<uint32_t, uint32_t>>>
      word_feats;
  std::unordered_map<uint64_t, std::vector<uint32_t>> word_classes;
  std::string lower;
  gold_.resize(train_.size());
  gold_feats_.resize(train_.size());
  for (size_t s = 0; s < train_.size(); ++s) {
    for (const auto& w : train_[s].words) {
      auto [it, added] =
          class_index.try_emplace(w.xpos + "\t" + w.upos, static_cast<uint8_t>(t->classes_.size()));
      if (added) {
        if (t->classes_.size() >= kMaxClasses) {
          return Status::InvalidInput("train-tagger: more than 250 XPOS|UPOS classes");
        }
        t->classes_.push_back({w.xpos, w.upos, 0});
        class_feats.emplace_back();
      }
      const uint8_t cls = it->second;
      gold_[s].push_back(cls);
      auto [f, fadded] = feats_index.try_emplace(w.feats, static_cast<uint32_t>(t->feats_.size()));
      if (fadded) t->feats_.push_back(w.feats);
      ++class_feats[cls][f->second];
      gold_feats_[s].push_back(f->second);
      tagger::Lowercase(w.form, &lower);
      auto& wf = word_feats[tagger::Mix(Fnv1a(lower, 3), cls + 1u)];
      wf.first = cls;
      ++wf.second[f->second];
      forms_.try_emplace(Fnv1a(w.form), w.form);
      auto& counts = word_classes[Fnv1a(w.form)];
      counts.resize(kMaxClasses, 0);
      ++counts[cls];
    }
    order_.push_back(s);
  }
  if (t->classes_.empty()) return Status::InvalidInput("train-tagger: no training words");
  for (size_t c = 0; c < t->classes_.size(); ++c)
    t->classes_[c].feats = MostFrequent(class_feats[c]);
  t->SetNominal();

  // The lexicon keeps the entries that differ from their class's default
  // and those whose FEATS vary (kContextFeats: a second model decides).
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (const auto& [key, wf] : word_feats) {
    const uint32_t best = MostFrequent(wf.second);
    uint32_t total = 0, others = 0;
    for (const auto& [f, c] : wf.second) total += c, others += f == best ? 0 : c;
    const bool varies = others >= kContextMinCount && others >= kContextMinShare * total;
    if (varies) {
      items.emplace_back(key, best | tagger::kContextFeats);
      context_feats_.insert(key);
    } else if (best != t->classes_[wf.first].feats) {
      items.emplace_back(key, best);
    }
  }
  std::sort(items.begin(), items.end());
  t->feats_lexicon_.Build(items);

  // Ambiguity class ids: the set of a word's classes above kAmbMinShare.
  std::unordered_map<std::string, uint32_t> amb_ids;  // class bytes -> id
  auto amb_of = [&](const std::vector<uint32_t>& counts, uint32_t total) -> uint32_t {
    if (total < kAmbMinCount) return 0;
    std::string amb;
    for (size_t c = 0; c < counts.size(); ++c) {
      if (counts[c] > 0 && counts[c] >= kAmbMinShare * total) amb.push_back(static_cast<char>(c));
    }
    return amb_ids.try_emplace(amb, static_cast<uint32_t>(amb_ids.size() + 1)).first->second;
  };
  std::vector<uint64_t> forms;
  for (const auto& [form, counts] : word_classes) forms.push_back(form);
  std::sort(forms.begin(), forms.end());
  items.clear();
  for (uint64_t form : forms) {
    const auto& counts = word_classes[form];
    uint32_t total = 0, top = 0;
    for (size_t c = 0; c < counts.size(); ++c) {
      total += counts[c];
      if (counts[c] > counts[top]) top = static_cast<uint32_t>(c);
    }
    tagger::WordInfo info;
    info.amb = amb_of(counts, total);
    if (total >= kDictMinCount && counts[top] >= kDictMinShare * total) {
      info.dict = static_cast<uint8_t>(top);
    }
    if (info.amb != 0 || info.dict != kNoClass) items.emplace_back(form, info.Pack());
    if (info.amb != 0 && info.dict == kNoClass) t->cache_words_.push_back(forms_[form]);
  }
  std::sort(t->cache_words_.begin(), t->cache_words_.end());
  t->words_.Build(items);

  // Jackknifed ambiguity classes for training: each fold's words get the
  // class computed without that fold, as unseen text would.
  train_amb_.resize(train_.size());
  for (uint32_t fold = 0; fold < kFolds; ++fold) {
    std::unordered_map<uint64_t, std::vector<uint32_t>> fold_counts;
    for (size_t s = fold; s < train_.size(); s += kFolds) {
      for (size_t i = 0; i < train_[s].words.size(); ++i) {
        auto& counts = fold_counts[Fnv1a(train_[s].words[i].form)];
        counts.resize(kMaxClasses, 0);
        ++counts[gold_[s][i]];
      }
    }
    std::vector<uint32_t> rest(kMaxClasses);
    for (size_t s = fold; s < train_.size(); s += kFolds) {
      for (const auto& w : train_[s].words) {
        const uint64_t form = Fnv1a(w.form);
        const auto& all = word_classes[form];
        const auto& mine = fold_counts[form];
        uint32_t total = 0;
        for (size_t c = 0; c < rest.size(); ++c) total += rest[c] = all[c] - mine[c];
        train_amb_[s].push_back(amb_of(rest, total));
      }
    }
  }
  return Status::Ok();
}

void TaggerTrainer::TrainFeats(int epochs, Tagger* t) {
  const size_t nf = t->feats_.size();
  if (nf > kMaxClasses || context_feats_.empty()) return;
  tagger::Perceptron model;
  std::vector<size_t> order(train_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::string_view> words;
  std::vector<Atoms> atoms;
  uint64_t f[tagger::kMaxFeats];
  float scores[kMaxClasses];
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng_);
    for (size_t idx : order) {
      words.clear();
      for (const auto& w : train_[idx].words) words.push_back(w.form);
      tagger::ComputeAtoms(words, t->words_, t->raw_, nullptr, &atoms);
      for (size_t i = 0; i < words.size(); ++i) {
        if (!context_feats_.count(tagger::Mix(atoms[i + 2].lower, gold_[idx][i] + 1u))) continue;
        const int k = tagger::FeatsFeatures(atoms, gold_[idx], t->nominal_, i, f);
        std::fill(scores, scores + nf, 0.0f);
        model.Score(f, k, scores);
        const uint32_t guess =
            static_cast<uint32_t>(std::max_element(scores, scores + nf) - scores);
        if (guess != gold_feats_[idx][i]) model.Update(f, k, gold_feats_[idx][i], guess);
        model.Tick();
      }
    }
  }
  model.Finalize(static_cast<int>(nf), kMinWeight, 0, &t->feats_weights_);
}

void TaggerTrainer::BuildRaw(const std::vector<std::vector<std::string>>& raw, Tagger* t) const {
  // (lowercase hash, predicted class) per raw word; capitalisation counts of
  // words not first in their sentence, over raw and training text.
  std::vector<std::pair<uint64_t, uint8_t>> predicted;
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> caps;  // (seen, capitalised)
  std::string lower;
  auto count_caps = [&](std::span<const std::string_view> words) {
    for (size_t i = 1; i < words.size(); ++i) {
      const unsigned char c = words[i].empty() ? 0 : words[i][0];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
      tagger::Lowercase(words[i], &lower);
      auto& cap = caps[Fnv1a(lower, 3)];
      ++cap.first;
      cap.second += c <= 'Z';
    }
  };
  std::vector<std::string_view> words;
  std::vector<Atoms> atoms;
  std::vector<uint8_t> classes;
  for (const auto& sentence : raw) {
    words.assign(sentence.begin(), sentence.end());
    t->Decode(words, &atoms, &classes);
    for (size_t i = 0; i < words.size(); ++i)
      predicted.emplace_back(atoms[i + 2].lower, classes[i]);
    count_caps(words);
  }
  for (const auto& s : train_) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    count_caps(words);
  }
  std::sort(predicted.begin(), predicted.end());
  std::unordered_map<uint64_t, tagger::RawInfo> infos;
  for (const auto& [word, packed] : t->raw_.Items()) {
    const tagger::RawInfo had = tagger::RawInfo::Unpack(packed);
    infos[word].coarse = had.coarse;
    infos[word].fine = had.fine;
  }
  for (size_t i = 0; i < predicted.size();) {
    size_t j = i, total = 0, best = 0, best_count = 0;
    while (j < predicted.size() && predicted[j].first == predicted[i].first) {
      size_t k = j;
      while (k < predicted.size() && predicted[k] == predicted[j]) ++k;
      if (k - j > best_count) best = j, best_count = k - j;
      total += k - j;
      j = k;
    }
    if (total >= kRawMinCount) infos[predicted[i].first].cls = predicted[best].second;
    i = j;
  }
  for (const auto& [word, cap] : caps) {
    if (cap.first < kRawMinCount) continue;
    const double share = static_cast<double>(cap.second) / cap.first;
    infos[word].cap = share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
  }
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (const auto& [word, info] : infos) items.emplace_back(word, info.Pack());
  t->raw_.Build(items);
}

void TaggerTrainer::AddClusters(const WordClusters& clusters, Tagger* t) const {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (const auto& [word, entry] : clusters.entries()) {
    tagger::RawInfo info;
    info.coarse = static_cast<uint8_t>(entry.ids.front());
    info.fine = entry.ids.back();
    items.emplace_back(Fnv1a(word, 3), info.Pack());
  }
  t->raw_.Build(items);
}

void TaggerTrainer::Epoch(const Tagger& t, bool observe) {
  std::shuffle(order_.begin(), order_.end(), rng_);
  const int nc = static_cast<int>(t.classes_.size());
  std::vector<std::string_view> words;
  std::vector<Atoms> atoms;
  float scores[kMaxClasses];
  uint64_t f[kMaxStatic + kMaxDynamic];
  for (size_t idx : order_) {
    words.clear();
    for (const auto& w : train_[idx].words) words.push_back(w.form);
    tagger::ComputeAtoms(words, t.words_, t.raw_, nullptr, &atoms);
    for (size_t i = 0; i < words.size(); ++i) atoms[i + 2].amb = train_amb_[idx][i];
    int c1 = kMaxClasses, c2 = kMaxClasses + 1;
    for (size_t i = 0; i < words.size(); ++i) {
      const int gold = gold_[idx][i];
      int guess = atoms[i + 2].dict;
      if (guess == kNoClass) {
        int k = tagger::StaticFeatures(atoms, i, f);
        k += tagger::DynamicFeatures(atoms, i, c1, c2, f + k);
        if (observe) tags_.Observe(f, k);
        std::fill(scores, scores + nc, 0.0f);
        tags_.Score(f, k, scores);
        guess = static_cast<int>(std::max_element(scores, scores + nc) - scores);
        if (guess != gold) tags_.Update(f, k, gold, guess);
        tags_.Tick();
      }
      c2 = c1;
      c1 = guess;
    }
  }
}

void TaggerTrainer::Finalize(Tagger* t) const {
  tags_.Finalize(static_cast<int>(t->classes_.size()), kMinWeight, kMinSeen, &t->weights_);
}

Result<std::unique_ptr<Tagger>> Tagger::Train(const std::vector<ConlluSentence>& train,
                                              const std::vector<ConlluSentence>& dev,
                                              const TaggerTrainOptions& options,
                                              TaggerProgress progress) {
  auto t = std::make_unique<Tagger>();
  TaggerTrainer trainer(train, options.seed);
  Status s = trainer.BuildTables(t.get());
  if (!s.ok()) return s;
  trainer.TrainFeats(options.epochs, t.get());
  if (options.clusters != nullptr) trainer.AddClusters(*options.clusters, t.get());
  if (!options.raw.empty()) {
    for (int epoch = 1; epoch <= options.epochs; ++epoch) trainer.Epoch(*t, epoch == 1);
    trainer.Finalize(t.get());
    trainer.BuildRaw(options.raw, t.get());
    trainer.Reset();
  }
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    trainer.Epoch(*t, epoch == 1);
    if (progress != nullptr && !dev.empty()) {
      trainer.Finalize(t.get());
      Scorer scorer;
      if (scorer.AddAll(dev, t->TagAll(dev), "dev").ok()) {
        const Scores& sc = scorer.scores();
        progress(epoch, Scores::Percent(sc.upos, sc.words), Scores::Percent(sc.xpos, sc.words),
                 Scores::Percent(sc.feats, sc.words));
      }
    }
  }
  trainer.Finalize(t.get());
  t->BuildCache();
  return t;
}

}  // namespace newsgraph::lang
