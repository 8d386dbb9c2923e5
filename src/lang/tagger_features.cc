#include "lang/tagger_features.h"

#include <algorithm>
#include <string>

namespace newsgraph::lang::tagger {
namespace {

constexpr size_t kMaxShape = 8;

uint64_t Shape(std::string_view w, uint64_t* flags) {
  char buf[kMaxShape];
  size_t n = 0;
  bool digit = false, hyphen = false, upper = false, lower = false, other = false, alpha = true;
  for (unsigned char c : w) {
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X', upper = true;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x', lower = true;
    } else if (c >= '0' && c <= '9') {
      s = 'd', digit = true, alpha = false;
    } else if (c >= 0x80) {
      if (c < 0xC0) continue;  // UTF-8 continuation byte
      s = 'u', other = true;
    } else {
      s = static_cast<char>(c), alpha = false;
      hyphen |= c == '-';
    }
    if (n > 0 && buf[n - 1] == s) continue;
    if (n < kMaxShape) buf[n++] = s;
  }
  const bool initial_upper = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  *flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (upper ? 4 : 0) | (upper && !lower ? 8 : 0) |
           (initial_upper ? 16 : 0) | (other ? 32 : 0) | (alpha ? 64 : 0);
  return Fnv1a(std::string_view(buf, n), 77);
}

// The weight rounded to its top 24 bits, and the class in the low 8.
uint32_t Pack(const Entry& e) {
  uint32_t bits = std::bit_cast<uint32_t>(e.weight);
  bits = (bits + 0x80u) & 0xffffff00u;
  return bits | (e.cls & 0xff);
}

Atoms Sentinel(uint64_t v) {
  Atoms a;
  a.form = a.lower = a.shape = a.flags = a.amb = a.raw_cls = a.raw_cap = a.coarse = a.fine = v;
  std::fill(a.suf, a.suf + 4, v);
  std::fill(a.pre, a.pre + 3, v);
  a.dict = kNoClass;
  a.cache = kNoRow;
  return a;
}

}  // namespace

