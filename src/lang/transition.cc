#include "lang/transition.h"

namespace newsgraph::lang {

ParseState::ParseState(int n)
    : n_(n),
      head_(n + 1, -1),
      left_(n + 1, -1),
      right_(n + 1, -1),
      nleft_(n + 1, 0),
      nright_(n + 1, 0),
      label_(n + 1, 0) {
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
  if (dep < head) {
    if (left_[head] == -1 || dep < left_[head]) left_[head] = dep;
    ++nleft_[head];
  } else {
    if (right_[head] == -1 || dep > right_[head]) right_[head] = dep;
    ++nright_[head];
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

}  // namespace newsgraph::lang
