#include "text/word_fingerprint.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::text {
namespace {

constexpr uint64_t kMul1 = 0x9E3779B97F4A7C15ull;
constexpr uint64_t kMul2 = 0xC2B2AE3D27D4EB4Full;

// Lower-cases the 16 bytes at `in` into `out` (ASCII letters only) and
// returns the word-byte mask: bit k set when in[k] is [0-9A-Za-z] or >= 0x80.
inline uint32_t Classify16(const char* in, char* out) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  // Signed compares: bytes >= 0x80 are negative, so neither letters nor digits.
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out),
                   _mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20))));
  return static_cast<uint32_t>(_mm_movemask_epi8(v)) |
         static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
#else
  uint32_t mask = 0;
  for (int k = 0; k < 16; ++k) {
    const auto c = static_cast<unsigned char>(in[k]);
    const bool upper = c >= 'A' && c <= 'Z';
    const bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    out[k] = static_cast<char>(upper ? c | 0x20 : c);
    mask |= static_cast<uint32_t>(word) << k;
  }
  return mask;
#endif
}

// The eight bytes at `p` as a little-endian word (byte k in bits 8k..8k+7).
inline uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// Masks for the first and second eight bytes of a word of `len` bytes,
// for len <= 16.
struct ChunkMasks {
  uint64_t first[17];
  uint64_t second[17];
};
constexpr ChunkMasks kChunkMasks = [] {
  ChunkMasks m{};
  for (size_t len = 0; len <= 16; ++len) {
    const size_t a = std::min<size_t>(len, 8), b = len - a;
    m.first[len] = a == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * a)) - 1;
    m.second[len] = b == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * b)) - 1;
  }
  return m;
}();

