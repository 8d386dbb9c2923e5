#include "extract/ner_features.h"

#include <algorithm>
#include <string>

#include "lang/fnv.h"

namespace newsgraph::extract::ner {
namespace {

using lang::Fnv1a;
using lang::tagger::Mix;

constexpr size_t kMaxShape = 6;

// "Xx", "X.X.", "dd-xx": character classes with runs collapsed; `flags`
// gets digit / hyphen / upper / all-upper / initial-upper / non-ASCII bits.
uint64_t Shape(std::string_view w, uint64_t* flags) {
  char buf[kMaxShape];
  size_t n = 0;
  bool digit = false, hyphen = false, upper = false, lower = false, other = false;
  for (unsigned char c : w) {
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X', upper = true;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x', lower = true;
    } else if (c >= '0' && c <= '9') {
      s = 'd', digit = true;
    } else if (c >= 0x80) {
      if (c < 0xC0) continue;  // UTF-8 continuation byte
      s = 'u', other = true;
    } else {
      s = static_cast<char>(c);
      hyphen |= c == '-';
    }
    if (n > 0 && buf[n - 1] == s) continue;
    if (n < kMaxShape) buf[n++] = s;
  }
  const bool initial_upper = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  *flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (upper ? 4 : 0) | (upper && !lower ? 8 : 0) |
           (initial_upper ? 16 : 0) | (other ? 32 : 0);
  return Fnv1a(std::string_view(buf, n), 77);
}

Atoms Sentinel(uint64_t v) {
  Atoms a;
  a.form = a.lower = a.shape = a.flags = a.coarse = a.fine = a.cap = a.upos = a.xpos = v;
  a.gaz = a.role = a.actor = v;
  std::fill(a.suf, a.suf + 4, v);
  std::fill(a.pre, a.pre + 3, v);
  a.run_first = a.run_last = a.run_last_fine = a.run_prev = a.run_next = a.run_pos = v;
  a.run_title = v;
  return a;
}

}  // namespace

bool Allowed(uint8_t prev, uint8_t label) {
  const bool open = prev != kOutside && (PartOf(prev) == kBegin || PartOf(prev) == kInside);
  if (!open) return label == kOutside || PartOf(label) == kBegin || PartOf(label) == kUnit;
  return label != kOutside && TypeOf(label) == TypeOf(prev) &&
         (PartOf(label) == kInside || PartOf(label) == kLast);
}

std::vector<uint8_t> Encode(std::span<const NamedSpan> spans, size_t n) {
  std::vector<uint8_t> labels(n, kOutside);
  for (const NamedSpan& s : spans) {
    const size_t type = static_cast<size_t>(
        std::find(kNerTypes.begin(), kNerTypes.end(), s.type) - kNerTypes.begin());
    if (s.end - s.begin == 1) {
      labels[s.begin] = Label(type, kUnit);
      continue;
    }
    labels[s.begin] = Label(type, kBegin);
    for (size_t i = s.begin + 1; i + 1 < s.end; ++i) labels[i] = Label(type, kInside);
    labels[s.end - 1] = Label(type, kLast);
  }
  return labels;
}

std::vector<NamedSpan> Decode(std::span<const uint8_t> labels) {
  std::vector<NamedSpan> out;
  size_t begin = 0;
  bool open = false;
  size_t type = 0;
  auto close = [&](size_t end) {
    if (open) out.push_back({begin, end, std::string(kNerTypes[type]), 1.0f});
    open = false;
  };
  for (size_t i = 0; i < labels.size(); ++i) {
    const uint8_t l = labels[i];
    if (l == kOutside) {
      close(i);
      continue;
    }
    const Part part = PartOf(l);
    if (open && (TypeOf(l) != type || part == kBegin || part == kUnit)) close(i);
    if (!open) {
      open = true, begin = i, type = TypeOf(l);
    }
    if (part == kLast || part == kUnit) close(i + 1);
  }
  close(labels.size());
  return out;
}

