// The libFuzzer entry point every fuzz target in this folder defines. Built
// two ways (tests/fuzz/CMakeLists.txt): with clang's -fsanitize=fuzzer when
// NEWSGRAPH_FUZZ=ON, and always with replay_main.cc as a deterministic smoke
// test that ctest runs (seed corpus + bounded pseudo-random mutations).
#ifndef NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_
#define NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Aborts with a message: a fuzz target's way to report a broken invariant.
#define FUZZ_CHECK(cond)                                                       \
  do {                                                                         \
    if (!(cond)) {                                                             \
      __builtin_printf("fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      __builtin_trap();                                                        \
    }                                                                          \
  } while (0)

#endif  // NEWSGRAPH_TESTS_FUZZ_FUZZ_TARGET_H_
