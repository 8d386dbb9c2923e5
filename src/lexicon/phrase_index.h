// The longest-match index of the .actors and .agents dictionaries: phrase
// keys (lexicon/dictionary_syntax.h: whole words, stems, TABARI's plural)
// to values, looked up over a run of our tokens.
//
// Matching is the hot path of dictionary coding: every token of every
// sentence starts a lookup, and each lookup tries the exact key, its plural
// and every stem inside its last word. So a lookup hashes its key once,
// byte by byte as it grows (FNV-1a gives every prefix hash in one pass),
// probes an open-addressing table of distinct keys, and stops extending as
// soon as a Bloom filter over key prefixes says no longer key can match.
//
// Thread-safety: immutable after Build(); lookups may run concurrently.
#ifndef NEWSGRAPH_LEXICON_PHRASE_INDEX_H_
#define NEWSGRAPH_LEXICON_PHRASE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::lexicon::dict {

class PrefixHashes;

// A Bloom filter over 64-bit hashes: MayHave() is false only for hashes
// never added. Blocked: both bits of a hash lie in one word, so a probe
// costs one memory access.
class BloomFilter {
 public:
  void Reset(size_t entries, size_t bits_per_entry);  // all clear
  void Add(uint64_t hash);
  bool MayHave(uint64_t hash) const;  // false before Reset()

 private:
  static uint64_t Bits(uint64_t mixed) {
    return (uint64_t{1} << (mixed >> 32 & 63)) | (uint64_t{1} << (mixed >> 40 & 63));
  }
  std::vector<uint64_t> words_;  // a power of two
};

class PhraseIndex {
 public:
  explicit PhraseIndex(bool implicit_plural) : implicit_plural_(implicit_plural) {}

  void Reserve(size_t n) { pending_.reserve(n); }
  // A key added twice keeps the later value (PETRARCH overwrites too).
  // REQUIRES: Build() has not been called.
  void Add(std::string key, bool whole_word, uint32_t value);
  // Call once after the last Add().
  void Build();
  size_t size() const { return added_; }  // Add() calls, duplicates included
  // false: no stem matches (DictionaryOptions::stems).
  void set_stems(bool stems) { stems_ = stems; }

  struct Match {
    size_t end = 0;  // one past the last matched token
    uint32_t value = 0;
  };
  // The longest phrase starting at tokens[begin] and ending at a token end;
  // at equal length an exact key beats a plural, which beats a stem (the
  // longest stem first).
  // REQUIRES: Build() was called; tokens lie inside `text`, sorted.
  std::optional<Match> LongestMatch(std::string_view text, std::span<const text::Token> tokens,
                                    size_t begin) const;
  // The value of the phrase matching the whole key `key` (for tests/tools).
  std::optional<uint32_t> Find(std::string_view key) const;

 private:
  struct Pending {
    std::string key;
    uint32_t value = 0;
    bool whole_word = false;
  };
  // One distinct key and the values of its latest-added items.
  struct Entry {
    std::string key;
    uint32_t any = 0;    // the latest item
    uint32_t whole = 0;  // the latest whole-word item, if has_whole
    uint32_t stem = 0;   // the latest stem item, if has_stem
    bool has_whole = false;
    bool has_stem = false;
  };

  // The entry with exactly `key` (whose FNV-1a hash is `hash`), or null.
  const Entry* Lookup(uint64_t hash, std::string_view key) const;
  // The value matching the whole of `key`: exact, plural, then stems.
  // REQUIRES: `hashes` holds the prefix hashes of `key`.
  std::optional<uint32_t> MatchAt(std::string_view key, const PrefixHashes& hashes) const;
  // False when no key starts with `prefix`, whose FNV-1a hash is `hash`
  // (true may be wrong: Bloom filters).
  bool PrefixMayExist(std::string_view prefix, uint64_t hash) const;

  std::vector<Pending> pending_;  // until Build()
  std::vector<Entry> entries_;    // sorted by key
  // Open addressing, linear probing, a power of two at most half full:
  // each slot is 0 (empty) or the high 32 bits of the mixed hash, then the
  // entry index + 1.
  std::vector<uint64_t> slots_;
  // Bloom filters in front of the table, as most lookups miss: of every
  // key, of the keys with a stem item, of every prefix of every key, and of
  // those prefixes that end with a space (see PrefixMayExist).
  BloomFilter key_bloom_, stem_bloom_, prefix_bloom_, word_prefix_bloom_;
  size_t added_ = 0;
  bool implicit_plural_;
  bool stems_ = true;
};

}  // namespace newsgraph::lexicon::dict

#endif  // NEWSGRAPH_LEXICON_PHRASE_INDEX_H_
