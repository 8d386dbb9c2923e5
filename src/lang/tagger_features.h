// The tagger's features and lookup tables (used by lang/tagger.h).
//
// Every feature is a 64-bit hash of a template id and its values. Per word,
// "atoms" (form, lowercase, affixes, shape, ambiguity class) are hashed once;
// the static features of word i combine the atoms of words i-2..i+2, the
// dynamic ones add the two previously predicted classes.
//
// Thread-safety: FlatMap and Weights are immutable after Build(); the
// functions are pure.
#ifndef NEWSGRAPH_LANG_TAGGER_FEATURES_H_
#define NEWSGRAPH_LANG_TAGGER_FEATURES_H_

#include <bit>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/fnv.h"

namespace newsgraph::lang::tagger {

constexpr uint8_t kNoClass = 255;
constexpr int kMaxClasses = 250;  // classes 250, 251 stand for "before the sentence"
constexpr int kMaxStatic = 48;
constexpr int kMaxDynamic = 10;
constexpr int kMaxFeats = 16;
// In the FEATS lexicon: the word's FEATS depend on context (FeatsFeatures).
constexpr uint32_t kContextFeats = 1u << 31;

inline uint64_t Mix(uint64_t a, uint64_t b) {
  a ^= b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2);
  a *= 0xff51afd7ed558ccdull;
  return a ^ (a >> 33);
}
// ASCII lowercase; other bytes unchanged.
void Lowercase(std::string_view s, std::string* out);

// Open-addressing hash map from a 64-bit key to a uint32 value.
class FlatMap {
 public:
  // REQUIRES: keys unique. Absent keys are found with probability ~2^-31.
  void Build(const std::vector<std::pair<uint64_t, uint32_t>>& items);
  // Returns false when absent.
  bool Find(uint64_t key, uint32_t* value) const {
    if (slots_.empty()) return false;
    const uint32_t fp = Fingerprint(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].fp == fp) {
        *value = slots_[i].value;
        return true;
      }
      if (slots_[i].fp == 0) return false;
    }
  }
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key & mask_]);
  }
  // The items sorted by key (for serialising deterministically).
  const std::vector<std::pair<uint64_t, uint32_t>>& Items() const { return items_; }
  size_t size() const { return items_.size(); }

 private:
  // The slot holds 32 bits of the key; the slot index holds its low bits.
  static uint32_t Fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1; }
  struct Slot {
    uint32_t fp;  // 0 = empty
    uint32_t value;
  };
  std::vector<Slot> slots_;
  std::vector<std::pair<uint64_t, uint32_t>> items_;  // sorted, for Items()
  size_t mask_ = 0;
};

// The per-word lookup value: ambiguity class id (0 = unknown word) and the
// tag-dictionary class (kNoClass when the word must be scored).
struct WordInfo {
  uint32_t amb = 0;
  uint8_t dict = kNoClass;
  uint32_t Pack() const { return (amb << 8) | dict; }
  static WordInfo Unpack(uint32_t v) { return {v >> 8, static_cast<uint8_t>(v & 0xff)}; }
};

// Feature weights: feature hash -> (class, weight) entries, kept sparse
// for most features and as a dense row for those with many classes.
struct Entry {
  float weight;
  uint32_t cls;
};
class Weights {
 public:
  // `features[i]` owns entries [offsets[i], offsets[i+1]) of `entries`.
  // REQUIRES: features unique, offsets.size() == features.size() + 1,
  // each run shorter than 256, classes < num_classes, entries.size() < 2^23.
  void Build(int num_classes, const std::vector<uint64_t>& features,
             const std::vector<uint32_t>& offsets, std::vector<Entry> entries);
  // Adds the weights of `f` to scores.
  void Add(uint64_t f, float* scores) const {
    uint32_t ref;
    if (Find(f, &ref)) Add(ref, scores);
  }
  // Looks up `f`: false when it has no weights.
  bool Find(uint64_t f, uint32_t* ref) const { return table_.Find(f, ref); }
  void Add(uint32_t ref, float* scores) const {
    if (ref & kDense) {
      const float* w = DenseRow(ref);
      for (size_t c = 0; c < stride_; ++c) scores[c] += w[c];
      return;
    }
    AddSparse(ref, scores);
  }
  // A found feature stored as a dense row of stride() weights, or sparse.
  static bool IsDense(uint32_t ref) { return (ref & kDense) != 0; }
  const float* DenseRow(uint32_t ref) const {
    return dense_.data() + static_cast<size_t>(ref & ~kDense) * stride_;
  }
  void AddSparse(uint32_t ref, float* scores) const {
    const uint32_t* e = packed_.data() + (ref >> 8);
    for (uint32_t i = 0, n = ref & 0xff; i < n; ++i) {
      scores[e[i] & 0xff] += std::bit_cast<float>(e[i] & 0xffffff00u);
    }
  }
  void Prefetch(uint64_t f) const { table_.Prefetch(f); }
  void PrefetchEntries(uint32_t ref) const {
    if (ref & kDense) {
      __builtin_prefetch(dense_.data() + static_cast<size_t>(ref & ~kDense) * stride_);
    } else {
      __builtin_prefetch(packed_.data() + (ref >> 8));
    }
  }
  // The number of features with weights (0: no model).
  size_t size() const { return table_.size(); }
  // Row width of the score arrays Add() writes: num_classes rounded up.
  size_t stride() const { return stride_; }
  // The features with their entries sorted by feature (for serialising).
  void Export(std::vector<uint64_t>* features, std::vector<uint8_t>* counts,
              std::vector<Entry>* entries) const;

