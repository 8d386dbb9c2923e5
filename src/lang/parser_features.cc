#include "lang/parser_features.h"

#include <algorithm>
#include <string_view>

#include "lang/fnv.h"

namespace newsgraph::lang {
namespace {

// Combines a running hash with one more atom (one multiply; Row() finishes).
inline uint64_t C(uint64_t h, uint64_t v) { return (h ^ v) * 0xff51afd7ed558ccdull + 0x9e37; }

// Appends features; `t` numbers the templates so equal atoms in different
// templates hash apart. Features past `cap` are dropped (never written).
struct Sink {
  uint64_t* out;
  int cap;
  int k = 0;
  uint64_t t;
  Sink(uint64_t* o, int c, uint64_t seed) : out(o), cap(c), t(seed) {}
  void Put(uint64_t h) {
    if (k < cap) out[k++] = h;
  }
  uint64_t Next() { return (++t) * 0xc2b2ae3d27d4eb4full; }
  template <typename... A>
  void operator()(A... atoms) {
    uint64_t h = Next();
    ((h = C(h, static_cast<uint64_t>(atoms))), ...);
    Put(h);
  }
};

// ASCII character classes, inline: the C locale's, without the calls.
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return IsUpper(c) || IsLower(c); }

}  // namespace

void SentenceAtoms::Reset(const ParserInput& s, const ParserClusters& clusters) {
  const size_t n = s.size();
  for (auto* v : {&form, &lower, &suffix, &upos, &xpos, &shape}) v->resize(n + 2);
  form[0] = lower[0] = suffix[0] = upos[0] = xpos[0] = shape[0] = 1;
  form[n + 1] = lower[n + 1] = suffix[n + 1] = upos[n + 1] = xpos[n + 1] = shape[n + 1] = 2;
  puncts.assign(n + 2, 0), verbs.assign(n + 2, 0);
  std::string buf;
  for (size_t i = 0; i < n; ++i) {
    puncts[i + 1] = puncts[i] + (s[i].upos == "PUNCT");
    verbs[i + 1] = verbs[i] + (s[i].upos == "VERB" || s[i].upos == "AUX");
    std::string_view f = s[i].form;
    buf.assign(f);
    for (char& c : buf) {
      if (IsUpper(static_cast<unsigned char>(c))) c = static_cast<char>(c - 'A' + 'a');
    }
    uint64_t sh = 16;
    bool all_upper = !f.empty();
    for (unsigned char c : f) {
      if (IsDigit(c)) sh |= 2;
      if (c == '-') sh |= 4;
      if (IsLower(c)) all_upper = false;
      if (!IsAlpha(c) && !IsDigit(c) && c != '-') sh |= 8;
    }
    if (!f.empty() && IsUpper(static_cast<unsigned char>(f[0]))) sh |= all_upper ? 32 : 1;
    shape[i + 1] = sh;
    form[i + 1] = Fnv1a(f);
    lower[i + 1] = Fnv1a(buf, 3);
    suffix[i + 1] = Fnv1a(std::string_view(buf).substr(buf.size() > 3 ? buf.size() - 3 : 0), 5);
    upos[i + 1] = Fnv1a(s[i].upos, 7);
    xpos[i + 1] = Fnv1a(s[i].xpos, 11);
  }
  clustered = !clusters.empty();
  if (!clustered) return;
  // Cluster ids are at most ParserClusters::kMaxId; root and none lie above.
  coarse.resize(n + 2), fine.resize(n + 2);
  coarse[0] = fine[0] = 1u << 13;
  coarse[n + 1] = fine[n + 1] = 1u << 14;
  for (size_t i = 1; i <= n; ++i) {
    const uint32_t ids = clusters.Find(lower[i]);
    coarse[i] = ids >> 16;
    fine[i] = ids & 0xffff;
  }
}

