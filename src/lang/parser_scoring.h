// Scoring for the dependency parser (lang/parser.h): weight rows summed over
// hashed features, shared by parsing and training. Internal to the parser.
//
// All feature rows are computed and prefetched before any is read, so their
// cache misses overlap.
//
// Thread-safety: stateless inline functions.
#ifndef NEWSGRAPH_LANG_PARSER_SCORING_H_
#define NEWSGRAPH_LANG_PARSER_SCORING_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "lang/parser_features.h"
#include "lang/transition.h"

namespace newsgraph::lang {

constexpr int kMoveRow = kNumMoves;  // weights per move row: SHIFT, LEFT, RIGHT

// Direction bits of Parser::allowed_.
constexpr uint8_t kLeftArc = 1, kRightArc = 2, kRootArc = 4;
inline uint8_t ArcDirection(int dep, int head) {
  return head == 0 ? kRootArc : (dep < head ? kLeftArc : kRightArc);
}

// Sums the move rows of features f[0..k) into s[0..kMoveRow); leaves the
// row indices in rows[0..k). W is float (training) or int16_t (a saved
// model, summed in int32_t: at most kMaxMoveFeatures * 32767, no overflow).
template <typename W, typename S>
inline void ScoreMoves(const W* w, uint32_t nrows, const uint64_t* f, int k, uint32_t* rows,
                       S* s) {
  for (int i = 0; i < k; ++i) {
    rows[i] = Row(f[i], nrows);
    __builtin_prefetch(w + static_cast<size_t>(rows[i]) * kMoveRow);
  }
  S a[kMoveRow] = {};
  for (int i = 0; i < k; ++i) {
    const W* r = w + static_cast<size_t>(rows[i]) * kMoveRow;
    for (int c = 0; c < kMoveRow; ++c) a[c] += r[c];
  }
  for (int c = 0; c < kMoveRow; ++c) s[c] = a[c];
}

// The best legal move given scores s (SHIFT on ties).
template <typename S>
inline Move BestLegalMove(const ParseState& st, const S* s) {
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!st.Legal(static_cast<Move>(m))) continue;
    if (best < 0 || s[m] > s[best]) best = m;
  }
  return static_cast<Move>(best);
}

// Sums the label rows (nl floats each) of features f[0..k) into s[0..nl);
// leaves the row indices in rows[0..k).
template <typename W, typename S>
inline void ScoreLabels(const W* w, uint32_t nrows, int nl, const uint64_t* f, int k, uint32_t* rows,
                        S* s) {
  const size_t stride = static_cast<size_t>(nl);
  for (int i = 0; i < k; ++i) {
    rows[i] = Row(f[i], nrows);
    const char* p = reinterpret_cast<const char*>(w + rows[i] * stride);
    for (size_t b = 0; b < stride * sizeof(W); b += 64) __builtin_prefetch(p + b);
  }
  for (int c = 0; c < nl; ++c) s[c] = 0;
  for (int i = 0; i < k; ++i) {
    const W* r = w + rows[i] * stride;
    for (int c = 0; c < nl; ++c) s[c] += r[c];
  }
}

// The best label allowed in direction `dir` (bits of `allowed`), or 0.
template <typename S>
inline int BestLabel(const S* s, int nl, const uint8_t* allowed, uint8_t dir) {
  int best = -1;
  for (int c = 0; c < nl; ++c) {
    if ((allowed[c] & dir) == 0) continue;
    if (best < 0 || s[c] > s[best]) best = c;
  }
  return best < 0 ? 0 : best;
}

// Rounds weights to int16_t with one scale for the whole table (argmax of
// sums is unchanged up to rounding).
inline std::vector<int16_t> Quantize(const std::vector<float>& w) {
  float max = 0;
  for (float v : w) max = std::max(max, std::fabs(v));
  const float scale = max > 0 ? 32767.0f / max : 0.0f;
  std::vector<int16_t> q(w.size());
  for (size_t i = 0; i < w.size(); ++i) q[i] = static_cast<int16_t>(std::lrint(w[i] * scale));
  return q;
}

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_PARSER_SCORING_H_
