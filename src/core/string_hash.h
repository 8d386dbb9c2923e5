// A string hash that also takes string_views, so that unordered containers
// keyed by std::string are looked up without building a std::string (C++20
// heterogeneous lookup; pair it with std::equal_to<>).
//
// Thread-safety: stateless.
#ifndef NEWSGRAPH_CORE_STRING_HASH_H_
#define NEWSGRAPH_CORE_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace newsgraph {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_STRING_HASH_H_
