// ContentHash: the identity of an article's raw bytes for idempotent ingest.
#include <fmt/core.h>
#include <xxhash.h>

#include <string>

#include "newsgraph/store.h"

namespace newsgraph {

std::string ContentHash(const std::string& bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  // High half first: the same order as XXH128_canonicalFromHash and xxhsum.
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

}  // namespace newsgraph
