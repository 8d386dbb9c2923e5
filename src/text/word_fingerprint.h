// A cheap fingerprint of the words of one paragraph, taken in a single pass
// eight bytes at a time, for the paragraph flagger's duplicate tests
// (paragraph_flags.h). It answers two questions without sorting anything:
//
//   * are two paragraphs the same word sequence?   (`exact`)
//   * can their word-bigram Jaccard reach a bound?  (`bloom`, exact test)
//
// A word is a maximal run of ASCII letters and digits and bytes >= 0x80,
// compared with ASCII letters lower-cased (the same words the near-duplicate
// description in near_duplicates.h hashes).
//
// Thread-safety: see WordFingerprinter; JaccardMayReach is stateless.
#ifndef NEWSGRAPH_TEXT_WORD_FINGERPRINT_H_
#define NEWSGRAPH_TEXT_WORD_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::text {

struct WordFingerprint {
  static constexpr size_t kBloomWords = 8;  // 512 bits

  uint32_t words = 0;
  // Hash of the lower-cased word sequence: equal sequences, equal hashes.
  uint64_t exact = 0;
  // One bit per word bigram, chosen by the bigram's hash: equal bigrams set
  // equal bits, so a bit set here and not in another paragraph's bloom is a
  // bigram that paragraph does not have.
  std::array<uint64_t, kBloomWords> bloom{};
  uint32_t bloom_bits = 0;  // bits set in `bloom`
};

// Takes fingerprints, reusing one scratch buffer (a lower-cased copy of the
// paragraph). Not thread-safe: one per thread or per call.
class WordFingerprinter {
 public:
  // REQUIRES: start <= end <= text.size(). Reads only text[start, end).
  WordFingerprint Fingerprint(std::string_view text, uint32_t start, uint32_t end);

 private:
  std::vector<char> lowered_;
};

// Whether the word-bigram Jaccard of the two paragraphs (over sets of
// distinct bigrams) can be >= `num` / `den`. Never false for a pair whose
// Jaccard reaches the bound: every bloom bit of `a` not set in `b` is a
// distinct bigram of `a` missing from `b` (and the other way round), and the
// common bigrams are at most the bigrams of the smaller paragraph.
bool JaccardMayReach(const WordFingerprint& a, const WordFingerprint& b, uint32_t num,
                     uint32_t den);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_WORD_FINGERPRINT_H_
