#include "lang/tagger.h"

#include <algorithm>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace newsgraph::lang {

using tagger::Atoms;
using tagger::kMaxClasses;
using tagger::kMaxDynamic;
using tagger::kMaxStatic;
using tagger::kNoClass;

namespace {

// Words whose static scores are summed together: their lookups overlap.
constexpr size_t kChunk = 8;

// The first index of the largest score. REQUIRES: n > 0, `s` holds
// stride (n rounded up to 8) readable floats.
int ArgMax(const float* s, size_t n) {
#if defined(__SSE2__)
  __m128 m = _mm_set1_ps(s[0]);
  size_t c = 0;
  for (; c + 4 <= n; c += 4) m = _mm_max_ps(m, _mm_loadu_ps(s + c));
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(2, 3, 0, 1)));
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(1, 0, 3, 2)));
  float best = _mm_cvtss_f32(m);
  for (; c < n; ++c) best = s[c] > best ? s[c] : best;
  for (c = 0; c < n; ++c) {
    if (s[c] == best) return static_cast<int>(c);
  }
  return 0;
#else
  return static_cast<int>(std::max_element(s, s + n) - s);
#endif
}

// out[c] = the sum of rows[r][c], for c < stride (a multiple of 8): each
// output is summed in a register rather than stored once per row.
void SumRows(const float* const* rows, int n, size_t stride, float* out) {
#if defined(__SSE2__)
  for (size_t c = 0; c < stride; c += 8) {
    __m128 a = _mm_setzero_ps(), b = _mm_setzero_ps();
    for (int r = 0; r < n; ++r) {
      a = _mm_add_ps(a, _mm_loadu_ps(rows[r] + c));
      b = _mm_add_ps(b, _mm_loadu_ps(rows[r] + c + 4));
    }
    _mm_storeu_ps(out + c, a);
    _mm_storeu_ps(out + c + 4, b);
  }
#else
  for (size_t c = 0; c < stride; ++c) {
    float sum = 0.0f;
    for (int r = 0; r < n; ++r) sum += rows[r][c];
    out[c] = sum;
  }
#endif
}

}  // namespace

void Tagger::Decode(std::span<const std::string_view> words, std::vector<Atoms>* atoms,
                    std::vector<uint8_t>* classes) const {
  const size_t n = words.size();
  classes->assign(n, 0);
  tagger::ComputeAtoms(words, words_, raw_, &cache_, atoms);
  if (n == 0 || classes_.empty()) return;
  const size_t nc = classes_.size();
  uint64_t f[kChunk][kMaxStatic];
  uint32_t refs[kChunk][kMaxStatic];
  int counts[kChunk];
  float scores[kChunk][kMaxClasses + 8];
  uint64_t d[kChunk][kMaxDynamic];
  int c1 = kMaxClasses, c2 = kMaxClasses + 1;
  for (size_t start = 0; start < n; start += kChunk) {
    const size_t m = std::min(kChunk, n - start);
    // Hash and prefetch the table slots, then find and prefetch the
    // entries, then sum: the memory accesses of a whole chunk overlap.
    for (size_t t = 0; t < m; ++t) {
      counts[t] = 0;
      const Atoms& a = (*atoms)[start + t + 2];
      if (a.dict != kNoClass) continue;
      counts[t] = a.cache != tagger::kNoRow ? tagger::ContextFeatures(*atoms, start + t, f[t])
                                            : tagger::StaticFeatures(*atoms, start + t, f[t]);
      for (int j = 0; j < counts[t]; ++j) weights_.Prefetch(f[t][j]);
    }
    for (size_t t = 0; t < m; ++t) {
      const uint32_t row = (*atoms)[start + t + 2].cache;
      if (row != tagger::kNoRow) {
        const char* p = reinterpret_cast<const char*>(cache_.Row(row));
        for (size_t b = 0; b < weights_.stride() * sizeof(float); b += 64) __builtin_prefetch(p + b);
      }
      int k = 0;
      for (int j = 0; j < counts[t]; ++j) {
        if (weights_.Find(f[t][j], &refs[t][k])) weights_.PrefetchEntries(refs[t][k++]);
      }
      counts[t] = k;
    }
    for (size_t t = 0; t < m; ++t) {
      const float* dense[kMaxStatic + 1];
      int nd = 0;
      const uint32_t row = (*atoms)[start + t + 2].cache;
      if (row != tagger::kNoRow) dense[nd++] = cache_.Row(row);
      for (int j = 0; j < counts[t]; ++j) {
        if (weights_.IsDense(refs[t][j])) dense[nd++] = weights_.DenseRow(refs[t][j]);
      }
      SumRows(dense, nd, weights_.stride(), scores[t]);
      for (int j = 0; j < counts[t]; ++j) {
        if (!weights_.IsDense(refs[t][j])) weights_.AddSparse(refs[t][j], scores[t]);
      }
    }
    // Guess each word's class from its static scores alone and prefetch the
    // dynamic features that history implies; the guesses are mostly right.
    int guess[kChunk];
    for (size_t t = 0; t < m; ++t) {
      guess[t] = (*atoms)[start + t + 2].dict;
      if (guess[t] == kNoClass) {
        guess[t] = ArgMax(scores[t], nc);
      }
    }
    int g1[kChunk], g2[kChunk], dcount[kChunk];
    for (size_t t = 0; t < m; ++t) {
      g1[t] = t >= 1 ? guess[t - 1] : c1;
      g2[t] = t >= 2 ? guess[t - 2] : (t == 1 ? c1 : c2);
      dcount[t] = 0;
      if ((*atoms)[start + t + 2].dict != kNoClass) continue;
      dcount[t] = tagger::DynamicFeatures(*atoms, start + t, g1[t], g2[t], d[t]);
      for (int j = 0; j < dcount[t]; ++j) weights_.Prefetch(d[t][j]);
    }
    for (size_t t = 0; t < m; ++t) {
      for (int j = 0; j < dcount[t]; ++j) {
        uint32_t ref;
        if (weights_.Find(d[t][j], &ref)) weights_.PrefetchEntries(ref);
      }
    }
    for (size_t t = 0; t < m; ++t) {
      const size_t i = start + t;
      int best = (*atoms)[i + 2].dict;
      if (best == kNoClass) {
        if (g1[t] != c1 || g2[t] != c2) tagger::DynamicFeatures(*atoms, i, c1, c2, d[t]);
        for (int j = 0; j < dcount[t]; ++j) weights_.Add(d[t][j], scores[t]);
        best = ArgMax(scores[t], nc);
      }
      (*classes)[i] = static_cast<uint8_t>(best);
      c2 = c1;
      c1 = best;
    }
  }
}