void Lowercase(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

void FlatMap::Build(const std::vector<std::pair<uint64_t, uint32_t>>& items) {
  size_t cap = 16;
  while (cap < items.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{0, 0});
  mask_ = cap - 1;
  items_ = items;
  std::sort(items_.begin(), items_.end());
  for (const auto& [key, v] : items_) {
    size_t i = key & mask_;
    while (slots_[i].fp != 0) i = (i + 1) & mask_;
    slots_[i] = {Fingerprint(key), v};
  }
}

void Weights::Build(int num_classes, const std::vector<uint64_t>& features,
                    const std::vector<uint32_t>& offsets, std::vector<Entry> entries) {
  stride_ = (static_cast<size_t>(num_classes) + 7) / 8 * 8;
  // A dense row costs stride_ adds; sparse entries cost about 3 each.
  const uint32_t dense_from = static_cast<uint32_t>(stride_ / 3);
  std::vector<std::pair<uint64_t, uint32_t>> items;
  items.reserve(features.size());
  packed_.clear();
  dense_.clear();
  for (size_t i = 0; i < features.size(); ++i) {
    const uint32_t n = offsets[i + 1] - offsets[i];
    if (n >= dense_from) {
      const size_t row = dense_.size() / stride_;
      dense_.resize(dense_.size() + stride_, 0.0f);
      for (uint32_t j = offsets[i]; j < offsets[i + 1]; ++j) {
        dense_[row * stride_ + entries[j].cls] = entries[j].weight;
      }
      items.emplace_back(features[i], kDense | static_cast<uint32_t>(row));
    } else {
      items.emplace_back(features[i], static_cast<uint32_t>(packed_.size() << 8) | n);
      for (uint32_t j = offsets[i]; j < offsets[i + 1]; ++j) {
        packed_.push_back(Pack(entries[j]));
      }
    }
  }
  table_.Build(items);
}

void Weights::Export(std::vector<uint64_t>* features, std::vector<uint8_t>* counts,
                     std::vector<Entry>* entries) const {
  features->clear(), counts->clear(), entries->clear();
  for (const auto& [f, ref] : table_.Items()) {
    features->push_back(f);
    const size_t before = entries->size();
    if (ref & kDense) {
      const float* w = dense_.data() + static_cast<size_t>(ref & ~kDense) * stride_;
      for (size_t c = 0; c < stride_; ++c) {
        if (w[c] != 0.0f) entries->push_back({w[c], static_cast<uint32_t>(c)});
      }
    } else {
      const uint32_t* e = packed_.data() + (ref >> 8);
      for (uint32_t i = 0; i < (ref & 0xff); ++i) {
        entries->push_back({std::bit_cast<float>(e[i] & 0xffffff00u), e[i] & 0xff});
      }
    }
    counts->push_back(static_cast<uint8_t>(entries->size() - before));
  }
}

void ComputeAtoms(std::span<const std::string_view> words, const FlatMap& lexicon,
                  const FlatMap& raw, const WordCache* cache, std::vector<Atoms>* out) {
  out->resize(words.size() + 4);
  (*out)[0] = (*out)[1] = Sentinel(0xB0B0);
  (*out)[words.size() + 2] = (*out)[words.size() + 3] = Sentinel(0xE0E0);
  thread_local std::string lower;
  // First the table keys (prefetched), then the lookups and the rest.
  for (size_t i = 0; i < words.size(); ++i) {
    Atoms& a = (*out)[i + 2];
    a.form = Fnv1a(words[i]);
    Lowercase(words[i], &lower);
    a.lower = Fnv1a(lower, 3);
    lexicon.Prefetch(a.form);
    raw.Prefetch(a.lower);
    if (cache != nullptr) cache->Prefetch(a.form);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    Atoms& a = (*out)[i + 2];
    const std::string_view w = words[i];
    uint32_t v;
    WordInfo info;
    if (lexicon.Find(a.form, &v)) info = WordInfo::Unpack(v);
    a.amb = info.amb;
    a.dict = info.dict;
    a.cache = cache != nullptr && info.dict == kNoClass ? cache->Find(a.form) : kNoRow;
    RawInfo r;
    if (raw.Find(a.lower, &v)) r = RawInfo::Unpack(v);
    a.raw_cls = r.cls;
    a.raw_cap = r.cap;
    a.coarse = r.coarse;
    a.fine = r.fine;
    a.shape = Shape(w, &a.flags);
    Lowercase(w, &lower);
    const size_t n = lower.size();
    // Neighbours use suffixes 2 and 3; the rest only matters to a word
    // that is scored (not in the tag dictionary).
    for (size_t k = 2; k <= 3; ++k) {
      a.suf[k - 1] = Fnv1a(std::string_view(lower).substr(n - std::min(n, k)), 10 + k);
    }
    if (a.dict != kNoClass || a.cache != kNoRow) {
      a.suf[0] = a.suf[3] = a.pre[0] = a.pre[1] = a.pre[2] = 0;
      continue;
    }
    for (size_t k : {size_t{1}, size_t{4}}) {
      a.suf[k - 1] = Fnv1a(std::string_view(lower).substr(n - std::min(n, k)), 10 + k);
    }
    for (size_t k = 1; k <= 3; ++k) {
      a.pre[k - 1] = Fnv1a(std::string_view(lower).substr(0, k), 20 + k);
    }
  }
}

int WordFeatures(const Atoms& w, uint64_t* f) {
  int k = 0;
  uint64_t t = 100;
  auto add1 = [&](uint64_t a) { f[k++] = Mix(++t, a); };
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(++t, a), b); };
  add1(0);
  add1(w.form), add1(w.lower);
  for (uint64_t s : w.suf) add1(s);
  for (uint64_t p : w.pre) add1(p);
  add1(w.shape), add1(w.flags), add1(w.amb);
  add1(w.raw_cls), add1(w.raw_cap), add2(w.raw_cls, w.raw_cap), add2(w.raw_cap, w.flags);
  add1(w.fine), add1(w.coarse), add2(w.fine, w.suf[2]);
  return k;
}

int ContextFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* f) {
  const Atoms& m2 = atoms[i];
  const Atoms& m1 = atoms[i + 1];
  const Atoms& w = atoms[i + 2];
  const Atoms& p1 = atoms[i + 3];
  const Atoms& p2 = atoms[i + 4];
  int k = 0;
  uint64_t t = 150;
  auto add1 = [&](uint64_t a) { f[k++] = Mix(++t, a); };
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(++t, a), b); };
  add2(w.flags, i == 0);
  add1(m1.lower), add1(p1.lower), add1(m2.lower), add1(p2.lower);
  add1(m1.suf[2]), add1(p1.suf[2]), add1(p1.suf[1]);
  add1(m1.amb), add1(p1.amb), add1(p2.amb);
  add2(w.lower, p1.lower), add2(m1.lower, w.lower), add2(w.amb, p1.amb);
  add2(m1.shape, w.shape), add2(w.shape, p1.shape);
  add2(p1.lower, p2.lower), add2(m1.lower, p1.lower), add2(w.suf[2], p1.amb);
  add1(m1.raw_cls), add1(p1.raw_cls);
  add1(m1.fine), add1(p1.fine), add1(p2.coarse), add1(m2.coarse);
  add2(w.coarse, p1.coarse), add2(m1.coarse, w.coarse);
  return k;
}

int StaticFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* f) {
  const int k = WordFeatures(atoms[i + 2], f);
  return k + ContextFeatures(atoms, i, f + k);
}

void WordCache::Build(const Weights& weights, const std::vector<Atoms>& words) {
  stride_ = weights.stride();
  std::vector<std::pair<uint64_t, uint32_t>> items;
  rows_.assign(words.size() * stride_, 0.0f);
  uint64_t f[kMaxStatic];
  for (size_t r = 0; r < words.size(); ++r) {
    const int k = WordFeatures(words[r], f);
    for (int j = 0; j < k; ++j) weights.Add(f[j], rows_.data() + r * stride_);
    items.emplace_back(words[r].form, static_cast<uint32_t>(r));
  }
  index_.Build(items);
}

int DynamicFeatures(const std::vector<Atoms>& atoms, size_t i, int c1, int c2, uint64_t* f) {
  const Atoms& w = atoms[i + 2];
  const Atoms& p1 = atoms[i + 3];
  int k = 0;
  uint64_t t = 200;
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(++t, a), b); };
  auto add3 = [&](uint64_t a, uint64_t b, uint64_t c) { f[k++] = Mix(Mix(Mix(++t, a), b), c); };
  add2(c1, 0), add2(c2, 0), add3(c1, c2, 0);
  add2(c1, w.lower), add2(c1, p1.amb), add2(c1, w.suf[2]), add2(c1, w.amb);
  add3(c1, c2, w.amb);
  add2(c1, w.fine);
  return k;
}

int FeatsFeatures(const std::vector<Atoms>& atoms, std::span<const uint8_t> classes,
                  std::span<const uint8_t> nominal, size_t i, uint64_t* f) {
  const size_t n = classes.size();
  auto cls = [&](long j) -> uint64_t {
    return j < 0 ? kMaxClasses : j >= static_cast<long>(n) ? kMaxClasses + 1 : classes[j];
  };
  const long at = static_cast<long>(i);
  const uint64_t key = Mix(atoms[i + 2].lower, classes[i] + 1u);
  // The nearest word before that can be a subject, for agreement and case.
  uint64_t subject = 1, subject_cls = kMaxClasses;
  for (long j = at - 1; j >= 0 && j >= at - 8; --j) {
    if (nominal[classes[j]]) {
      subject = atoms[j + 2].lower, subject_cls = classes[j];
      break;
    }
  }
  int k = 0;
  uint64_t t = 300;
  auto add1 = [&](uint64_t a) { f[k++] = Mix(Mix(++t, key), a); };
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(Mix(++t, key), a), b); };
  add1(0);
  add1(cls(at - 1)), add1(cls(at + 1)), add1(cls(at - 2)), add1(cls(at + 2));
  add2(cls(at - 1), cls(at + 1)), add2(cls(at + 1), cls(at + 2));
  add1(atoms[i + 1].lower), add1(atoms[i + 3].lower);
  add1(subject), add1(subject_cls), add1(i == 0);
  add1(atoms[n + 1].lower), add2(atoms[n + 1].lower, cls(at + 1));
  return k;
}

}  // namespace newsgraph::lang::tagger
