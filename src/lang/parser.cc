#include "lang/parser.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "lang/evaluation.h"
#include "lang/fnv.h"
#include "lang/model_file.h"
#include "lang/parser_features.h"
#include "lang/parser_projectivize.h"
#include "lang/parser_scoring.h"
#include "lang/transition.h"
#include "lang/word_clusters.h"

namespace newsgraph::lang {
namespace {

constexpr ModelMagic kMagic = {'N', 'G', 'P', 'A', 'R', 'S', 'E', '1'};
constexpr uint32_t kVersion = 3;
constexpr uint32_t kVersionWithoutClusters = 2;
constexpr uint32_t kMaxRelations = 1000;
constexpr uint32_t kMaxRows = 1u << 24;
constexpr uint32_t kMaxClusterWords = 1u << 24;
constexpr char kLiftSeparator = '|';

// Per-thread buffers so that parsing allocates only for new maximum sizes.
struct Scratch {
  SentenceAtoms atoms;
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  std::vector<int32_t> label_scores;
};

}  // namespace

bool ParserClusters::Build(const WordClusters& clusters) {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  items.reserve(clusters.entries().size());
  for (const auto& [word, entry] : clusters.entries()) {
    if (entry.ids.empty()) continue;
    const uint32_t coarse = entry.ids.front(), fine = entry.ids.back();
    if (coarse < 1 || coarse > kMaxId || fine < 1 || fine > kMaxId) return false;
    items.emplace_back(Fnv1a(ClusterKey(word), 3), coarse << 16 | fine);
  }
  // Sorted by key then ids, so two words colliding on one key (unlikely in
  // 64 bits) keep the same entry whatever the map's order: deterministic.
  std::sort(items.begin(), items.end());
  keys.clear();
  ids.clear();
  for (const auto& [key, packed] : items) {
    if (!keys.empty() && keys.back() == key) continue;
    keys.push_back(key);
    ids.push_back(packed);
  }
  return Index();
}

bool ParserClusters::Index() {
  buckets.clear();
  if (ids.size() != keys.size()) return false;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i] <= keys[i - 1]) return false;
    const uint32_t coarse = ids[i] >> 16, fine = ids[i] & 0xffff;
    if (coarse < 1 || coarse > kMaxId || fine < 1 || fine > kMaxId) return false;
  }
  buckets.assign((size_t{1} << kBucketBits) + 1, 0);
  size_t i = 0;
  for (size_t b = 0; b < (size_t{1} << kBucketBits); ++b) {
    buckets[b] = static_cast<uint32_t>(i);
    while (i < keys.size() && (keys[i] >> (64 - kBucketBits)) == b) ++i;
  }
  buckets.back() = static_cast<uint32_t>(keys.size());
  return true;
}

ParserInput ToParserInput(const ConlluSentence& sentence) {
  ParserInput in;
  in.reserve(sentence.words.size());
  for (const auto& w : sentence.words) in.push_back({w.form, w.upos, w.xpos});
  return in;
}

bool Parser::IndexRelations() {
  std::unordered_map<std::string_view, int> plain;
  for (size_t r = 0; r < relations_.size(); ++r) {
    if (relations_[r].find(kLiftSeparator) == std::string::npos) {
      plain.emplace(relations_[r], static_cast<int>(r));
    }
  }
  base_.assign(relations_.size(), 0);
  target_.assign(relations_.size(), -1);
  for (size_t r = 0; r < relations_.size(); ++r) {
    std::string_view name = relations_[r];
    const size_t bar = name.find(kLiftSeparator);
    if (bar == std::string_view::npos) {
      base_[r] = static_cast<uint16_t>(r);
      continue;
    }
    auto a = plain.find(name.substr(0, bar)), b = plain.find(name.substr(bar + 1));
    if (a == plain.end() || b == plain.end()) return false;
    base_[r] = static_cast<uint16_t>(a->second);
    target_[r] = b->second;
  }
  return true;
}

void Parser::Parse(const ParserInput& sentence, std::vector<Arc>* out) const {
  const int n = static_cast<int>(sentence.size());
  out->assign(n, Arc{});
  if (n == 0) return;
  thread_local Scratch scratch;
  const int nl = NumRelations();
  scratch.atoms.Reset(sentence, clusters_);
  scratch.label_scores.resize(nl);
  ParseState st(n);
  uint64_t feats[kMaxMoveFeatures];
  uint32_t rows[kMaxMoveFeatures];
  int32_t s[kMoveRow];
  while (!st.Terminal()) {
    // A forced move (only one legal) needs no scoring; training never
    // updates on one either, so skipping it changes nothing.
    Transition t;
    const bool shift = st.CanShift(), left = st.CanLeft(), right = st.CanRight();
    if (shift + left + right == 1) {
      t.move = shift ? Move::kShift : (left ? Move::kLeft : Move::kRight);
    } else {
      const int k = MoveFeatures(st, scratch.atoms, feats);
      ScoreMoves(move_weights_.data(), move_rows_, feats, k, rows, s);
      t.move = BestLegalMove(st, s);
    }
    if (t.move != Move::kShift) {
      const int dep = st.Stack(0), head = t.move == Move::kLeft ? st.Buffer(0) : st.Stack(1);
      const int k = LabelFeatures(st, scratch.atoms, dep, head, feats);
      ScoreLabels(label_weights_.data(), label_rows_, nl, feats, k, rows,
                  scratch.label_scores.data());
      t.label = static_cast<uint16_t>(
          BestLabel(scratch.label_scores.data(), nl, allowed_.data(), ArcDirection(dep, head)));
    }
    st.Apply(t);
  }
  scratch.heads = st.heads();
  scratch.labels = st.labels();
  Deprojectivize(&scratch.heads, &scratch.labels, base_, target_);
  for (int w = 1; w <= n; ++w) {
    (*out)[w - 1].head = scratch.heads[w];
    (*out)[w - 1].deprel = relations_[scratch.labels[w]];
  }
}

