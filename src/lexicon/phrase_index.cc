#include "lexicon/phrase_index.h"

#include <algorithm>

#include "lexicon/dictionary_syntax.h"

namespace newsgraph::lexicon::dict {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t FnvStep(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (char c : s) h = FnvStep(h, c);
  return h;
}

// FNV-1a's low bits depend only on the low bits of its input; the table
// and the filter index by low bits, so they use the hash mixed (MurmurHash3's
// finaliser).
uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

}  // namespace

void BloomFilter::Reset(size_t entries, size_t bits_per_entry) {
  size_t words = 64;
  while (words * 64 < entries * bits_per_entry) words *= 2;
  words_.assign(words, 0);
}

void BloomFilter::Add(uint64_t hash) {
  const uint64_t m = Mix(hash);
  words_[m & (words_.size() - 1)] |= Bits(m);
}

bool BloomFilter::MayHave(uint64_t hash) const {
  if (words_.empty()) return false;
  const uint64_t m = Mix(hash), bits = Bits(m);
  return (words_[m & (words_.size() - 1)] & bits) == bits;
}

// The FNV-1a hash of every prefix of a key that only grows: the key of a
// longest-match lookup, extended token by token.
class PrefixHashes {
 public:
  PrefixHashes() { hash_[0] = kFnvOffset; }
  // REQUIRES: `key` extends (or equals) the key of the previous Sync().
  void Sync(std::string_view key) {
    key_ = key;
    const size_t n = std::min(key.size(), kKept);
    for (; kept_ < n; ++kept_) hash_[kept_ + 1] = FnvStep(hash_[kept_], key[kept_]);
  }
  // The hash of key[0, i). REQUIRES: i <= key.size().
  uint64_t At(size_t i) const { return i <= kept_ ? hash_[i] : Fnv1a(key_.substr(0, i)); }

 private:
  static constexpr size_t kKept = 128;  // longer keys (none in practice) are rehashed
  uint64_t hash_[kKept + 1];
  size_t kept_ = 0;
  std::string_view key_;
};

void PhraseIndex::Add(std::string key, bool whole_word, uint32_t value) {
  pending_.push_back(Pending{std::move(key), value, whole_word});
  ++added_;
}

void PhraseIndex::Build() {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const Pending& a, const Pending& b) { return a.key < b.key; });
  entries_.clear();
  size_t prefix_count = 0;
  for (size_t i = 0; i < pending_.size();) {
    Entry e;
    e.key = std::move(pending_[i].key);
    size_t j = i;
    for (; j < pending_.size() && (j == i || pending_[j].key == e.key); ++j) {
      const Pending& p = pending_[j];  // in insertion order: the later wins
      e.any = p.value;
      (p.whole_word ? e.whole : e.stem) = p.value;
      (p.whole_word ? e.has_whole : e.has_stem) = true;
    }
    prefix_count += e.key.size();
    entries_.push_back(std::move(e));
    i = j;
  }
  pending_.clear();
  pending_.shrink_to_fit();

  size_t slots = 16;
  while (slots < 2 * entries_.size()) slots *= 2;
  slots_.assign(slots, 0);
  size_t stems = 0, word_prefixes = 0;
  for (const Entry& e : entries_) {
    stems += e.has_stem ? 1 : 0;
    word_prefixes += static_cast<size_t>(std::count(e.key.begin(), e.key.end(), ' '));
  }
  // Bits per entry: the filters probed for every token get more, to
  // keep false positives rare (about 1% at 16 bits, 5% at 8).
  key_bloom_.Reset(entries_.size(), 16);
  stem_bloom_.Reset(stems, 16);
  word_prefix_bloom_.Reset(word_prefixes, 16);
  prefix_bloom_.Reset(prefix_count, 8);
  for (size_t i = 0; i < entries_.size(); ++i) {
    const std::string& key = entries_[i].key;
    const uint64_t h = Fnv1a(key), m = Mix(h);
    size_t pos = m & (slots - 1);
    while (slots_[pos] != 0) pos = (pos + 1) & (slots - 1);
    slots_[pos] = (m >> 32 << 32) | (i + 1);
    key_bloom_.Add(h);
    if (entries_[i].has_stem) stem_bloom_.Add(h);
    uint64_t p = kFnvOffset;
    for (char c : key) {
      p = FnvStep(p, c);
      prefix_bloom_.Add(p);
      if (c == ' ') word_prefix_bloom_.Add(p);
    }
  }
}

