// Deterministic smoke fuzzing without libFuzzer: runs the target over every
// file in the seed corpus folder(s) given as arguments, then over a bounded
// number of pseudo-random mutations of them (fixed seed, so runs repeat).
// Usage: <target>_replay [--iterations N] CORPUS_DIR...
// Prints "N passed, 0 failed" at the end; a failure aborts in the target.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.h"

namespace {

uint64_t state = 0x9E3779B97F4A7C15ull;
uint64_t Next() {  // xorshift64*
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 0x2545F4914F6CDD1Dull;
}

// Bytes that stress text handling: NUL, invalid UTF-8 leads, CR, LF, space,
// quote, brace, and the first bytes of multi-byte sequences.
const unsigned char kSpecial[] = {0x00, 0xFF, 0xC3, 0xE2, 0xF0, 0x80, 0x0D, 0x0A,
                                  0x20, 0x22, 0x7B, 0x7D, 0x2E, 0xEF, 0xBB, 0xBF};

std::string Mutate(std::string s) {
  int edits = 1 + static_cast<int>(Next() % 8);
  for (int i = 0; i < edits; ++i) {
    size_t pos = s.empty() ? 0 : Next() % (s.size() + 1);
    switch (Next() % 5) {
      case 0:
        if (!s.empty() && pos < s.size()) s[pos] = static_cast<char>(Next());
        break;
      case 1:
        s.insert(pos, 1, static_cast<char>(kSpecial[Next() % sizeof(kSpecial)]));
        break;
      case 2:
        if (pos < s.size()) s.erase(pos, 1 + Next() % 16);
        break;
      case 3:
        s = s.substr(0, pos);
        break;
      case 4:
        if (!s.empty()) s.insert(pos, s.substr(Next() % s.size(), 1 + Next() % 64));
        break;
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long iterations = 2000;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--iterations") == 0 && i + 1 < argc) {
      iterations = std::strtol(argv[++i], nullptr, 10);
      continue;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(argv[i])) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  seeds.emplace_back();  // the empty input
  long runs = 0;
  for (const std::string& s : seeds) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    ++runs;
  }
  for (long i = 0; i < iterations; ++i) {
    std::string m = Mutate(seeds[Next() % seeds.size()]);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(m.data()), m.size());
    ++runs;
  }
  std::printf("%ld passed, 0 failed\n", runs);
  return 0;
}