void Tagger::Feats(const std::vector<Atoms>& atoms, std::span<const uint8_t> classes,
                   std::vector<TagResult>* out) const {
  // Lexicon first; the context model's features are hashed and prefetched
  // for all its words before any is scored.
  thread_local std::vector<uint64_t> f;
  thread_local std::vector<std::pair<size_t, int>> pending;  // (word, feature count)
  f.resize(classes.size() * tagger::kMaxFeats);
  pending.clear();
  for (size_t i = 0; i < classes.size(); ++i) {
    uint32_t v;
    const uint8_t cls = classes[i];
    if (!feats_lexicon_.Find(tagger::Mix(atoms[i + 2].lower, cls + 1u), &v)) {
      (*out)[i].feats = feats_[classes_[cls].feats];
      continue;
    }
    (*out)[i].feats = feats_[v & ~tagger::kContextFeats];
    if ((v & tagger::kContextFeats) == 0 || feats_weights_.size() == 0) continue;
    uint64_t* fi = f.data() + i * tagger::kMaxFeats;
    const int k = tagger::FeatsFeatures(atoms, classes, nominal_, i, fi);
    for (int j = 0; j < k; ++j) feats_weights_.Prefetch(fi[j]);
    pending.emplace_back(i, k);
  }
  float scores[kMaxClasses + 8];
  for (const auto& [i, k] : pending) {
    const uint64_t* fi = f.data() + i * tagger::kMaxFeats;
    std::fill(scores, scores + feats_weights_.stride(), 0.0f);
    for (int j = 0; j < k; ++j) feats_weights_.Add(fi[j], scores);
    (*out)[i].feats = feats_[ArgMax(scores, feats_.size())];
  }
}

void Tagger::BuildCache() {
  std::vector<Atoms> words, atoms;
  for (const std::string& w : cache_words_) {
    const std::string_view word = w;
    tagger::ComputeAtoms({&word, 1}, words_, raw_, nullptr, &atoms);
    words.push_back(atoms[2]);
  }
  cache_.Build(weights_, words);
}

void Tagger::SetNominal() {
  nominal_.clear();
  for (const auto& c : classes_) {
    const std::string& x = c.xpos;
    nominal_.push_back(x == "PRP" || x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" ||
                       x == "EX" || x == "WP" || x == "WDT" || x == "DT" || x == "CD");
  }
}

void Tagger::Tag(std::span<const std::string_view> words, std::vector<TagResult>* out) const {
  // Per-thread scratch: Tag() stays const and safe to call concurrently.
  thread_local std::vector<Atoms> atoms;
  thread_local std::vector<uint8_t> classes;
  Decode(words, &atoms, &classes);
  out->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const TagClass& c = classes_[classes[i]];
    (*out)[i].upos = c.upos;
    (*out)[i].xpos = c.xpos;
  }
  Feats(atoms, classes, out);
}

std::vector<ConlluSentence> Tagger::TagAll(const std::vector<ConlluSentence>& gold) const {
  std::vector<ConlluSentence> out = gold;
  std::vector<std::string_view> words;
  std::vector<TagResult> tags;
  for (auto& s : out) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    Tag(words, &tags);
    for (size_t i = 0; i < s.words.size(); ++i) {
      s.words[i].upos = tags[i].upos;
      s.words[i].xpos = tags[i].xpos;
      s.words[i].feats = tags[i].feats;
    }
  }
  return out;
}

}  // namespace newsgraph::lang
