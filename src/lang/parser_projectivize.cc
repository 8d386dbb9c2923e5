#include "lang/parser_projectivize.h"

#include <algorithm>

namespace newsgraph::lang {
namespace {

// True when `a` dominates `e` (a is e or an ancestor of it).
bool Dominates(const std::vector<int>& heads, int a, int e) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int steps = 0; steps <= n + 1; ++steps) {
    if (e == a) return true;
    if (e <= 0) return false;
    e = heads[e];
  }
  return false;
}

// The dependent of the shortest non-projective arc (leftmost on ties), or -1.
int ShortestNonProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int best = -1, best_len = n + 2;
  for (int d = 1; d <= n; ++d) {
    const int h = heads[d], lo = std::min(d, h), hi = std::max(d, h);
    if (hi - lo >= best_len) continue;
    for (int e = lo + 1; e < hi; ++e) {
      if (!Dominates(heads, h, e)) {
        best = d, best_len = hi - lo;
        break;
      }
    }
  }
  return best;
}

}  // namespace

bool Projectivize(std::vector<int>* heads, std::vector<int>* original, int max_words) {
  *original = *heads;
  if (static_cast<int>(heads->size()) - 1 > max_words) return false;
  for (int d = ShortestNonProjective(*heads); d > 0; d = ShortestNonProjective(*heads)) {
    (*heads)[d] = (*heads)[(*heads)[d]];  // an arc from the root is never non-projective
  }
  return true;
}

void Deprojectivize(std::vector<int>* heads, std::vector<uint16_t>* labels,
                    const std::vector<uint16_t>& base, const std::vector<int>& target,
                    int max_visits) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size()) - 1;
  std::vector<int> lifted;
  for (int w = 1; w <= n; ++w) {
    if (target[(*labels)[w]] >= 0) lifted.push_back(w);
  }
  if (lifted.empty()) return;
  // Children in left-to-right order (kept sorted as words move).
  std::vector<std::vector<int>> kids(n + 1);
  for (int w = 1; w <= n; ++w) kids[h[w]].push_back(w);
  std::vector<int> queue;
  for (int d : lifted) {
    const int want = target[(*labels)[d]];
    (*labels)[d] = base[(*labels)[d]];
    // The queue never holds more than max_visits words: linear time overall.
    const size_t cap = static_cast<size_t>(max_visits);
    auto enqueue = [&](const std::vector<int>& ws) {
      for (size_t i = 0; i < ws.size() && queue.size() < cap; ++i) queue.push_back(ws[i]);
    };
    queue.clear();
    enqueue(kids[h[d]]);
    int found = -1;
    for (size_t i = 0; i < queue.size(); ++i) {
      const int v = queue[i];
      if (v == d) continue;
      if (base[(*labels)[v]] == want) {
        found = v;
        break;
      }
      enqueue(kids[v]);
    }
    if (found < 0) continue;
    auto& old_kids = kids[h[d]];
    old_kids.erase(std::lower_bound(old_kids.begin(), old_kids.end(), d));
    auto& new_kids = kids[found];
    new_kids.insert(std::lower_bound(new_kids.begin(), new_kids.end(), d), d);
    h[d] = found;
  }
}

}  // namespace newsgraph::lang
