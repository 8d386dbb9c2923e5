#include "lang/parser.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <unordered_map>

#include "lang/transition.h"

namespace newsgraph::lang {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'P', 'A', 'R', 'S', 'E', '1'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kBuckets = 1u << 15;
constexpr int kMaxFeatures = 48;

uint64_t Fnv(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
uint64_t Mix(uint64_t a, uint64_t b) {
  a ^= b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2);
  a *= 0xff51afd7ed558ccdull;
  return a ^ (a >> 33);
}

// Hashed atoms per word; index 0 is the root, n+1 stands for "none".
struct Atoms {
  std::vector<uint64_t> form, upos, xpos;
  explicit Atoms(const ParserInput& s) {
    const size_t n = s.size();
    form.resize(n + 2), upos.resize(n + 2), xpos.resize(n + 2);
    form[0] = upos[0] = xpos[0] = 1;
    form[n + 1] = upos[n + 1] = xpos[n + 1] = 2;
    for (size_t i = 0; i < n; ++i) {
      form[i + 1] = Fnv(s[i].form);
      upos[i + 1] = Fnv(s[i].upos, 7);
      xpos[i + 1] = Fnv(s[i].xpos, 11);
    }
  }
};

// Writes the feature buckets of `state` into `out`; returns their count.
int Extract(const ParseState& st, const Atoms& a, uint32_t buckets, uint32_t* out) {
  const int none = st.size() + 1;
  auto pos = [&](int w) { return w < 0 ? none : w; };
  const int s0 = pos(st.Stack(0)), s1 = pos(st.Stack(1)), s2 = pos(st.Stack(2));
  const int b0 = pos(st.Buffer(0)), b1 = pos(st.Buffer(1)), b2 = pos(st.Buffer(2));
  auto lc = [&](int w) { return w == none ? none : pos(st.LeftmostChild(w)); };
  auto rc = [&](int w) { return w == none ? none : pos(st.RightmostChild(w)); };
  const int s0l = lc(s0), s0r = rc(s0), s1l = lc(s1), s1r = rc(s1), b0l = lc(b0);
  auto lab = [&](int w) -> uint64_t {
    return (w == none || w == 0) ? 999 : st.labels()[w] + 1000u * (st.heads()[w] >= 0);
  };
  const uint64_t dist = (s0 != none && b0 != none) ? std::min(b0 - s0, 6) : 7;
  const uint64_t* W = a.form.data();
  const uint64_t* P = a.upos.data();
  const uint64_t* X = a.xpos.data();
  uint64_t f[kMaxFeatures];
  int k = 0;
  uint64_t t = 0;
  auto add1 = [&](uint64_t v) { f[k++] = Mix(++t, v); };
  auto add2 = [&](uint64_t v, uint64_t w) { f[k++] = Mix(Mix(++t, v), w); };
  auto add3 = [&](uint64_t v, uint64_t w, uint64_t x) { f[k++] = Mix(Mix(Mix(++t, v), w), x); };
  add1(0);  // bias
  add1(W[s0]), add1(P[s0]), add1(X[s0]), add2(W[s0], P[s0]);
  add1(W[s1]), add1(P[s1]), add2(W[s1], P[s1]);
  add1(W[b0]), add1(P[b0]), add1(X[b0]), add2(W[b0], P[b0]);
  add1(W[b1]), add1(P[b1]), add2(W[b1], P[b1]);
  add1(P[b2]), add1(P[s2]);
  add2(W[s0], W[b0]), add2(P[s0], P[b0]), add2(X[s0], X[b0]);
  add3(W[s0], P[s0], P[b0]), add3(P[s0], W[b0], P[b0]);
  add2(W[s0], W[s1]), add2(P[s0], P[s1]), add3(W[s0], P[s0], P[s1]), add3(P[s0], W[s1], P[s1]);
  add3(P[s1], P[s0], P[b0]), add3(P[s0], P[b0], P[b1]), add3(P[b0], P[b1], P[b2]);
  add3(P[s2], P[s1], P[s0]);
  add3(P[s0], P[s0l], P[b0]), add3(P[s0], P[s0r], P[b0]), add3(P[s0], P[b0], P[b0l]);
  add3(P[s1], P[s1l], P[s0]), add3(P[s1], P[s1r], P[s0]);
  add2(P[s0], lab(s0l)), add2(P[s0], lab(s0r)), add2(P[b0], lab(b0l)), add2(P[s1], lab(s1r));
  add3(W[s0], W[b0], dist), add3(P[s0], P[b0], dist);
  if (s0 != none) {
    add2(W[s0], std::min(st.LeftValency(s0), 5)), add2(P[s0], std::min(st.RightValency(s0), 5));
  } else {
    add1(5), add1(6);
  }
  add2(P[s0], static_cast<uint64_t>(std::min(st.StackSize(), 8)));
  for (int i = 0; i < k; ++i) out[i] = static_cast<uint32_t>(f[i] % buckets);
  return k;
}

int ClassOf(Transition t, int num_labels) {
  if (t.move == Move::kShift) return 0;
  return (t.move == Move::kLeft ? 1 : 1 + num_labels) + t.label;
}
Transition TransitionOf(int c, int num_labels) {
  if (c == 0) return {Move::kShift, 0};
  if (c <= num_labels) return {Move::kLeft, static_cast<uint16_t>(c - 1)};
  return {Move::kRight, static_cast<uint16_t>(c - 1 - num_labels)};
}

// The best legal class given scores.
int BestLegal(const ParseState& st, const float* scores, int num_classes, int num_labels) {
  int best = -1;
  for (int c = 0; c < num_classes; ++c) {
    if (!st.Legal(TransitionOf(c, num_labels).move)) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

void Score(const float* weights, int num_classes, const uint32_t* feats, int k, float* scores) {
  std::fill(scores, scores + num_classes, 0.0f);
  for (int i = 0; i < k; ++i) {
    const float* w = weights + static_cast<size_t>(feats[i]) * num_classes;
    for (int c = 0; c < num_classes; ++c) scores[c] += w[c];
  }
}

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  template <typename T>
  bool Get(T* v) {
    if (b_.size() - p_ < sizeof(T)) return false;
    std::memcpy(v, b_.data() + p_, sizeof(T));
    p_ += sizeof(T);
    return true;
  }
  bool Bytes(size_t n, std::string_view* v) {
    if (b_.size() - p_ < n) return false;
    *v = b_.substr(p_, n);
    p_ += n;
    return true;
  }
  size_t pos() const { return p_; }

 private:
  std::string_view b_;
  size_t p_ = 0;
};

}  // namespace

ParserInput ToParserInput(const ConlluSentence& sentence) {
  ParserInput in;
  in.reserve(sentence.words.size());
  for (const auto& w : sentence.words) in.push_back({w.form, w.upos, w.xpos});
  return in;
}

void Parser::Parse(const ParserInput& sentence, std::vector<Arc>* out) const {
  const int n = static_cast<int>(sentence.size());
  out->assign(n, Arc{});
  if (n == 0) return;
  const int nc = NumClasses(), nl = static_cast<int>(relations_.size());
  Atoms atoms(sentence);
  ParseState st(n);
  uint32_t feats[kMaxFeatures];
  std::vector<float> scores(nc);
  while (!st.Terminal()) {
    int k = Extract(st, atoms, buckets_, feats);
    Score(weights_.data(), nc, feats, k, scores.data());
    st.Apply(TransitionOf(BestLegal(st, scores.data(), nc, nl), nl));
  }
  for (int w = 1; w <= n; ++w) {
    (*out)[w - 1].head = st.heads()[w];
    (*out)[w - 1].deprel =
        relations_.empty() ? std::string_view("dep") : std::string_view(relations_[st.labels()[w]]);
  }
}

void Parser::Evaluate(const std::vector<ConlluSentence>& gold, double* uas, double* las) const {
  size_t total = 0, u = 0, l = 0;
  std::vector<Arc> arcs;
  for (const auto& s : gold) {
    Parse(ToParserInput(s), &arcs);
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++total;
      if (arcs[i].head == s.words[i].head) {
        ++u;
        // Compare the universal part: "nmod:poss" scores as "nmod".
        std::string_view g = s.words[i].deprel, p = arcs[i].deprel;
        g = g.substr(0, g.find(':'));
        p = p.substr(0, p.find(':'));
        if (g == p) ++l;
      }
    }
  }
  *uas = total ? 100.0 * u / total : 0;
  *las = total ? 100.0 * l / total : 0;
}

