// Data files from data/ compiled into the library at build time (see
// cmake/embed_data.cmake), so the engine needs no data path at run time.
//
// Thread-safety: read-only static storage.
#ifndef NEWSGRAPH_CORE_EMBEDDED_DATA_H_
#define NEWSGRAPH_CORE_EMBEDDED_DATA_H_

#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph {

// `path` is relative to data/, e.g. "gazetteer/countries.tsv".
// Returns kNotFound when no such file was embedded.
Result<std::string_view> EmbeddedData(std::string_view path);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_EMBEDDED_DATA_H_