const PhraseIndex::Entry* PhraseIndex::Lookup(uint64_t hash, std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const uint64_t m = Mix(hash), mask = slots_.size() - 1, tag = m >> 32;
  for (size_t pos = m & mask;; pos = (pos + 1) & mask) {
    const uint64_t slot = slots_[pos];
    if (slot == 0) return nullptr;
    if (slot >> 32 == tag) {
      const Entry& e = entries_[(slot & 0xFFFFFFFFu) - 1];
      if (e.key == key) return &e;
    }
  }
}

bool PhraseIndex::PrefixMayExist(std::string_view prefix, uint64_t hash) const {
  // Most prefixes asked about end with the space before a next word; the
  // smaller filter of such prefixes stays in cache.
  if (!prefix.empty() && prefix.back() == ' ') return word_prefix_bloom_.MayHave(hash);
  return prefix_bloom_.MayHave(hash);
}

std::optional<uint32_t> PhraseIndex::MatchAt(std::string_view key,
                                             const PrefixHashes& hashes) const {
  const size_t n = key.size();
  if (n == 0) return std::nullopt;
  if (key_bloom_.MayHave(hashes.At(n))) {
    if (const Entry* e = Lookup(hashes.At(n), key)) return e->any;
  }
  if (implicit_plural_ && n > 1 && key.back() == 'S' && key_bloom_.MayHave(hashes.At(n - 1))) {
    const Entry* e = Lookup(hashes.At(n - 1), key.substr(0, n - 1));
    if (e != nullptr && e->has_whole) return e->whole;
  }
  if (!stems_) return std::nullopt;
  // Stems: the longest proper prefix of the last word, the rest being word bytes.
  size_t word = key.rfind(' ');
  word = word == std::string_view::npos ? 0 : word + 1;
  for (size_t i = n - 1; i > word && IsWordByte(key[i]); --i) {
    if (!stem_bloom_.MayHave(hashes.At(i))) continue;
    const Entry* e = Lookup(hashes.At(i), key.substr(0, i));
    if (e != nullptr && e->has_stem) return e->stem;
  }
  return std::nullopt;
}

std::optional<uint32_t> PhraseIndex::Find(std::string_view key) const {
  PrefixHashes hashes;
  hashes.Sync(key);
  return MatchAt(key, hashes);
}

std::optional<PhraseIndex::Match> PhraseIndex::LongestMatch(std::string_view text,
                                                            std::span<const text::Token> tokens,
                                                            size_t begin) const {
  std::optional<Match> best;
  std::string key;
  PrefixHashes hashes;
  bool matched = false;  // the key so far matched
  for (size_t j = begin; j < tokens.size(); ++j) {
    const text::Token& t = tokens[j];
    if (t.start > t.end || t.end > text.size()) break;
    if (j > begin) {
      const text::Token& previous = tokens[j - 1];
      if (t.start < previous.end) break;
      if (t.start > previous.end) {
        // Every longer key starts with the key so far and this gap.
        AppendKey(text.substr(previous.end, t.start - previous.end), &key);
        hashes.Sync(key);
        if (!PrefixMayExist(key, hashes.At(key.size()))) break;
      } else if (!matched && !PrefixMayExist(key, hashes.At(key.size()))) {
        // A glued token ("can" "not") extends the last word: a longer key
        // can match only if one starts with the key so far, or through a
        // stem, which then also matched the key so far.
        break;
      }
    }
    AppendKey(text.substr(t.start, t.end - t.start), &key);
    hashes.Sync(key);
    const std::optional<uint32_t> value = MatchAt(key, hashes);
    matched = value.has_value();
    if (matched) best = Match{j + 1, *value};
  }
  return best;
}

}  // namespace newsgraph::lexicon::dict
