// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez & Satta 2011)
// for the dependency parser: the parser state and its three transitions, and
// the static oracle that derives a transition sequence from a gold tree.
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

  // head(w) and label(w) for w in 1..n; head is -1 while unattached.
  const std::vector<int>& heads() const { return head_; }
  const std::vector<uint16_t>& labels() const { return label_; }
  // Leftmost / rightmost attached dependent of w, or -1; number of dependents.
  int LeftmostChild(int w) const { return left_[w]; }
  int RightmostChild(int w) const { return right_[w]; }
  int LeftValency(int w) const { return nleft_[w]; }
  int RightValency(int w) const { return nright_[w]; }

 private:
  void Attach(int dep, int head, uint16_t label);

  int n_;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, left_, right_, nleft_, nright_;
  std::vector<uint16_t> label_;
};

// True when the tree heads[1..n] (heads[0] unused) has no crossing arcs.
bool IsProjective(const std::vector<int>& heads);

// The static oracle: the gold transition for `state`.
// REQUIRES: gold heads[1..n] form a projective tree with a single root
// word, and `state` was reached by earlier oracle transitions.
Transition StaticOracle(const ParseState& state, const std::vector<int>& gold_heads,
                        const std::vector<uint16_t>& gold_labels);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_TRANSITION_H_
