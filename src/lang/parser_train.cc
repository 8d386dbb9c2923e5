// Parser::Train: averaged perceptrons for moves and labels, dynamic oracle
// with exploration, pseudo-projective training trees.
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <unordered_map>

#include "lang/parser.h"
#include "lang/parser_features.h"
#include "lang/parser_projectivize.h"
#include "lang/parser_scoring.h"
#include "lang/transition.h"

namespace newsgraph::lang {

// One averaged-perceptron weight table: the averaged weight of w[i] is
// (total[i] + (now - stamp[i]) * w[i]) / now, updated lazily.
struct AveragedTable {
  std::vector<float> w;
  std::vector<double> total;
  std::vector<uint64_t> stamp;
  explicit AveragedTable(size_t size) : w(size, 0.0f), total(size, 0.0), stamp(size, 0) {}
  void Add(size_t i, float delta, uint64_t now) {
    total[i] += static_cast<double>(now - stamp[i]) * w[i];
    stamp[i] = now;
    w[i] += delta;
  }
  std::vector<float> Averaged(uint64_t now) const {
    std::vector<float> out(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
      double t = total[i] + static_cast<double>(now - stamp[i]) * w[i];
      out[i] = static_cast<float>(t / static_cast<double>(now));
    }
    return out;
  }
};

struct TrainTree {
  size_t sentence;
  std::vector<int> heads;  // projective
  std::vector<uint16_t> labels;
};

class ParserTrainer {
 public:
  static Result<std::unique_ptr<Parser>> Run(const std::vector<ConlluSentence>& train,
                                             const std::vector<ConlluSentence>& dev,
                                             const ParserTrainOptions& options,
                                             void (*progress)(int, double, double));
};

Result<std::unique_ptr<Parser>> ParserTrainer::Run(const std::vector<ConlluSentence>& train,
                                                   const std::vector<ConlluSentence>& dev,
                                                   const ParserTrainOptions& options,
                                                   void (*progress)(int, double, double)) {
  if (options.move_rows < 1 || options.move_rows > (1u << 24) || options.label_rows < 1 ||
      options.label_rows > (1u << 20)) {
    return Status::InvalidArgument("train-parser: table rows out of range");
  }
  auto p = std::make_unique<Parser>();
  // Plain relations in order of first appearance, then frequent lifted ones.
  std::unordered_map<std::string, uint16_t> index;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      if (w.deprel.find('|') != std::string::npos) {
        return Status::InvalidInput("train-parser: relation with '|': " + w.deprel);
      }
      if (!index.count(w.deprel)) {
        index.emplace(w.deprel, static_cast<uint16_t>(p->relations_.size()));
        p->relations_.push_back(w.deprel);
      }
    }
  }
  if (p->relations_.empty()) return Status::InvalidInput("train-parser: no training words");
  std::vector<TrainTree> trees;
  std::vector<std::vector<int>> originals;
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& words = train[i].words;
    TrainTree t{i, std::vector<int>(words.size() + 1, -1), {}};
    for (size_t w = 0; w < words.size(); ++w) t.heads[w + 1] = words[w].head;
    if (words.empty() || !IsTree(t.heads)) continue;
    std::vector<int> original;
    Projectivize(&t.heads, &original);
    if (!IsProjective(t.heads)) continue;
    trees.push_back(std::move(t));
    originals.push_back(std::move(original));
  }
  std::map<std::string, int> lifted_count;
  auto lifted_name = [&](const TrainTree& t, const std::vector<int>& original, int w) {
    const auto& words = train[t.sentence].words;
    return words[w - 1].deprel + '|' + words[original[w] - 1].deprel;
  };
  for (size_t i = 0; i < trees.size(); ++i) {
    for (size_t w = 1; w < trees[i].heads.size(); ++w) {
      if (trees[i].heads[w] != originals[i][w]) {
        ++lifted_count[lifted_name(trees[i], originals[i], static_cast<int>(w))];
      }
    }
  }
  for (const auto& [name, count] : lifted_count) {  // sorted: deterministic
    if (count >= options.min_lifted && p->relations_.size() < 1000) {
      index.emplace(name, static_cast<uint16_t>(p->relations_.size()));
      p->relations_.push_back(name);
    }
  }
  p->IndexRelations();
  if (options.clusters != nullptr && !p->clusters_.Build(*options.clusters)) {
    return Status::InvalidArgument("train-parser: a cluster id is out of 1.." +
                                   std::to_string(ParserClusters::kMaxId));
  }
  const int nl = p->NumRelations();
  p->allowed_.assign(nl, 0);
  for (size_t i = 0; i < trees.size(); ++i) {
    TrainTree& t = trees[i];
    const auto& words = train[t.sentence].words;
    t.labels.assign(t.heads.size(), 0);
    for (size_t w = 1; w < t.heads.size(); ++w) {
      uint16_t label = index[words[w - 1].deprel];
      if (t.heads[w] != originals[i][w]) {
        auto it = index.find(lifted_name(t, originals[i], static_cast<int>(w)));
        if (it != index.end()) label = it->second;
      }
      t.labels[w] = label;
      p->allowed_[label] |= ArcDirection(static_cast<int>(w), t.heads[w]);
    }
  }
  originals.clear();

  p->move_rows_ = options.move_rows;
  p->label_rows_ = options.label_rows;
  AveragedTable moves(size_t{options.move_rows} * kMoveRow);
  AveragedTable labels(size_t{options.label_rows} * nl);
  uint64_t now = 1;
  std::vector<size_t> order(trees.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  SentenceAtoms atoms;
  uint64_t feats[kMaxMoveFeatures];
  uint32_t rows[kMaxMoveFeatures];
  std::vector<float> label_scores(nl);
  float s[kMoveRow];
  int cost[kNumMoves];
  auto snapshot = [&]() {
    p->move_weights_ = Quantize(moves.Averaged(now));
    p->label_weights_ = Quantize(labels.Averaged(now));
  };
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = options.explore_from > 0 && epoch >= options.explore_from;
    for (size_t idx : order) {
      const TrainTree& t = trees[idx];
      const int n = static_cast<int>(t.heads.size()) - 1;
      ParserInput in = ToParserInput(train[t.sentence]);
      atoms.Reset(in, p->clusters_);
      ParseState st(n);
      while (!st.Terminal()) {
        int k = MoveFeatures(st, atoms, feats);
        ScoreMoves(moves.w.data(), options.move_rows, feats, k, rows, s);
        const Move guess = BestLegalMove(st, s);
        MoveCosts(st, t.heads, cost);
        int min_cost = -1;
        for (int m = 0; m < kNumMoves; ++m) {
          if (cost[m] >= 0 && (min_cost < 0 || cost[m] < min_cost)) min_cost = cost[m];
        }
        int best_good = -1;
        for (int m = 0; m < kNumMoves; ++m) {
          if (cost[m] == min_cost && (best_good < 0 || s[m] > s[best_good])) best_good = m;
        }
        const int g = static_cast<int>(guess);
        if (cost[g] != min_cost) {
          for (int i = 0; i < k; ++i) {
            moves.Add(static_cast<size_t>(rows[i]) * kMoveRow + best_good, 1.0f, now);
            moves.Add(static_cast<size_t>(rows[i]) * kMoveRow + g, -1.0f, now);
          }
        }
        Transition next{static_cast<Move>(best_good), 0};
        if (explore && static_cast<int>(rng() % 100) < options.explore_percent) next.move = guess;
        if (next.move != Move::kShift) {
          const int dep = st.Stack(0);
          const int head = next.move == Move::kLeft ? st.Buffer(0) : st.Stack(1);
          k = LabelFeatures(st, atoms, dep, head, feats);
          ScoreLabels(labels.w.data(), options.label_rows, nl, feats, k, rows,
                      label_scores.data());
          const int pred =
              BestLabel(label_scores.data(), nl, p->allowed_.data(), ArcDirection(dep, head));
          next.label = static_cast<uint16_t>(pred);
          if (t.heads[dep] == head) {
            const int gold = t.labels[dep];
            if (pred != gold) {
              for (int i = 0; i < k; ++i) {
                labels.Add(static_cast<size_t>(rows[i]) * nl + gold, 1.0f, now);
                labels.Add(static_cast<size_t>(rows[i]) * nl + pred, -1.0f, now);
              }
            }
            next.label = static_cast<uint16_t>(gold);
          }
        }
        ++now;
        st.Apply(next);
      }
    }
    if (progress != nullptr && !dev.empty()) {
      snapshot();
      double uas, las;
      p->Evaluate(dev, &uas, &las);
      progress(epoch, uas, las);
    }
  }
  snapshot();
  return p;
}

Result<std::unique_ptr<Parser>> Parser::Train(const std::vector<ConlluSentence>& train,
                                              const std::vector<ConlluSentence>& dev,
                                              const ParserTrainOptions& options,
                                              void (*progress)(int, double, double)) {
  return ParserTrainer::Run(train, dev, options, progress);
}

}  // namespace newsgraph::lang