int MoveFeatures(const ParseState& st, const SentenceAtoms& a, uint64_t* out) {
  const int none = st.size() + 1;
  auto pos = [&](int w) { return w < 0 ? none : w; };
  const int s0 = pos(st.Stack(0)), s1 = pos(st.Stack(1)), s2 = pos(st.Stack(2));
  const int b0 = pos(st.Buffer(0)), b1 = pos(st.Buffer(1)), b2 = pos(st.Buffer(2));
  auto lc = [&](int w) { return w == none ? none : pos(st.LeftmostChild(w)); };
  auto rc = [&](int w) { return w == none ? none : pos(st.RightmostChild(w)); };
  auto lc2 = [&](int w) { return w == none ? none : pos(st.SecondLeftmostChild(w)); };
  auto rc2 = [&](int w) { return w == none ? none : pos(st.SecondRightmostChild(w)); };
  const int s0l = lc(s0), s0r = rc(s0), s0l2 = lc2(s0), s0r2 = rc2(s0);
  const int s1l = lc(s1), s1r = rc(s1), b0l = lc(b0), b0l2 = lc2(b0);
  const auto& labels = st.labels();
  auto lab = [&](int w) -> uint64_t { return (w == none || w == 0) ? 999 : labels[w]; };
  const uint64_t d0 = (s0 != none && b0 != none) ? std::min(b0 - s0, 6) : 7;
  const uint64_t d1 = (s0 != none && s1 != none) ? std::min(s0 - s1, 6) : 7;
  uint64_t vl0 = 9, vr0 = 9, vlb = 9, vl1 = 9, vr1 = 9, sl0 = 1, sr0 = 1, slb = 1, sr1 = 1;
  if (s0 != none) {
    vl0 = std::min(st.LeftValency(s0), 4), vr0 = std::min(st.RightValency(s0), 4);
    sl0 = st.LeftLabelSet(s0), sr0 = st.RightLabelSet(s0);
  }
  if (b0 != none) vlb = std::min(st.LeftValency(b0), 4), slb = st.LeftLabelSet(b0);
  if (s1 != none) {
    vl1 = std::min(st.LeftValency(s1), 4), vr1 = std::min(st.RightValency(s1), 4);
    sr1 = st.RightLabelSet(s1);
  }
  // Punctuation marks and verbs strictly between two words (none: 7).
  auto between = [&](const std::vector<int>& count, int l, int r) -> uint64_t {
    if (l == none || r == none || l >= r) return 7;
    return std::min(count[r - 1] - count[l], 3);
  };
  const uint64_t p0 = between(a.puncts, s0, b0), v0 = between(a.verbs, s0, b0);
  const uint64_t p1 = between(a.puncts, s1, s0), v1 = between(a.verbs, s1, s0);
  const int s0n = s0 == none || s0 >= st.size() ? none : s0 + 1;
  const int b0p = b0 == none || b0 <= 1 ? none : b0 - 1;
  const int b3 = pos(st.Buffer(3));
  const uint64_t* W = a.lower.data();
  const uint64_t* F = a.form.data();
  const uint64_t* X = a.suffix.data();
  const uint64_t* P = a.xpos.data();
  const uint64_t* U = a.upos.data();
  Sink f(out, kMaxMoveFeatures, 0x51ed);
  f(P[s0], P[b0], p0), f(P[s0], P[b0], v0), f(P[s1], P[s0], p1), f(P[s1], P[s0], v1);
  f(W[s0], p0, v0), f(W[b0], p0, v0);
  f(P[s0], P[s0n], P[b0]), f(P[s0], P[b0p], P[b0]), f(P[b1], P[b2], P[b3]);
  f(W[b0], W[b1]), f(W[s0], W[b0], P[b1]), f(P[s0], W[b0], W[b1]);
  f(U[s0], U[b0], U[b1]), f(U[s1], U[s0], U[b0]), f(U[s0], U[b0]), f(U[s1], U[s0]);
  f(X[s0], P[b0]), f(P[s0], X[b0]), f(X[s0], X[b0]), f(W[s2], P[s1], P[s0]);
  f(P[s1], P[s0], lab(s1r)), f(P[s0], P[b0], lab(s0l), lab(s0r));
  f(W[s0r], W[b0]), f(P[s0], P[s0r], W[b0]), f(W[s1], W[s0], P[b0]);
  f(W[s0], P[s0], W[b0], P[b0], d0), f(P[s0], P[b0], P[b1], P[b2]);
  f(P[s1], P[s0], P[b0], P[b1]), f(P[s2], P[s1], P[s0], P[b0]);
  f(W[s1], P[s0], P[b0]), f(P[s1], W[s0], P[b0]), f(P[s1], P[s0], W[b0]);
  f(W[s0], P[b0], P[b1]), f(P[s0], W[b0], P[b1]), f(P[s0], P[b0], W[b1]);
  f(W[s0l], P[s0], P[b0]), f(W[s0r], P[s0], P[b0]), f(W[b0l], P[s0], P[b0]);
  f(lab(s0r), lab(s0r2), P[b0]), f(lab(b0l), P[b0], P[s0]), f(lab(s1r), P[s1], P[b0]);
  f(F[s1]), f(F[b1]), f(X[s1]), f(X[b2]);
  const uint64_t* H = a.shape.data();
  f(H[s0], P[s0]), f(H[b0], P[b0]), f(H[s0], H[b0]), f(H[b0], H[b1], P[s0]), f(H[s1], H[s0]);
  f(0);
  // Words and tags of the stack and buffer.
  f(W[s0]), f(P[s0]), f(W[s0], P[s0]), f(U[s0]), f(F[s0]), f(X[s0]);
  f(W[b0]), f(P[b0]), f(W[b0], P[b0]), f(U[b0]), f(F[b0]), f(X[b0]);
  f(W[b1]), f(P[b1]), f(W[b1], P[b1]), f(X[b1]);
  f(W[b2]), f(P[b2]);
  f(W[s1]), f(P[s1]), f(W[s1], P[s1]);
  f(W[s2]), f(P[s2]);
  // Pairs.
  f(W[s0], P[s0], W[b0], P[b0]), f(W[s0], P[s0], W[b0]), f(W[s0], W[b0], P[b0]);
  f(W[s0], P[s0], P[b0]), f(P[s0], W[b0], P[b0]), f(W[s0], W[b0]), f(P[s0], P[b0]);
  f(P[b0], P[b1]), f(W[b0], P[b1]), f(P[b0], W[b1]);
  f(W[s1], P[s1], W[s0], P[s0]), f(W[s1], W[s0]), f(P[s1], P[s0]);
  f(W[s1], P[s1], P[s0]), f(P[s1], W[s0], P[s0]);
  f(W[s1], W[b0]), f(P[s1], P[b0]);
  // Tag triples.
  f(P[b0], P[b1], P[b2]), f(P[s0], P[b0], P[b1]), f(P[s1], P[s0], P[b0]);
  f(P[s2], P[s1], P[s0]), f(P[s0], P[s0l], P[b0]), f(P[s0], P[s0r], P[b0]);
  f(P[s0], P[b0], P[b0l]), f(P[s1], P[s1l], P[s0]), f(P[s1], P[s1r], P[s0]);
  f(P[s1], P[s0], P[s0l]), f(P[s1], P[s0], P[s0r]), f(P[s2], P[s1], P[b0]);
  // Distance.
  f(W[s0], d0), f(P[s0], d0), f(W[b0], d0), f(P[b0], d0);
  f(W[s0], W[b0], d0), f(P[s0], P[b0], d0);
  f(W[s1], W[s0], d1), f(P[s1], P[s0], d1), f(P[s1], d1), f(P[s0], d1);
  // Valency.
  f(W[s0], vr0), f(P[s0], vr0), f(W[s0], vl0), f(P[s0], vl0);
  f(W[b0], vlb), f(P[b0], vlb), f(P[s1], vr1), f(P[s1], vl1);
  // Outermost dependents.
  f(W[s0l]), f(P[s0l]), f(lab(s0l)), f(W[s0r]), f(P[s0r]), f(lab(s0r));
  f(W[b0l]), f(P[b0l]), f(lab(b0l));
  f(W[s1l]), f(P[s1l]), f(lab(s1l)), f(W[s1r]), f(P[s1r]), f(lab(s1r));
  // Second outermost dependents (third order).
  f(W[s0l2]), f(P[s0l2]), f(lab(s0l2)), f(W[s0r2]), f(P[s0r2]), f(lab(s0r2));
  f(W[b0l2]), f(P[b0l2]), f(lab(b0l2));
  f(P[s0], P[s0l], P[s0l2]), f(P[s0], P[s0r], P[s0r2]), f(P[b0], P[b0l], P[b0l2]);
  f(P[s0], lab(s0l), lab(s0l2)), f(P[s0], lab(s0r), lab(s0r2)), f(P[b0], lab(b0l), lab(b0l2));
  // Label sets.
  f(W[s0], sr0), f(P[s0], sr0), f(W[s0], sl0), f(P[s0], sl0);
  f(W[b0], slb), f(P[b0], slb), f(P[s1], sr1);
  f(P[s0], P[b0], static_cast<uint64_t>(std::min(st.StackSize(), 8)));
  if (!a.clustered) return f.k;
  // Clusters standing in for words (Koo, Carreras & Collins 2008).
  const uint64_t* Cc = a.coarse.data();
  const uint64_t* Cf = a.fine.data();
  f(Cc[s0]), f(Cf[s0]), f(Cc[b0]), f(Cf[b0]), f(Cc[b1]), f(Cf[b1]), f(Cc[s1]), f(Cf[s1]);
  f(Cf[s0], P[s0]), f(Cf[b0], P[b0]);
  f(Cf[s0], Cf[b0]), f(Cc[s0], Cc[b0]), f(Cf[s0], Cc[b0]), f(Cc[s0], Cf[b0]);
  f(Cc[s0], P[b0]), f(P[s0], Cc[b0]), f(Cf[s0], P[b0]), f(P[s0], Cf[b0]);
  f(Cc[s0], P[s0], Cc[b0], P[b0]), f(Cc[s0], Cc[b0], d0);
  f(Cc[s1], Cc[s0]), f(Cf[s1], P[s0]), f(P[s1], Cf[s0]), f(Cc[s1], Cc[b0]);
  f(Cc[b0], Cc[b1]), f(P[b0], Cf[b1]), f(Cc[s0], P[b0], P[b1]);
  f(Cc[s0l], P[s0], P[b0]), f(Cc[s0r], P[s0], P[b0]), f(Cc[b0l], P[s0], P[b0]);
  return f.k;
}