 private:
  static constexpr uint32_t kDense = 1u << 31;
  FlatMap table_;  // feature -> begin << 8 | count, or kDense | dense row
  // Sparse entries: the weight's top 24 bits (rounded) | the class.
  std::vector<uint32_t> packed_;
  std::vector<float> dense_;
  size_t stride_ = 8;
};

// Statistics of a lowercase word in untagged text: the class the tagger
// predicts most often for it, how often it is capitalised, and its word
// clusters (lang/word_clusters.h).
struct RawInfo {
  uint8_t cls = kNoClass;  // kNoClass when rare
  uint8_t cap = 0;         // 0 when rare, else 1 (never) .. 5 (always)
  uint8_t coarse = 0;      // cluster ids, 0 when not clustered
  uint16_t fine = 0;       // REQUIRES: < 4096
  uint32_t Pack() const {
    return cls | static_cast<uint32_t>(cap & 0xf) << 8 | static_cast<uint32_t>(coarse) << 12 |
           static_cast<uint32_t>(fine & 0xfff) << 20;
  }
  static RawInfo Unpack(uint32_t v) {
    return {static_cast<uint8_t>(v & 0xff), static_cast<uint8_t>((v >> 8) & 0xf),
            static_cast<uint8_t>((v >> 12) & 0xff), static_cast<uint16_t>(v >> 20)};
  }
};

struct Atoms {
  uint64_t form, lower, suf[4], pre[3], shape, flags, amb, raw_cls, raw_cap, coarse, fine;
  uint8_t dict;
  uint32_t cache;  // the word's row in the WordCache, or kNoRow
};

constexpr uint32_t kNoRow = UINT32_MAX;

// The summed weights of WordFeatures() for frequent words the tag
// dictionary does not decide: one dense row replaces about twenty lookups.
// Derived from the weights (Build), never stored.
class WordCache {
 public:
  // One row per entry of `words` (each word's atoms, from ComputeAtoms without a
  // cache). REQUIRES: `weights` final (rows are not updated when it changes).
  void Build(const Weights& weights, const std::vector<Atoms>& words);
  // kNoRow when `form` (hash) has no row.
  uint32_t Find(uint64_t form) const {
    uint32_t row;
    return index_.Find(form, &row) ? row : kNoRow;
  }
  void Prefetch(uint64_t form) const { index_.Prefetch(form); }
  const float* Row(uint32_t row) const { return rows_.data() + row * stride_; }
  size_t size() const { return index_.size(); }

 private:
  FlatMap index_;
  std::vector<float> rows_;
  size_t stride_ = 0;
};

// Atoms of each word with two sentinels on each side: out[i + 2] is word i.
// `lexicon` maps form hashes to WordInfo, `raw` lowercase hashes to RawInfo;
// `cache` (may be null) gives Atoms::cache.
void ComputeAtoms(std::span<const std::string_view> words, const FlatMap& lexicon,
                  const FlatMap& raw, const WordCache* cache, std::vector<Atoms>* out);
// Static features of word i (atoms index i + 2): WordFeatures of the word
// and ContextFeatures. Returns their count.
int StaticFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* out);
// The static features that depend on the word alone (cacheable).
int WordFeatures(const Atoms& w, uint64_t* out);
// The static features that depend on the neighbours or the position.
int ContextFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* out);
// Features on the previous two classes p1, p2.
int DynamicFeatures(const std::vector<Atoms>& atoms, size_t i, int p1, int p2, uint64_t* out);
// Features for choosing the FEATS of word i given every word's class;
// `nominal[c]` says whether class c can be a subject (pronoun, noun, ...).
int FeatsFeatures(const std::vector<Atoms>& atoms, std::span<const uint8_t> classes,
                  std::span<const uint8_t> nominal, size_t i, uint64_t* out);

}  // namespace newsgraph::lang::tagger

#endif  // NEWSGRAPH_LANG_TAGGER_FEATURES_H_