void Parser::Evaluate(const std::vector<ConlluSentence>& gold, double* uas, double* las) const {
  // Scored by the shared scorer (lang/evaluation.h), so the model card and
  // `newsgraph evaluate` follow one convention.
  Scorer scorer;
  std::vector<Arc> arcs;
  for (const auto& s : gold) {
    Parse(ToParserInput(s), &arcs);
    ConlluSentence predicted = s;
    for (size_t i = 0; i < predicted.words.size(); ++i) {
      predicted.words[i].head = arcs[i].head;
      predicted.words[i].deprel = std::string(arcs[i].deprel);
    }
    (void)scorer.Add(s, predicted, "");  // same words by construction
  }
  const Scores& scores = scorer.scores();
  *uas = Scores::Percent(scores.uas, scores.words);
  *las = Scores::Percent(scores.las, scores.words);
}

std::string Parser::Serialize() const {
  ModelWriter out(kMagic);
  out.Put(kVersion);
  out.Put(static_cast<uint32_t>(relations_.size()));
  for (const auto& r : relations_) out.PutString(r);
  out.PutArray(allowed_);
  out.Put(move_rows_);
  out.Put(label_rows_);
  out.PutArray(move_weights_);
  out.PutArray(label_weights_);
  out.Put(static_cast<uint32_t>(clusters_.keys.size()));
  out.PutArray(clusters_.keys);
  out.PutArray(clusters_.ids);
  return std::move(out).Finish();
}

Result<std::unique_ptr<const Parser>> Parser::Load(std::string_view bytes,
                                                   std::string_view origin) {
  auto corrupt = [&](std::string_view why) {
    return Status::Corruption(std::string(origin) + ": parser model " + std::string(why));
  };
  Result<std::string_view> body = OpenModel(bytes, kMagic, origin, "parser");
  if (!body.ok()) return body.status();
  ModelReader r(*body);
  uint32_t version, nrel, move_rows, label_rows;
  if (!r.Get(&version) || (version != kVersion && version != kVersionWithoutClusters)) {
    return corrupt("has an unknown version");
  }
  if (!r.Get(&nrel) || nrel == 0 || nrel > kMaxRelations) {
    return corrupt("has a bad relation count");
  }
  auto p = std::make_unique<Parser>();
  for (uint32_t i = 0; i < nrel; ++i) {
    std::string_view name;
    if (!r.String(256, &name)) return corrupt("is truncated");
    p->relations_.emplace_back(name);
  }
  if (!p->IndexRelations()) return corrupt("has a malformed lifted relation");
  if (!r.Array(nrel, &p->allowed_)) return corrupt("is truncated");
  if (!r.Get(&move_rows) || move_rows == 0 || move_rows > kMaxRows || !r.Get(&label_rows) ||
      label_rows == 0 || label_rows > kMaxRows) {
    return corrupt("has bad table sizes");
  }
  p->move_rows_ = move_rows;
  p->label_rows_ = label_rows;
  if (!r.Array(size_t{move_rows} * kMoveRow, &p->move_weights_) ||
      !r.Array(size_t{label_rows} * nrel, &p->label_weights_)) {
    return corrupt("has a bad size");
  }
  if (version == kVersion) {
    uint32_t nclusters;
    if (!r.Get(&nclusters) || nclusters > kMaxClusterWords ||
        !r.Array(nclusters, &p->clusters_.keys) || !r.Array(nclusters, &p->clusters_.ids)) {
      return corrupt("has a bad cluster table size");
    }
    if (!p->clusters_.Index()) return corrupt("has a malformed cluster table");
  }
  if (!r.AtEnd()) return corrupt("has a bad size");
  return std::unique_ptr<const Parser>(std::move(p));
}

Result<std::unique_ptr<const Parser>> Parser::LoadFile(const std::string& path) {
  Result<std::string> bytes = ReadModelFile(path, "parser");
  if (!bytes.ok()) return bytes.status();
  return Load(*bytes, path);
}

}  // namespace newsgraph::lang