int LabelFeatures(const ParseState& st, const SentenceAtoms& a, int dep, int head,
                  uint64_t* out) {
  const int none = st.size() + 1;
  auto pos = [&](int w) { return w < 0 ? none : w; };
  const auto& labels = st.labels();
  auto lab = [&](int w) -> uint64_t { return (w == none || w == 0) ? 999 : labels[w]; };
  const uint64_t dir = head == 0 ? 2 : (dep < head ? 0 : 1);
  const int dist = std::min(std::abs(head - dep), 8);
  const int dl = pos(st.LeftmostChild(dep)), dr = pos(st.RightmostChild(dep));
  const int hl = pos(st.LeftmostChild(head)), hr = pos(st.RightmostChild(head));
  const int prev = dep > 1 ? dep - 1 : none, next = dep < st.size() ? dep + 1 : none;
  const uint64_t* W = a.lower.data();
  const uint64_t* F = a.form.data();
  const uint64_t* X = a.suffix.data();
  const uint64_t* P = a.xpos.data();
  const uint64_t* U = a.upos.data();
  Sink f(out, kMaxLabelFeatures, 0x1abe1 + dir * 1000);
  f(0);
  f(W[dep]), f(P[dep]), f(U[dep]), f(W[dep], P[dep]), f(F[dep]), f(X[dep]);
  f(W[head]), f(P[head]), f(W[head], P[head]), f(U[head]);
  f(P[dep], P[head]), f(W[dep], P[head]), f(P[dep], W[head]), f(W[dep], W[head]);
  f(U[dep], U[head]), f(P[dep], P[head], dist), f(P[dep], dist);
  f(lab(dl)), f(lab(dr)), f(P[dep], lab(dl)), f(P[dep], lab(dr)), f(P[dl]), f(P[dr]);
  f(W[dl]), f(W[dr]);
  f(P[dep], st.LeftLabelSet(dep)), f(P[dep], st.RightLabelSet(dep));
  f(W[dep], st.LeftLabelSet(dep), st.RightLabelSet(dep));
  f(P[dep], lab(hl)), f(P[dep], lab(hr)), f(P[head], st.LeftLabelSet(head), P[dep]);
  f(P[head], st.RightLabelSet(head), P[dep]);
  f(P[prev], P[dep]), f(P[dep], P[next]), f(P[prev], P[dep], P[next]), f(W[next]), f(W[prev]);
  f(P[dep], P[head], P[next]);
  f(W[dep], P[head], dist), f(P[dep], W[head], dist), f(X[dep], P[head]), f(X[dep], X[head]);
  f(W[dep], P[prev]), f(W[dep], P[next]), f(P[dep], W[prev]), f(P[dep], W[next]);
  f(P[dep], P[head], lab(dl), lab(dr));
  if (!a.clustered) return f.k;
  const uint64_t* Cc = a.coarse.data();
  const uint64_t* Cf = a.fine.data();
  f(Cc[dep]), f(Cf[dep]), f(Cc[head]), f(Cf[head]);
  f(Cc[dep], Cc[head]), f(Cf[dep], P[head]), f(P[dep], Cf[head]), f(Cc[dep], P[head], dist);
  return f.k;
}

}  // namespace newsgraph::lang
