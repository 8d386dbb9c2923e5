// Pseudo-projective parsing (Nivre & Nilsson 2005, "Head" encoding) for the
// dependency parser: training trees are made projective by lifting
// non-projective arcs, the lifted word's label recording the label of its
// true head ("obj|xcomp": an obj lifted from an xcomp); after parsing, such
// words are lowered again onto the nearest word with that label below their
// new head.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_LANG_PARSER_PROJECTIVIZE_H_
#define NEWSGRAPH_LANG_PARSER_PROJECTIVIZE_H_

#include <cstdint>
#include <vector>

namespace newsgraph::lang {

// Lifts the shortest non-projective arc (its head becomes its head's head)
// until the tree is projective; sets (*original)[w] to w's head before any
// lifting. REQUIRES: heads[1..n] is a tree below 0 (heads[0] unused).
// Returns false (heads unchanged) for sentences longer than `max_words`,
// which it leaves to the caller (the check is cubic in the worst case).
bool Projectivize(std::vector<int>* heads, std::vector<int>* original, int max_words = 400);

// Lowers lifted words. `labels[w]` indexes the relations; `base[r]` is the
// plain relation of relation r and `target[r]` the plain relation of the true
// head it encodes, or -1 when r is not a lifted label. Each lifted word moves
// to the first word with base label target[r] in a breadth-first, left-to-right
// search of its head's subtree (not entering its own), visiting at most
// `max_visits` words (linear time); its label becomes base[r] either way.
// REQUIRES: heads[1..n] is a tree below 0. Keeps it a tree.
void Deprojectivize(std::vector<int>* heads, std::vector<uint16_t>* labels,
                    const std::vector<uint16_t>& base, const std::vector<int>& target,
                    int max_visits = 256);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_PARSER_PROJECTIVIZE_H_
