// The recognizer's decoding and model file. After "NGNERMD1" and the uint32
// version, all little-endian:
//   labels:   uint32 (kNumLabels: the label set the weights are for)
//   words:    uint32 n; uint64 keys[n]; uint32 values[n] (lowercase hash ->
//             ner::WordStats::Pack), keys ascending
//   weights:  uint32 n; uint64 features[n]; uint8 counts[n];
//             uint32 m; uint8 labels[m]; float32 weights[m]
//   uint64 FNV-1a checksum of everything before it.
#include "extract/ner_model.h"

#include <algorithm>
#include <cmath>

#include "core/embedded_data.h"
#include "extract/ner_features.h"
#include "extract/ner_gazetteer.h"
#include "lang/model_file.h"

namespace newsgraph::extract {
namespace {

constexpr lang::ModelMagic kMagic = {'N', 'G', 'N', 'E', 'R', 'M', 'D', '1'};
constexpr uint32_t kVersion = 2;  // 2: role and actor features
constexpr std::string_view kDefaultModel = "models/ner.bin";
// The width of a score row: kNumLabels rounded up (Weights::stride()).
constexpr size_t kStride = 16;

}  // namespace

NerModel::NerModel() = default;
NerModel::~NerModel() = default;

void NerModel::Decode(std::span<const std::string_view> words,
                      std::span<const std::string_view> upos,
                      std::span<const std::string_view> xpos, std::vector<uint8_t>* labels,
                      std::vector<float>* probs) const {
  const size_t n = words.size();
  labels->assign(n, ner::kOutside);
  probs->assign(n, 1.0f);
  thread_local std::vector<ner::LexiconTag> lex;
  thread_local std::vector<ner::Atoms> atoms;
  ner::TagLexicons(*lexicons_, words, &lex);
  ner::ComputeAtoms(words, upos, xpos, lex, stats_, &atoms);
  uint64_t f[ner::kMaxStatic + ner::kMaxDynamic];
  float scores[kStride];
  uint8_t l1 = ner::kNumLabels, l2 = ner::kNumLabels + 1;  // "before the sentence"
  uint8_t prev = ner::kOutside;
  for (size_t i = 0; i < n; ++i) {
    int k = ner::StaticFeatures(atoms, i, f);
    k += ner::DynamicFeatures(atoms, i, l1, l2, f + k);
    for (int j = 0; j < k; ++j) weights_.Prefetch(f[j]);
    std::fill(scores, scores + kStride, 0.0f);
    for (int j = 0; j < k; ++j) weights_.Add(f[j], scores);
    // The best label that BILOU allows here (lowest on ties).
    int best = -1;
    for (int c = 0; c < ner::kNumLabels; ++c) {
      const auto label = static_cast<uint8_t>(c);
      if (!ner::Allowed(prev, label) || (i + 1 == n && !ner::CanEnd(label))) continue;
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    const auto chosen = static_cast<uint8_t>(best);
    (*labels)[i] = chosen;
    if (chosen != ner::kOutside) {  // the probability among the allowed labels
      double sum = 0.0;
      for (int c = 0; c < ner::kNumLabels; ++c) {
        const auto label = static_cast<uint8_t>(c);
        if (!ner::Allowed(prev, label) || (i + 1 == n && !ner::CanEnd(label))) continue;
        sum += std::exp(static_cast<double>(scores[c] - scores[best]));
      }
      (*probs)[i] = static_cast<float>(1.0 / sum);
    }
    l2 = l1;
    l1 = prev = chosen;
  }
}

std::vector<NamedSpan> NerModel::Tag(std::span<const std::string_view> words,
                                     std::span<const std::string_view> upos,
                                     std::span<const std::string_view> xpos) const {
  if (words.empty() || upos.size() != words.size() || xpos.size() != words.size()) return {};
  thread_local std::vector<uint8_t> labels;
  thread_local std::vector<float> probs;
  Decode(words, upos, xpos, &labels, &probs);
  std::vector<NamedSpan> spans = ner::Decode(labels);
  for (NamedSpan& s : spans) {
    float sum = 0.0f;
    for (size_t i = s.begin; i < s.end; ++i) sum += probs[i];
    s.score = sum / static_cast<float>(s.end - s.begin);
  }
  return spans;
}

std::string NerModel::Serialize() const {
  lang::ModelWriter out(kMagic);
  out.Put(kVersion);
  out.Put(static_cast<uint32_t>(ner::kNumLabels));
  const auto& items = stats_.Items();
  out.Put(static_cast<uint32_t>(items.size()));
  for (const auto& it : items) out.Put(it.first);
  for (const auto& it : items) out.Put(it.second);
  std::vector<uint64_t> features;
  std::vector<uint8_t> counts;
  std::vector<lang::tagger::Entry> entries;
  weights_.Export(&features, &counts, &entries);
  out.Put(static_cast<uint32_t>(features.size()));
  out.PutArray(features);
  out.PutArray(counts);
  std::vector<uint8_t> labels;
  std::vector<float> weights;
  for (const auto& e : entries) {
    labels.push_back(static_cast<uint8_t>(e.cls));
    weights.push_back(e.weight);
  }
  out.Put(static_cast<uint32_t>(labels.size()));
  out.PutArray(labels);
  out.PutArray(weights);
  return std::move(out).Finish();
}

Result<std::unique_ptr<const NerModel>> NerModel::Load(std::string_view bytes,
                                                       std::string_view origin) {
  auto corrupt = [&](std::string_view why) {
    return Status::Corruption(std::string(origin) + ": NER model " + std::string(why));
  };
  Result<std::string_view> body = lang::OpenModel(bytes, kMagic, origin, "NER");
  if (!body.ok()) return body.status();
  lang::ModelReader r(*body);
  uint32_t version, nlabels, nwords;
  if (!r.Get(&version) || version != kVersion) return corrupt("has an unknown version");
  if (!r.Get(&nlabels) || nlabels != ner::kNumLabels) return corrupt("has a bad label count");
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  if (!r.Get(&nwords) || !r.Array(nwords, &keys) || !r.Array(nwords, &values)) {
    return corrupt("has a truncated word table");
  }
  std::vector<std::pair<uint64_t, uint32_t>> items;
  items.reserve(nwords);
  for (uint32_t i = 0; i < nwords; ++i) {
    if (i > 0 && keys[i] <= keys[i - 1]) return corrupt("has an unsorted word table");
    if (values[i] != ner::WordStats::Unpack(values[i]).Pack() ||
        ner::WordStats::Unpack(values[i]).cap > 5) {
      return corrupt("has a bad word table entry");
    }
    items.emplace_back(keys[i], values[i]);
  }
  uint32_t nfeatures, nentries;
  std::vector<uint64_t> features;
  std::vector<uint8_t> counts, labels;
  std::vector<float> weights;
  if (!r.Get(&nfeatures) || !r.Array(nfeatures, &features) || !r.Array(nfeatures, &counts) ||
      !r.Get(&nentries) || nentries >= (1u << 23) || !r.Array(nentries, &labels) ||
      !r.Array(nentries, &weights) || !r.AtEnd()) {
    return corrupt("has truncated weights");
  }
  std::vector<uint32_t> offsets(nfeatures + 1, 0);
  for (uint32_t i = 0; i < nfeatures; ++i) {
    if (i > 0 && features[i] <= features[i - 1]) return corrupt("has unsorted weights");
    offsets[i + 1] = offsets[i] + counts[i];
    if (offsets[i + 1] > nentries) return corrupt("has bad weight counts");
  }
  if (offsets[nfeatures] != nentries) return corrupt("has bad weight counts");
  std::vector<lang::tagger::Entry> entries(nentries);
  for (uint32_t i = 0; i < nentries; ++i) {
    if (labels[i] >= ner::kNumLabels || !std::isfinite(weights[i])) {
      return corrupt("has a bad weight");
    }
    entries[i] = {weights[i], labels[i]};
  }
  auto lexicons = ner::SharedLexicons();
  if (!lexicons.ok()) return lexicons.status();
  auto m = std::make_unique<NerModel>();
  m->lexicons_ = *lexicons;
  m->stats_.Build(items);
  m->weights_.Build(ner::kNumLabels, features, offsets, std::move(entries));
  return std::unique_ptr<const NerModel>(std::move(m));
}

Result<std::unique_ptr<const NerModel>> NerModel::LoadFile(const std::string& path) {
  Result<std::string> bytes = lang::ReadModelFile(path, "NER");
  if (!bytes.ok()) return bytes.status();
  return Load(*bytes, path);
}

Result<std::unique_ptr<const NerModel>> NerModel::LoadDefault() {
  Result<std::string_view> bytes = EmbeddedData(kDefaultModel);
  if (!bytes.ok()) return bytes.status();
  return Load(*bytes, kDefaultModel);
}

}  // namespace newsgraph::extract