std::string Parser::Serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  Put(&out, kVersion);
  Put(&out, static_cast<uint32_t>(relations_.size()));
  for (const auto& r : relations_) {
    Put(&out, static_cast<uint32_t>(r.size()));
    out += r;
  }
  Put(&out, buckets_);
  out.append(reinterpret_cast<const char*>(weights_.data()), weights_.size() * sizeof(float));
  Put(&out, Fnv(out));
  return out;
}

Result<std::unique_ptr<const Parser>> Parser::Load(std::string_view bytes,
                                                   std::string_view origin) {
  auto corrupt = [&](std::string_view why) {
    return Status::Corruption(std::string(origin) + ": parser model " + std::string(why));
  };
  if (bytes.size() < sizeof(kMagic) + 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    return corrupt("has no NGPARSE1 header");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  if (Fnv(body) != sum) return corrupt("checksum mismatch (truncated or corrupt)");
  Reader r(body.substr(8));
  uint32_t version, nrel, buckets;
  if (!r.Get(&version) || version != kVersion) return corrupt("has an unknown version");
  if (!r.Get(&nrel) || nrel == 0 || nrel > 1000) return corrupt("has a bad relation count");
  auto p = std::make_unique<Parser>();
  for (uint32_t i = 0; i < nrel; ++i) {
    uint32_t len;
    std::string_view name;
    if (!r.Get(&len) || len > 256 || !r.Bytes(len, &name)) return corrupt("is truncated");
    p->relations_.emplace_back(name);
  }
  if (!r.Get(&buckets) || buckets == 0 || buckets > (1u << 24)) return corrupt("bad buckets");
  const size_t count = static_cast<size_t>(buckets) * p->NumClasses();
  if ((body.size() - 8 - r.pos()) != count * sizeof(float)) return corrupt("has a bad size");
  p->buckets_ = buckets;
  p->weights_.resize(count);
  std::memcpy(p->weights_.data(), body.data() + 8 + r.pos(), count * sizeof(float));
  return std::unique_ptr<const Parser>(std::move(p));
}

Result<std::unique_ptr<const Parser>> Parser::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open parser model");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": cannot read parser model");
  return Load(ss.str(), path);
}

