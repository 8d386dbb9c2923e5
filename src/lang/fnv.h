// FNV-1a, the one string hash of the models: feature hashing in the tagger
// and parser (with a different seed per feature kind) and the checksum of
// model files (lang/model_file.h). Changing it invalidates every committed
// model.
//
// Thread-safety: a pure function.
#ifndef NEWSGRAPH_LANG_FNV_H_
#define NEWSGRAPH_LANG_FNV_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::lang {

constexpr uint64_t kFnvOffsetBasis = 1469598103934665603ull;

inline uint64_t Fnv1a(std::string_view bytes, uint64_t seed = kFnvOffsetBasis) {
  uint64_t h = seed;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_FNV_H_
