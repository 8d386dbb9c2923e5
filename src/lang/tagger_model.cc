// The tagger's model file. After "NGTAGGR1" and the uint32 version, all
// little-endian:
//   classes:  uint32 n; n x (string xpos, string upos, uint32 feats index)
//   feats:    uint32 n; n x string                 (strings: uint32 length + bytes)
//   words:    uint32 n; uint64 keys[n]; uint32 values[n]        (WordInfo::Pack)
//   lexicon:  uint32 n; uint64 keys[n]; uint32 feats indices[n] (| kContextFeats)
//   raw:      uint32 n; uint64 keys[n]; uint32 values[n]         (RawInfo::Pack)
//   cache:    uint32 n; n x string (the words whose features are summed at load)
//   weights:  uint32 n; uint64 features[n]; uint8 counts[n];
//             uint32 m; uint8 classes[m]; float32 weights[m]
//   FEATS weights: the same layout; classes are feats indices
//   uint64 FNV-1a checksum of everything before it.
#include <cstring>

#include "lang/model_file.h"
#include "lang/tagger.h"

namespace newsgraph::lang {
namespace {

constexpr ModelMagic kMagic = {'N', 'G', 'T', 'A', 'G', 'G', 'R', '1'};
constexpr uint32_t kVersion = 2;

void PutMap(ModelWriter* out, const tagger::FlatMap& map) {
  auto items = map.Items();
  out->Put(static_cast<uint32_t>(items.size()));
  for (const auto& it : items) out->Put(it.first);
  for (const auto& it : items) out->Put(it.second);
}

// Weights in feature order, each feature's entries in class order.
void PutWeights(ModelWriter* out, const tagger::Weights& w) {
  std::vector<uint64_t> features;
  std::vector<uint8_t> counts;
  std::vector<tagger::Entry> entries;
  w.Export(&features, &counts, &entries);
  out->Put(static_cast<uint32_t>(features.size()));
  out->PutArray(features);
  out->PutArray(counts);
  std::vector<uint8_t> classes;
  std::vector<float> weights;
  for (const auto& e : entries) {
    classes.push_back(static_cast<uint8_t>(e.cls));
    weights.push_back(e.weight);
  }
  out->Put(static_cast<uint32_t>(classes.size()));
  out->PutArray(classes);
  out->PutArray(weights);
}

// ModelReader plus the tagger's composite fields.
class Reader : public ModelReader {
 public:
  using ModelReader::ModelReader;
  bool String(std::string* s) {
    std::string_view v;
    if (!ModelReader::String(1024, &v)) return false;
    s->assign(v);
    return true;
  }
  // A map whose values must be below `limit`.
  bool Map(uint32_t limit, std::vector<std::pair<uint64_t, uint32_t>>* items) {
    uint32_t n;
    std::vector<uint64_t> keys;
    std::vector<uint32_t> values;
    if (!Get(&n) || !Array(n, &keys) || !Array(n, &values)) return false;
    items->clear();
    for (uint32_t i = 0; i < n; ++i) {
      if (values[i] >= limit) return false;
      items->emplace_back(keys[i], values[i]);
    }
    return true;
  }
  // Weights (see PutWeights) whose classes must be below `num_classes`.
  bool Weights(uint32_t num_classes, tagger::Weights* w) {
    uint32_t nfeatures, nentries;
    std::vector<uint64_t> features;
    std::vector<uint8_t> counts, classes;
    std::vector<float> weights;
    if (!Get(&nfeatures) || !Array(nfeatures, &features) || !Array(nfeatures, &counts) ||
        !Get(&nentries) || nentries >= (1u << 23) || !Array(nentries, &classes) ||
        !Array(nentries, &weights)) {
      return false;
    }
    if (nfeatures == 0) return nentries == 0;  // no model: *w stays empty
    if (num_classes > tagger::kMaxClasses) return false;
    std::vector<uint32_t> offsets(nfeatures + 1, 0);
    for (uint32_t i = 0; i < nfeatures; ++i) {
      offsets[i + 1] = offsets[i] + counts[i];
      if (offsets[i + 1] > nentries) return false;
    }
    if (offsets[nfeatures] != nentries) return false;
    std::vector<tagger::Entry> entries(nentries);
    for (uint32_t i = 0; i < nentries; ++i) {
      if (classes[i] >= num_classes) return false;
      entries[i] = {weights[i], classes[i]};
    }
    w->Build(static_cast<int>(num_classes), features, offsets, std::move(entries));
    return true;
  }
};

}  // namespace

std::string Tagger::Serialize() const {
  ModelWriter out(kMagic);
  out.Put(kVersion);
  out.Put(static_cast<uint32_t>(classes_.size()));
  for (const auto& c : classes_) {
    out.PutString(c.xpos);
    out.PutString(c.upos);
    out.Put(c.feats);
  }
  out.Put(static_cast<uint32_t>(feats_.size()));
  for (const auto& f : feats_) out.PutString(f);
  PutMap(&out, words_);
  PutMap(&out, feats_lexicon_);
  PutMap(&out, raw_);
  out.Put(static_cast<uint32_t>(cache_words_.size()));
  for (const auto& w : cache_words_) out.PutString(w);
  // Weights in feature order, each feature's entries in class order.
  PutWeights(&out, weights_);
  PutWeights(&out, feats_weights_);
  return std::move(out).Finish();
}

Result<std::unique_ptr<const Tagger>> Tagger::Load(std::string_view bytes,
                                                   std::string_view origin) {
  auto corrupt = [&](std::string_view why) {
    return Status::Corruption(std::string(origin) + ": tagger model " + std::string(why));
  };
  Result<std::string_view> body = OpenModel(bytes, kMagic, origin, "tagger");
  if (!body.ok()) return body.status();
  Reader r(*body);
  uint32_t version, nclasses, nfeats;
  if (!r.Get(&version) || version != kVersion) return corrupt("has an unknown version");
  if (!r.Get(&nclasses) || nclasses == 0 || nclasses > tagger::kMaxClasses) {
    return corrupt("has a bad class count");
  }
  auto t = std::make_unique<Tagger>();
  t->classes_.resize(nclasses);
  for (auto& c : t->classes_) {
    if (!r.String(&c.xpos) || !r.String(&c.upos) || !r.Get(&c.feats)) return corrupt("truncated");
  }
  if (!r.Get(&nfeats) || nfeats == 0 || nfeats > (1u << 20)) return corrupt("bad FEATS count");
  t->feats_.resize(nfeats);
  for (auto& f : t->feats_) {
    if (!r.String(&f)) return corrupt("is truncated");
  }
  for (const auto& c : t->classes_) {
    if (c.feats >= nfeats) return corrupt("has a bad FEATS index");
  }
  std::vector<std::pair<uint64_t, uint32_t>> items;
  if (!r.Map(UINT32_MAX, &items)) return corrupt("has a bad word table");
  for (const auto& it : items) {
    const uint8_t dict = tagger::WordInfo::Unpack(it.second).dict;
    if (dict != tagger::kNoClass && dict >= nclasses) return corrupt("has a bad word class");
  }
  t->words_.Build(items);
  if (!r.Map(UINT32_MAX, &items)) return corrupt("has a bad FEATS lexicon");
  for (const auto& it : items) {
    if ((it.second & ~tagger::kContextFeats) >= nfeats) return corrupt("has a bad FEATS index");
  }
  t->feats_lexicon_.Build(items);
  if (!r.Map(UINT32_MAX, &items)) return corrupt("has a bad raw-text table");
  for (const auto& it : items) {
    const tagger::RawInfo info = tagger::RawInfo::Unpack(it.second);
    if ((info.cls != tagger::kNoClass && info.cls >= nclasses) || info.cap > 5) {
      return corrupt("has a bad raw-text entry");
    }
  }
  t->raw_.Build(items);
  uint32_t ncache;
  if (!r.Get(&ncache) || ncache > (1u << 20)) return corrupt("has a bad word cache count");
  t->cache_words_.resize(ncache);
  for (auto& w : t->cache_words_) {
    if (!r.String(&w) || w.empty()) return corrupt("has a bad word cache entry");
  }
  if (!r.Weights(nclasses, &t->weights_)) return corrupt("has bad weights");
  if (!r.Weights(nfeats, &t->feats_weights_) || !r.AtEnd()) return corrupt("has bad FEATS weights");
  t->SetNominal();
  t->BuildCache();
  return std::unique_ptr<const Tagger>(std::move(t));
}

Result<std::unique_ptr<const Tagger>> Tagger::LoadFile(const std::string& path) {
  Result<std::string> bytes = ReadModelFile(path, "tagger");
  if (!bytes.ok()) return bytes.status();
  return Load(*bytes, path);
}

}  // namespace newsgraph::lang
