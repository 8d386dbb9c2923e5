// A small open-addressing hash table from short strings to a value: the
// lookup structure behind Abbreviations. Built once (Insert), then probed
// without allocation. It replaces std::unordered_map on the segmenter's and
// tokenizer's hot path: one cheap hash, no node chasing.
//
// Keys are hashed ASCII-case-folded, so one hash of a probe word serves both
// a case-sensitive table and a case-folded one (Abbreviations keeps one of
// each). Equality is exact bytes: a folded table stores folded keys and is
// probed with the folded word. MayContain() is a cheaper filter still, by
// length and first and last byte: most words asked about are not keys.
//
// Thread-safety: Insert() only while building; Find() may then run
// concurrently.
#ifndef NEWSGRAPH_TEXT_ABBREVIATIONS_TABLE_H_
#define NEWSGRAPH_TEXT_ABBREVIATIONS_TABLE_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::text {

inline char FoldAsciiCase(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// FNV-1a over the ASCII-folded bytes.
inline uint32_t FoldedHash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<uint8_t>(FoldAsciiCase(c));
    h *= 16777619u;
  }
  return h;
}

template <typename V>
class ShortStringTable {
 public:
  // False (and nothing inserted) when `key` is already present.
  bool Insert(std::string key, V value) {
    if ((used_ + 1) * 2 > slots_.size()) Grow();
    Slot* s = Probe(key, FoldedHash(key));
    if (s->used) return false;
    if (!key.empty()) {
      const size_t n = std::min(key.size(), kLengths - 1);
      first_[n] |= 1u << Bit(key.front());
      last_[n] |= 1u << Bit(key.back());
    } else {
      has_empty_ = true;
    }
    *s = {std::move(key), std::move(value), true};
    ++used_;
    return true;
  }

  // False when no key has the length and the first and last bytes of `key`
  // (ASCII case folded): then Find() would fail. True says nothing.
  bool MayContain(std::string_view key) const {
    if (key.empty()) return has_empty_;
    const size_t n = std::min(key.size(), kLengths - 1);
    return ((first_[n] >> Bit(key.front())) & (last_[n] >> Bit(key.back())) & 1) != 0;
  }

  // REQUIRES: hash == FoldedHash(key).
  const V* Find(std::string_view key, uint32_t hash) const {
    if (slots_.empty()) return nullptr;
    const Slot* s = Probe(key, hash);
    return s->used ? &s->value : nullptr;
  }
  const V* Find(std::string_view key) const { return Find(key, FoldedHash(key)); }

  size_t size() const { return used_; }

 private:
  static constexpr size_t kLengths = 32;  // longer keys share the last entry
  // One of 32 bits for a byte; letters of either case get their own.
  static uint32_t Bit(char c) { return static_cast<uint8_t>(FoldAsciiCase(c)) & 31; }

  struct Slot {
    std::string key;
    V value{};
    bool used = false;
  };

  // The slot holding `key`, or the empty slot where it would go. The table
  // is never more than half full, so the probe ends.
  template <typename Self>
  static auto* ProbeIn(Self& slots, std::string_view key, uint32_t hash) {
    const size_t mask = slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      auto& s = slots[i];
      if (!s.used || s.key == key) return &s;
    }
  }
  Slot* Probe(std::string_view key, uint32_t hash) { return ProbeIn(slots_, key, hash); }
  const Slot* Probe(std::string_view key, uint32_t hash) const {
    return ProbeIn(slots_, key, hash);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (Slot& s : old) {
      if (s.used) *Probe(s.key, FoldedHash(s.key)) = std::move(s);
    }
  }

  std::vector<Slot> slots_;  // size 0 or a power of two
  size_t used_ = 0;
  std::array<uint32_t, kLengths> first_{}, last_{};  // bit Bit(byte), by length
  bool has_empty_ = false;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_ABBREVIATIONS_TABLE_H_