// The 128-bit product of a and b, folded to 64 bits (wyhash's "mum"): one
// multiplication that mixes every input bit into the middle output bits.
inline uint64_t Mum(uint64_t a, uint64_t b) {
  __extension__ using U128 = unsigned __int128;
  const U128 r = static_cast<U128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

// Hash of the lower-cased word at `w` (`len` >= 1 bytes, readable up to 16
// bytes or a multiple of 8 past it). Equal words hash equal; the length is
// hashed too, so the zero padding of the last chunk cannot make two words
// equal. The constants keep both factors nonzero (their bytes include ones
// no word holds). Words of up to 16 bytes (nearly all) take no branch.
inline uint64_t HashWord(const char* w, size_t len) {
  const size_t head = std::min<size_t>(len, 16);
  uint64_t a = (Load8(w) & kChunkMasks.first[head]) ^ kMul1;
  uint64_t b = (Load8(w + 8) & kChunkMasks.second[head]) ^ (kMul2 + len);
  for (size_t k = 16; k < len; k += 8) {
    a = Mum(a, b);
    b = (Load8(w + k) & kChunkMasks.first[std::min<size_t>(len - k, 8)]) ^ kMul2;
  }
  return Mum(a, b);
}

// MurmurHash3's 64-bit finaliser: every output bit depends on every input bit.
inline uint64_t Finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

// Bits set in the words of `w` (portable: the build does not assume POPCNT).
inline uint32_t PopCount(const std::array<uint64_t, WordFingerprint::kBloomWords>& w) {
  uint64_t bytes = 0;  // per-byte counts, at most 8 * kBloomWords = 64 each
  for (uint64_t x : w) {
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    bytes += (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  }
  uint64_t pairs = (bytes & 0x00FF00FF00FF00FFull) + ((bytes >> 8) & 0x00FF00FF00FF00FFull);
  return static_cast<uint32_t>((pairs * 0x0001000100010001ull) >> 48);
}

constexpr unsigned kBloomShift = 64 - std::countr_zero(64 * WordFingerprint::kBloomWords);

}  // namespace

WordFingerprint WordFingerprinter::Fingerprint(std::string_view text, uint32_t start,
                                               uint32_t end) {
  WordFingerprint f;
  const size_t n = end - start;
  // The lower-cased paragraph, padded so that the 64-byte blocks of stores
  // and the 16-byte word loads past its end stay inside the buffer.
  lowered_.resize(n + 80);
  char* const low = lowered_.data();
  // `exact` chains the word hashes (rotate and xor: order matters) and is
  // finished below; the bigram bit mixes the previous word in the same way.
  uint64_t exact = kMul1, prev = 0;
  uint32_t words = 0;
  std::array<uint64_t, WordFingerprint::kBloomWords> bloom{};
  auto add_word = [&](size_t b, size_t e) {  // offsets into the paragraph
    const uint64_t h = HashWord(low + b, e - b);
    // The first word has no bigram: its bit goes to a throw-away place.
    const unsigned bit = static_cast<unsigned>((std::rotl(prev, 23) ^ h) * kMul2 >> kBloomShift);
    const uint64_t set = words > 0 ? uint64_t{1} << (bit % 64) : 0;
    bloom[bit / 64] |= set;
    exact = std::rotl(exact, 5) ^ h;
    prev = h;
    ++words;
  };
  bool open = false;  // a word started before the current block
  size_t open_at = 0;
  uint64_t carry = 0;  // whether the byte before the block is a word byte
  for (size_t base = 0; base < n; base += 64) {
    uint64_t mask = 0;
    const char* in = text.data() + start + base;
    if (start + base + 64 <= text.size()) {
      mask = uint64_t{Classify16(in, low + base)} |
             uint64_t{Classify16(in + 16, low + base + 16)} << 16 |
             uint64_t{Classify16(in + 32, low + base + 32)} << 32 |
             uint64_t{Classify16(in + 48, low + base + 48)} << 48;
    } else {  // the text's last bytes: never read past its end
      for (size_t k = 0; k < 64 && base + k < n; k += 16) {
        char tail[16] = {};
        const char* q = in + k;
        if (start + base + k + 16 > text.size()) {
          std::memcpy(tail, q, text.size() - (start + base + k));
          q = tail;
        }
        mask |= uint64_t{Classify16(q, low + base + k)} << k;
      }
    }
    if (n - base < 64) mask &= (uint64_t{1} << (n - base)) - 1;  // bytes past `end`
    const uint64_t shifted = (mask << 1) | carry;
    uint64_t starts = mask & ~shifted;
    uint64_t ends = ~mask & shifted;  // the first byte after each word
    if (open && ends != 0) {
      add_word(open_at, base + static_cast<size_t>(std::countr_zero(ends)));
      ends &= ends - 1;
      open = false;
    }
    // Starts and ends alternate, so each remaining end closes the start before it.
    while (ends != 0) {
      const size_t b = base + static_cast<size_t>(std::countr_zero(starts));
      const size_t e = base + static_cast<size_t>(std::countr_zero(ends));
      starts &= starts - 1;
      ends &= ends - 1;
      add_word(b, e);
    }
    if (starts != 0) {  // at most one: a word that runs into the next block
      open = true;
      open_at = base + static_cast<size_t>(std::countr_zero(starts));
    }
    carry = mask >> 63;
  }
  if (open) add_word(open_at, n);
  f.words = words;
  f.bloom = bloom;
  f.exact = Finish(exact);
  f.bloom_bits = PopCount(f.bloom);
  return f;
}

bool JaccardMayReach(const WordFingerprint& a, const WordFingerprint& b, uint32_t num,
                     uint32_t den) {
  // Under two words a paragraph has no bigram and its Jaccard is 0.
  if (std::min(a.words, b.words) < 2) return num == 0;
  std::array<uint64_t, WordFingerprint::kBloomWords> both;
  for (size_t k = 0; k < both.size(); ++k) both[k] = a.bloom[k] | b.bloom[k];
  // Bits in exactly one bloom: a lower bound on the bigrams in only one set.
  const uint64_t only_one = 2 * uint64_t{PopCount(both)} - a.bloom_bits - b.bloom_bits;
  // Jaccard = common / (common + only_one_exact) <= m / (m + only_one), with
  // m = the smaller bigram count, an upper bound on `common`.
  const uint64_t m = std::min(a.words, b.words) - 1;
  return m * den >= uint64_t{num} * (m + only_one);
}

}  // namespace newsgraph::text
