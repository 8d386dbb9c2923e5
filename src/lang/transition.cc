#include "lang/transition.h"

namespace newsgraph::lang {

ParseState::ParseState(int n) : n_(n), head_(n + 1, -1), kids_(n + 1), label_(n + 1, 0) {
  stack_.reserve(n + 1);
  stack_.push_back(0);
}

bool ParseState::Legal(Move m) const {
  switch (m) {
    case Move::kShift:
      return CanShift();
    case Move::kLeft:
      return CanLeft();
    case Move::kRight:
      return CanRight();
  }
  return false;
}

void ParseState::Attach(int dep, int head, uint16_t label) {
  head_[dep] = head;
  label_[dep] = label;
  Kids& k = kids_[head];
  if (dep < head) {
    if (k.left[0] == -1 || dep < k.left[0]) {
      k.left[1] = k.left[0];
      k.left[0] = dep;
    } else if (k.left[1] == -1 || dep < k.left[1]) {
      k.left[1] = dep;
    }
    ++k.nleft;
    k.left_labels |= uint64_t{1} << (label & 63);
  } else {
    if (k.right[0] == -1 || dep > k.right[0]) {
      k.right[1] = k.right[0];
      k.right[0] = dep;
    } else if (k.right[1] == -1 || dep > k.right[1]) {
      k.right[1] = dep;
    }
    ++k.nright;
    k.right_labels |= uint64_t{1} << (label & 63);
  }
}

void ParseState::Apply(Transition t) {
  switch (t.move) {
    case Move::kShift:
      stack_.push_back(buffer_++);
      break;
    case Move::kLeft:
      Attach(stack_.back(), buffer_, t.label);
      stack_.pop_back();
      break;
    case Move::kRight: {
      int dep = stack_.back();
      stack_.pop_back();
      Attach(dep, stack_.back(), t.label);
      break;
    }
  }
}

bool IsTree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int roots = 0;
  for (int w = 1; w <= n; ++w) {
    if (heads[w] < 0 || heads[w] > n || heads[w] == w) return false;
    roots += heads[w] == 0;
  }
  if (roots != 1) return false;
  std::vector<int> state(n + 1, 0);
  state[0] = 2;
  for (int w = 1; w <= n; ++w) {
    std::vector<int> path;
    int v = w;
    while (state[v] == 0) {
      state[v] = 1;
      path.push_back(v);
      v = heads[v];
    }
    if (state[v] == 1) return false;
    for (int p : path) state[p] = 2;
  }
  return true;
}

bool IsProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int d = 1; d <= n; ++d) {
    int lo = d < heads[d] ? d : heads[d], hi = d < heads[d] ? heads[d] : d;
    for (int e = lo + 1; e < hi; ++e) {
      int h = heads[e];
      if (h < lo || h > hi) return false;
    }
  }
  return true;
}

Transition StaticOracle(const ParseState& state, const std::vector<int>& gold_heads,
                        const std::vector<uint16_t>& gold_labels) {
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0);
  if (s0 > 0 && b0 > 0 && gold_heads[s0] == b0) return {Move::kLeft, gold_labels[s0]};
  if (s0 > 0 && s1 >= 0 && gold_heads[s0] == s1 && state.CanRight()) {
    // RIGHT pops s0 for good: only when none of its dependents is pending.
    bool complete = true;
    for (int w = b0 > 0 ? b0 : state.size() + 1; w <= state.size(); ++w) {
      if (gold_heads[w] == s0) {
        complete = false;
        break;
      }
    }
    if (complete) return {Move::kRight, gold_labels[s0]};
  }
  return {Move::kShift, 0};
}

void MoveCosts(const ParseState& state, const std::vector<int>& gold_heads, int cost[kNumMoves]) {
  const int n = state.size(), front = state.BufferFront();
  const int s0 = state.Stack(0), s1 = state.Stack(1);
  const auto& heads = state.heads();
  auto in_stack = [&](int w) { return w == 0 || (w > 0 && w < front && heads[w] == -1); };
  auto in_buffer = [&](int w) { return w >= front && w <= n; };
  // Gold dependents of s0 still in the buffer: lost when s0 is popped.
  int s0_deps = 0;
  if (s0 > 0) {
    for (int d = front; d <= n; ++d) s0_deps += gold_heads[d] == s0;
  }
  for (int m = 0; m < kNumMoves; ++m) cost[m] = -1;
  if (state.CanShift()) {
    // b0 loses its gold dependents on the stack, and its gold head unless it
    // is s0 (reachable by RIGHT) or in the buffer.
    int c = 0;
    for (int d = 1; d < front; ++d) c += heads[d] == -1 && gold_heads[d] == front;
    const int h = gold_heads[front];
    if (h != s0 && in_stack(h)) ++c;
    cost[static_cast<int>(Move::kShift)] = c;
  }
  if (state.CanLeft()) {
    const int h = gold_heads[s0];
    cost[static_cast<int>(Move::kLeft)] = s0_deps + ((h == s1 || (in_buffer(h) && h != front)));
  }
  if (state.CanRight()) {
    cost[static_cast<int>(Move::kRight)] = s0_deps + in_buffer(gold_heads[s0]);
  }
}

}  // namespace newsgraph::lang