Result<std::unique_ptr<Parser>> Parser::Train(const std::vector<ConlluSentence>& train,
                                              const std::vector<ConlluSentence>& dev,
                                              const ParserTrainOptions& options,
                                              void (*progress)(int, double, double)) {
  auto p = std::make_unique<Parser>();
  std::unordered_map<std::string, uint16_t> rel_index;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      if (!rel_index.count(w.deprel)) {
        rel_index.emplace(w.deprel, static_cast<uint16_t>(p->relations_.size()));
        p->relations_.push_back(w.deprel);
      }
    }
  }
  if (p->relations_.empty()) return Status::InvalidInput("train-parser: no training words");
  p->buckets_ = kBuckets;
  const int nc = p->NumClasses(), nl = static_cast<int>(p->relations_.size());
  const size_t size = static_cast<size_t>(kBuckets) * nc;
  p->weights_.assign(size, 0.0f);
  std::vector<double> total(size, 0.0);
  std::vector<uint64_t> stamp(size, 0);
  uint64_t now = 1;
  auto update = [&](size_t i, float delta) {
    total[i] += static_cast<double>(now - stamp[i]) * p->weights_[i];
    stamp[i] = now;
    p->weights_[i] += delta;
  };
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i) {
    std::vector<int> heads(train[i].words.size() + 1, -1);
    for (size_t w = 0; w < train[i].words.size(); ++w) heads[w + 1] = train[i].words[w].head;
    int roots = 0;
    bool ok = true;
    for (size_t w = 1; w < heads.size(); ++w) {
      roots += heads[w] == 0;
      if (heads[w] < 0) ok = false;
    }
    if (ok && roots == 1 && IsProjective(heads)) order.push_back(i);
  }
  std::mt19937_64 rng(options.seed);
  uint32_t feats[kMaxFeatures];
  std::vector<float> scores(nc);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      const ConlluSentence& s = train[idx];
      const int n = static_cast<int>(s.words.size());
      std::vector<int> heads(n + 1, -1);
      std::vector<uint16_t> labels(n + 1, 0);
      for (int w = 1; w <= n; ++w) {
        heads[w] = s.words[w - 1].head;
        labels[w] = rel_index[s.words[w - 1].deprel];
      }
      ParserInput in = ToParserInput(s);
      Atoms atoms(in);
      ParseState st(n);
      while (!st.Terminal()) {
        int k = Extract(st, atoms, kBuckets, feats);
        Score(p->weights_.data(), nc, feats, k, scores.data());
        int guess = BestLegal(st, scores.data(), nc, nl);
        int gold = ClassOf(StaticOracle(st, heads, labels), nl);
        if (guess != gold) {
          for (int i = 0; i < k; ++i) {
            update(static_cast<size_t>(feats[i]) * nc + gold, 1.0f);
            update(static_cast<size_t>(feats[i]) * nc + guess, -1.0f);
          }
        }
        ++now;
        st.Apply(TransitionOf(gold, nl));
      }
    }
    if (progress != nullptr && !dev.empty()) {
      // Evaluate with the averaged weights, then restore the current ones.
      std::vector<float> current = p->weights_;
      for (size_t i = 0; i < size; ++i) {
        double t = total[i] + static_cast<double>(now - stamp[i]) * current[i];
        p->weights_[i] = static_cast<float>(t / static_cast<double>(now));
      }
      double uas, las;
      p->Evaluate(dev, &uas, &las);
      progress(epoch, uas, las);
      p->weights_ = std::move(current);
    }
  }
  for (size_t i = 0; i < size; ++i) {
    double t = total[i] + static_cast<double>(now - stamp[i]) * p->weights_[i];
    p->weights_[i] = static_cast<float>(t / static_cast<double>(now));
  }
  return p;
}

}  // namespace newsgraph::lang
