// The "duplicate_paragraph" test of the paragraph flagger
// (paragraph_flags.h): a paragraph is a duplicate when its lower-cased word
// sequence equals an earlier paragraph's, or when it has >= 8 words and
// its word-bigram Jaccard with an earlier kept paragraph of >= 8 words is
// >= 0.6 (the pair passing the bottom-k sketch test of near_duplicates.h
// first). Above 400 kept paragraphs only exact duplicates are looked for.
//
// Cost: one fingerprint per paragraph (word_fingerprint.h), taken only once
// a second paragraph exists, so a one-paragraph text costs nothing. Bigram
// descriptions are built only for pairs the fingerprints cannot rule out.
//
// Thread-safety: one DuplicateFinder per text (it holds scratch buffers).
#ifndef NEWSGRAPH_TEXT_DUPLICATE_PARAGRAPHS_H_
#define NEWSGRAPH_TEXT_DUPLICATE_PARAGRAPHS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/near_duplicates.h"
#include "text/word_fingerprint.h"

namespace newsgraph::text {

class DuplicateFinder {
 public:
  // `text` must outlive the finder.
  explicit DuplicateFinder(std::string_view text) : text_(text) {}

  // Whether paragraph [start, end) of the text duplicates an earlier
  // paragraph given to Check(): the flag's note if so. A paragraph that is
  // not a duplicate is remembered for the later ones.
  // REQUIRES: calls in text order, on non-overlapping paragraphs.
  std::optional<std::string> Check(uint32_t start, uint32_t end);

 private:
  // A paragraph that is not a duplicate. Its fingerprint may wait (see
  // `unprinted_`); its bigram description is built when a pair needs it.
  struct Kept {
    uint32_t start, end;
    WordFingerprint print;
    int description;  // index into descriptions_, or -1
  };

  // A set of 64-bit hashes (open addressing, linear probing).
  class HashSet {
   public:
    bool Insert(uint64_t h);  // whether `h` was new

   private:
    void Grow();
    std::vector<uint64_t> slots_;  // 0: empty; the size is a power of two
    size_t size_ = 0;
    bool has_zero_ = false;
  };

  std::optional<std::string> FindNear(uint32_t start, uint32_t end, const WordFingerprint& d,
                                      int* d_description);
  // Index into descriptions_ of the description of [start, end), built once.
  size_t Describe(int* index, uint32_t start, uint32_t end);

  std::string_view text_;
  std::vector<Kept> kept_;
  std::vector<BigramDescription> descriptions_;
  HashSet exact_seen_;
  WordFingerprinter fingerprinter_;
  bool checked_any_ = false;
  // The first paragraph is never a duplicate: its fingerprint is taken only
  // when a second one arrives (it is kept_[0] until then).
  bool unprinted_ = false;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_DUPLICATE_PARAGRAPHS_H_
