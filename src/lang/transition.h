// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez & Satta 2011)
// for the dependency parser: the parser state and its three transitions, the
// static oracle that derives a transition sequence from a gold tree, and the
// dynamic oracle's move costs (Goldberg & Nivre 2013).
//
// Words are numbered 1..n; 0 is the artificial root, which starts on the
// stack. SHIFT moves the buffer front onto the stack; LEFT(l) attaches the
// stack top to the buffer front and pops it; RIGHT(l) attaches the stack top
// to the word below it and pops it. Every transition sequence that ends in
// the terminal state yields one tree rooted in a single word: RIGHT onto the
// root is only legal as the very last transition. Each word is shifted once
// and popped once, so parsing takes 2n transitions (linear time).
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_LANG_TRANSITION_H_
#define NEWSGRAPH_LANG_TRANSITION_H_

#include <cstdint>
#include <vector>

namespace newsgraph::lang {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };
constexpr int kNumMoves = 3;

struct Transition {
  Move move = Move::kShift;
  uint16_t label = 0;  // index into the model's relation list; unused by kShift
};

class ParseState {
 public:
  // Starts parsing a sentence of `n` words.
  explicit ParseState(int n);

  int size() const { return n_; }
  bool Terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  bool CanShift() const { return buffer_ <= n_; }
  // LEFT needs a real word on the stack and a buffer front.
  bool CanLeft() const { return stack_.size() >= 2 && buffer_ <= n_; }
  // RIGHT onto a word needs two words on the stack; onto the root only when
  // it is the last transition (single root).
  bool CanRight() const { return stack_.size() > 2 || (stack_.size() == 2 && buffer_ > n_); }
  bool Legal(Move m) const;
  // REQUIRES: Legal(t.move)
  void Apply(Transition t);

  // The i-th stack word from the top (0 = top), or -1 when absent.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int StackSize() const { return static_cast<int>(stack_.size()); }
  // The i-th buffer word (0 = front), or -1 past the end.
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  // The buffer front's index (n + 1 once the buffer is empty). Invariant: the
  // stack holds exactly the root and the unattached words before it.
  int BufferFront() const { return buffer_; }

  // head(w) and label(w) for w in 1..n; head is -1 while unattached.
  const std::vector<int>& heads() const { return head_; }
  const std::vector<uint16_t>& labels() const { return label_; }
  // Leftmost / rightmost attached dependent of w (and the second ones), or
  // -1; number of dependents; the set of their labels (bit label % 64).
  int LeftmostChild(int w) const { return kids_[w].left[0]; }
  int RightmostChild(int w) const { return kids_[w].right[0]; }
  int SecondLeftmostChild(int w) const { return kids_[w].left[1]; }
  int SecondRightmostChild(int w) const { return kids_[w].right[1]; }
  int LeftValency(int w) const { return kids_[w].nleft; }
  int RightValency(int w) const { return kids_[w].nright; }
  uint64_t LeftLabelSet(int w) const { return kids_[w].left_labels; }
  uint64_t RightLabelSet(int w) const { return kids_[w].right_labels; }

 private:
  struct Kids {
    int left[2] = {-1, -1};
    int right[2] = {-1, -1};
    int nleft = 0, nright = 0;
    uint64_t left_labels = 0, right_labels = 0;
  };
  void Attach(int dep, int head, uint16_t label);

  int n_;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_;
  std::vector<Kids> kids_;
  std::vector<uint16_t> label_;
};

// Whether `heads` (heads[w] of word w = 1..n, heads[0] unused) is a tree:
// every head in 0..n, exactly one word on the root, no cycles.
bool IsTree(const std::vector<int>& heads);

// True when the tree heads[1..n] (heads[0] unused) has no crossing arcs.
bool IsProjective(const std::vector<int>& heads);

// The static oracle: the gold transition for `state`.
// REQUIRES: gold heads[1..n] form a projective tree with a single root
// word, and `state` was reached by earlier oracle transitions.
Transition StaticOracle(const ParseState& state, const std::vector<int>& gold_heads,
                        const std::vector<uint16_t>& gold_labels);

// The dynamic oracle: cost[m] = the number of gold arcs that become
// unreachable if move m is applied to `state` (any reachable state, not only
// oracle ones); illegal moves get a negative cost. Exact for projective gold
// trees with a single root word. O(n) per call.
void MoveCosts(const ParseState& state, const std::vector<int>& gold_heads, int cost[kNumMoves]);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_TRANSITION_H_
