#include "text/duplicate_paragraphs.h"

#include <fmt/core.h>

#include <algorithm>
#include <utility>

namespace newsgraph::text {
namespace {

constexpr size_t kMinWordsForNearDuplicate = 8;
constexpr double kNearDuplicateJaccard = 0.6;
// The same threshold as a fraction for the exact integer bound: a ratio of
// counts below 3/5 never rounds up to the double 0.6 (counts are < 2^32).
constexpr uint32_t kJaccardNum = 3, kJaccardDen = 5;
// Above this many kept paragraphs only exact duplicates are looked for: the
// pairwise comparison is quadratic.
constexpr size_t kMaxParagraphsForNearDuplicates = 400;

}  // namespace

bool DuplicateFinder::HashSet::Insert(uint64_t h) {
  if (h == 0) return !std::exchange(has_zero_, true);
  if (2 * (size_ + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    if (slots_[i] == h) return false;
    if (slots_[i] == 0) {
      slots_[i] = h;
      ++size_;
      return true;
    }
  }
}

void DuplicateFinder::HashSet::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(std::max<size_t>(32, 2 * old.size()), 0);
  size_ = 0;
  for (uint64_t h : old) {
    if (h != 0) Insert(h);
  }
}

size_t DuplicateFinder::Describe(int* index, uint32_t start, uint32_t end) {
  if (*index < 0) {
    *index = static_cast<int>(descriptions_.size());
    descriptions_.push_back(DescribeBigrams(text_, start, end));
  }
  return static_cast<size_t>(*index);
}

std::optional<std::string> DuplicateFinder::Check(uint32_t start, uint32_t end) {
  if (!checked_any_) {  // the first paragraph: nothing to compare with yet
    checked_any_ = true;
    kept_.push_back({start, end, {}, -1});
    unprinted_ = true;
    return std::nullopt;
  }
  if (unprinted_) {
    Kept& first = kept_.front();
    first.print = fingerprinter_.Fingerprint(text_, first.start, first.end);
    if (first.print.words > 0) exact_seen_.Insert(first.print.exact);
    unprinted_ = false;
  }
  const WordFingerprint d = fingerprinter_.Fingerprint(text_, start, end);
  int d_description = -1;
  if (d.words > 0 && !exact_seen_.Insert(d.exact)) {
    return "exact duplicate of an earlier paragraph";
  }
  if (d.words >= kMinWordsForNearDuplicate && kept_.size() < kMaxParagraphsForNearDuplicates) {
    if (auto note = FindNear(start, end, d, &d_description)) return note;
  }
  kept_.push_back({start, end, d, d_description});
  return std::nullopt;
}

std::optional<std::string> DuplicateFinder::FindNear(uint32_t start, uint32_t end,
                                                     const WordFingerprint& d, int* d_description) {
  for (Kept& earlier : kept_) {
    if (earlier.print.words < kMinWordsForNearDuplicate) continue;
    // Jaccard(A, B) <= min(|A|, |B|) / max(|A|, |B|): skip hopeless pairs.
    size_t lo = std::min(d.words, earlier.print.words);
    size_t hi = std::max(d.words, earlier.print.words);
    if (static_cast<double>(lo) < kNearDuplicateJaccard * static_cast<double>(hi)) continue;
    // The exact bound from the fingerprints rules out almost every other
    // pair before any bigram is hashed one byte at a time.
    if (!JaccardMayReach(d, earlier.print, kJaccardNum, kJaccardDen)) continue;
    const size_t mine_at = Describe(d_description, start, end);
    const size_t theirs_at = Describe(&earlier.description, earlier.start, earlier.end);
    BigramDescription& mine = descriptions_[mine_at];
    BigramDescription& theirs = descriptions_[theirs_at];
    if (!SketchesOverlap(mine, theirs)) continue;
    double j = BigramJaccard(&mine, &theirs);
    if (j >= kNearDuplicateJaccard) {
      return fmt::format("near duplicate of the paragraph at byte {} (word-bigram Jaccard {:.2f})",
                         earlier.start, j);
    }
  }
  return std::nullopt;
}

}  // namespace newsgraph::text
