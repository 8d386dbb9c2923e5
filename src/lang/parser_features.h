// Feature extraction for the dependency parser (lang/parser.h): hashed
// feature templates over a ParseState, for the move classifier and for the
// label classifier. Internal to the parser.
//
// Every feature is a 64-bit hash of a template id and the atoms it combines;
// the caller maps it to a weight row. The same state and sentence always give
// the same hashes, in the same order (training and parsing agree). With word
// clusters, cluster templates (clusters standing in for words, Koo, Carreras
// & Collins 2008) follow all the others, so a parser without clusters has
// exactly the features of model version 2.
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_LANG_PARSER_FEATURES_H_
#define NEWSGRAPH_LANG_PARSER_FEATURES_H_

#include <cstdint>
#include <vector>

#include "lang/parser.h"
#include "lang/transition.h"

namespace newsgraph::lang {

constexpr int kMaxMoveFeatures = 224;
constexpr int kMaxLabelFeatures = 80;

// Hashed atoms per word: index 0 is the root, n + 1 stands for "none".
struct SentenceAtoms {
  std::vector<uint64_t> form, lower, suffix, upos, xpos;
  // Coarse and fine word clusters (0 for a word not clustered), filled only
  // when `clustered` (the parser has clusters).
  std::vector<uint64_t> coarse, fine;
  bool clustered = false;
  // Spelling class: capitalised, all capitals, digit, hyphen, other bits.
  std::vector<uint64_t> shape;
  // Punctuation marks / verbs among words 1..i (index 0 counts nothing).
  std::vector<int> puncts, verbs;
  // Reuses the vectors' storage. Looks each word up in `clusters` once.
  void Reset(const ParserInput& sentence, const ParserClusters& clusters);
};

// Writes the move classifier's features of `state` to `out`; returns their
// count (at most kMaxMoveFeatures).
int MoveFeatures(const ParseState& state, const SentenceAtoms& atoms, uint64_t* out);

// Writes the label classifier's features for attaching `dep` to `head` in
// `state` (before the attachment) to `out`; returns their count (at most
// kMaxLabelFeatures).
int LabelFeatures(const ParseState& state, const SentenceAtoms& atoms, int dep, int head,
                  uint64_t* out);

// The weight row of feature hash `h` in a table of `rows` rows.
inline uint32_t Row(uint64_t h, uint32_t rows) {
  h ^= h >> 31;
  h *= 0x9e3779b97f4a7c15ull;
  return static_cast<uint32_t>(((h >> 32) * rows) >> 32);
}

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_PARSER_FEATURES_H_
