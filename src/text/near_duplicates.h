// The near-duplicate test of the paragraph flagger (paragraph_flags.h):
// a paragraph's word bigrams as a set of hashes, a bottom-k MinHash sketch
// of them, and their Jaccard similarity. Building a description hashes every
// byte, so the flagger builds one only for paragraphs that a cheap exact
// bound (word_fingerprint.h) cannot rule out.
//
// The hashes here define which pairs the sketch lets through: changing them
// changes results, so they stay as they are.
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_TEXT_NEAR_DUPLICATES_H_
#define NEWSGRAPH_TEXT_NEAR_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::text {

struct BigramDescription {
  static constexpr size_t kSketch = 8;  // bottom-k MinHash sketch size

  std::vector<uint64_t> bigrams;  // hashes of word bigrams; sorted + unique once `sorted`
  bool sorted = false;
  std::array<uint64_t, kSketch> sketch{};  // the kSketch smallest bigram hashes, ascending
  size_t sketch_size = 0;
};

// Words as in word_fingerprint.h. REQUIRES: start <= end <= text.size().
BigramDescription DescribeBigrams(std::string_view text, uint32_t start, uint32_t end);

// Whether two sketches share any of the kSketch smallest hashes of the
// union: the bottom-k MinHash test. A pair with Jaccard >= 0.6 fails it with
// probability about 0.4^8 (0.07%); most unrelated pairs fail it at once.
bool SketchesOverlap(const BigramDescription& a, const BigramDescription& b);

// Jaccard similarity of the two bigram sets (sorts each once).
double BigramJaccard(BigramDescription* a, BigramDescription* b);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_NEAR_DUPLICATES_H_
