// The libFuzzer entry point every fuzz target in this folder defines. Built
// two ways (tests/fuzz/CMakeLists.txt): with clang's -fsanitize=fuzzer when
// NEWSGRAPH_FUZZ=ON, and always with replay_main.cc as a deterministic smoke
// test that ctest runs (seed corpus + bounded pseudo-random mutations).
#ifndef NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_
#define NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Aborts with a message: a fuzz target's way to report a broken invariant.
#define FUZZ_CHECK(cond)                                                              \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      __builtin_printf("fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      __builtin_trap();                                                               \
    }                                                                                 \
  } while (0)

namespace newsgraph::fuzz {

// The non-empty runs of `s` between any of `separators` (views into `s`).
inline std::vector<std::string_view> Split(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> words;
  while (!s.empty()) {
    size_t end = s.find_first_of(separators);
    if (end != 0) words.push_back(s.substr(0, end));
    s.remove_prefix(end == std::string_view::npos ? s.size() : end + 1);
  }
  return words;
}

}  // namespace newsgraph::fuzz

#endif  // NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_