void ComputeAtoms(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                  std::span<const std::string_view> xpos, std::span<const LexiconTag> lex,
                  const lang::tagger::FlatMap& stats, std::vector<Atoms>* out) {
  out->resize(words.size() + 4);
  (*out)[0] = (*out)[1] = Sentinel(0xB0B0);
  (*out)[words.size() + 2] = (*out)[words.size() + 3] = Sentinel(0xE0E0);
  thread_local std::string lower;
  for (size_t i = 0; i < words.size(); ++i) {
    Atoms& a = (*out)[i + 2];
    lang::tagger::Lowercase(words[i], &lower);
    a.lower = Fnv1a(lower, 3);
    stats.Prefetch(a.lower);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    Atoms& a = (*out)[i + 2];
    const std::string_view w = words[i];
    a.form = Fnv1a(w);
    uint32_t v = 0;
    stats.Find(a.lower, &v);
    const WordStats ws = WordStats::Unpack(v);
    a.coarse = ws.coarse;
    a.fine = ws.fine;
    a.cap = ws.cap;
    a.shape = Shape(w, &a.flags);
    a.upos = Fnv1a(upos[i], 5);
    a.xpos = Fnv1a(xpos[i], 6);
    a.gaz = lex[i].gaz;
    a.role = lex[i].role;
    a.actor = lex[i].actor;
    lang::tagger::Lowercase(w, &lower);
    const size_t n = lower.size();
    for (size_t k = 1; k <= 4; ++k) {
      a.suf[k - 1] = Fnv1a(std::string_view(lower).substr(n - std::min(n, k)), 10 + k);
    }
    for (size_t k = 1; k <= 3; ++k) {
      a.pre[k - 1] = Fnv1a(std::string_view(lower).substr(0, k), 20 + k);
    }
  }
  // Runs of capitalised words.
  auto capitalised = [&](size_t i) {
    const unsigned char c = words[i].empty() ? 0 : words[i][0];
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;
  };
  for (size_t b = 0; b < words.size();) {
    if (!capitalised(b)) {
      Atoms& a = (*out)[b + 2];
      a.run_first = a.run_last = a.run_last_fine = a.run_prev = a.run_next = a.run_pos = 0;
      a.run_title = 0;
      ++b;
      continue;
    }
    size_t e = b + 1;
    while (e < words.size() && capitalised(e)) ++e;
    const Atoms& last = (*out)[e + 1];
    const uint64_t first = (*out)[b + 2].lower;
    uint64_t title = 0;
    for (size_t i = b; i < e; ++i) {
      Atoms& a = (*out)[i + 2];
      a.run_title = title;
      if (lex[i].role & 2) title = lex[i].role;  // a role match ends at word i
      a.run_first = first;
      a.run_last = last.lower;
      a.run_last_fine = last.fine;
      a.run_prev = (*out)[b + 1].lower;
      a.run_next = (*out)[e + 2].lower;
      a.run_pos = (i == b ? 1 : 0) | (i + 1 == e ? 2 : 0) | std::min<size_t>(e - b, 4) << 2;
    }
    b = e;
  }
}

int StaticFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* f) {
  const Atoms& m2 = atoms[i];
  const Atoms& m1 = atoms[i + 1];
  const Atoms& w = atoms[i + 2];
  const Atoms& p1 = atoms[i + 3];
  const Atoms& p2 = atoms[i + 4];
  int k = 0;
  uint64_t t = 500;
  auto add1 = [&](uint64_t a) { f[k++] = Mix(++t, a); };
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(++t, a), b); };
  auto add3 = [&](uint64_t a, uint64_t b, uint64_t c) { f[k++] = Mix(Mix(Mix(++t, a), b), c); };
  // The word alone.
  add1(0);
  add1(w.form), add1(w.lower), add1(w.shape), add1(w.flags);
  for (uint64_t s : w.suf) add1(s);
  for (uint64_t p : w.pre) add1(p);
  add1(w.coarse), add1(w.fine), add2(w.fine, w.shape);
  add1(w.upos), add1(w.xpos), add2(w.lower, w.xpos), add2(w.xpos, w.flags);
  add1(w.gaz), add2(w.gaz, w.xpos);
  add1(w.cap), add2(w.cap, w.flags), add2(w.cap, i == 0), add2(m1.cap, p1.cap);
  add2(w.run_last, w.run_pos), add1(w.run_last_fine), add1(w.run_prev), add1(w.run_next),
      add2(w.run_prev, w.run_next);
  add2(w.run_first, w.run_pos), add2(w.run_title, w.run_pos);
  // Dictionaries: roles ("Foreign Minister"), known actors.
  add1(w.role), add2(w.role, w.flags), add1(m1.role), add1(p1.role), add2(m1.role, w.flags);
  add2(m2.role, m1.flags), add1(w.actor), add2(w.actor, w.flags), add1(m1.actor), add1(p1.actor);
  // Position and neighbours.
  add2(i == 0, w.shape), add2(i == 0, w.lower), add2(i == 0, w.xpos);
  add1(m1.lower), add1(p1.lower), add1(m2.lower), add1(p2.lower);
  add2(m1.lower, w.lower), add2(w.lower, p1.lower);
  add2(m1.lower, w.shape), add2(w.shape, p1.lower);
  add1(m1.shape), add1(p1.shape), add3(m1.shape, w.shape, p1.shape);
  add1(m1.xpos), add1(p1.xpos), add1(m2.xpos), add1(p2.xpos);
  add2(m1.xpos, w.xpos), add2(w.xpos, p1.xpos), add3(m1.xpos, w.xpos, p1.xpos);
  add1(m1.upos), add1(p1.upos);
  add1(m1.fine), add1(p1.fine), add1(m1.coarse), add1(p1.coarse), add1(m2.coarse),
      add1(p2.coarse);
  add2(w.coarse, p1.coarse), add2(m1.coarse, w.coarse);
  add1(m1.gaz), add1(p1.gaz);
  add1(m1.suf[2]), add1(p1.suf[2]);
  add2(w.shape, p1.xpos), add2(m1.xpos, w.shape);
  return k;
}

int DynamicFeatures(const std::vector<Atoms>& atoms, size_t i, uint8_t l1, uint8_t l2,
                    uint64_t* f) {
  const Atoms& m1 = atoms[i + 1];
  const Atoms& w = atoms[i + 2];
  int k = 0;
  uint64_t t = 700;
  auto add2 = [&](uint64_t a, uint64_t b) { f[k++] = Mix(Mix(++t, a), b); };
  auto add3 = [&](uint64_t a, uint64_t b, uint64_t c) { f[k++] = Mix(Mix(Mix(++t, a), b), c); };
  add2(l1, 0), add3(l1, l2, 0);
  add2(l1, w.lower), add2(l1, w.shape), add2(l1, w.xpos), add2(l1, w.fine);
  add3(l1, m1.lower, w.shape);
  return k;
}

}  // namespace newsgraph::extract::ner
