#include "text/near_duplicates.h"

#include <algorithm>

namespace newsgraph::text {
namespace {

constexpr size_t kSketch = BigramDescription::kSketch;

void AddToSketch(uint64_t h, BigramDescription* p) {
  size_t n = p->sketch_size;
  if (n == kSketch && h >= p->sketch[n - 1]) return;
  size_t i = n < kSketch ? n++ : n - 1;
  while (i > 0 && p->sketch[i - 1] > h) {
    p->sketch[i] = p->sketch[i - 1];
    --i;
  }
  if (i > 0 && p->sketch[i - 1] == h) {  // already present: undo the shift
    for (size_t j = i; j + 1 < n; ++j) p->sketch[j] = p->sketch[j + 1];
    if (n > p->sketch_size) --n;
  } else {
    p->sketch[i] = h;
  }
  p->sketch_size = n;
}

void SortOnce(BigramDescription* p) {
  if (p->sorted) return;
  std::sort(p->bigrams.begin(), p->bigrams.end());
  p->bigrams.erase(std::unique(p->bigrams.begin(), p->bigrams.end()), p->bigrams.end());
  p->sorted = true;
}

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

// Hashes words as it scans (no copies): a word's hash folds its lower-cased
// bytes (FNV-1a); a bigram's hash combines two word hashes.
BigramDescription DescribeBigrams(std::string_view text, uint32_t start, uint32_t end) {
  BigramDescription p;
  p.bigrams.reserve((end - start) / 5);
  uint64_t prev = 0;
  size_t words = 0;
  for (uint32_t i = start; i < end;) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a
    while (i < end && IsWordByte(static_cast<unsigned char>(text[i]))) {
      char c = text[i++];
      h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)) *
          0x100000001B3ull;
    }
    if (words > 0) {
      uint64_t bigram = (prev * 0x9E3779B97F4A7C15ull) ^ h;
      p.bigrams.push_back(bigram);
      AddToSketch(bigram, &p);
    }
    prev = h;
    ++words;
  }
  return p;
}

bool SketchesOverlap(const BigramDescription& a, const BigramDescription& b) {
  size_t i = 0, j = 0, taken = 0;
  while (taken < kSketch && i < a.sketch_size && j < b.sketch_size) {
    if (a.sketch[i] == b.sketch[j]) return true;
    if (a.sketch[i] < b.sketch[j])
      ++i;
    else
      ++j;
    ++taken;
  }
  return false;
}

double BigramJaccard(BigramDescription* pa, BigramDescription* pb) {
  SortOnce(pa);
  SortOnce(pb);
  const std::vector<uint64_t>& a = pa->bigrams;
  const std::vector<uint64_t>& b = pb->bigrams;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  size_t all = a.size() + b.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

}  // namespace newsgraph::text
