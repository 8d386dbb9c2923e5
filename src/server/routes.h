// The HTTP API as plain functions from a request's inputs to a Reply, kept
// apart from the socket plumbing in server.cc. Routes and JSON shapes are
// documented in newsgraph/server.h.
//
// Thread-safety: stateless; each call uses only the Store it is given, which
// the caller must not share with another thread during the call.
#ifndef NEWSGRAPH_SERVER_ROUTES_H_
#define NEWSGRAPH_SERVER_ROUTES_H_

#include <cstdint>
#include <optional>
#include <string>

#include "newsgraph/status.h"
#include "newsgraph/store.h"

namespace newsgraph::server {

inline constexpr char kJsonType[] = "application/json";
inline constexpr char kHtmlType[] = "text/html; charset=utf-8";
inline constexpr uint32_t kMaxListLimit = 1000;
inline constexpr uint32_t kDefaultListLimit = 100;

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = kJsonType;
};

// {"error": message} with `status`.
Reply ErrorReply(int status, const std::string& message);
// The HTTP status for a library error (404, 400, 503 or 500).
int HttpStatusFor(const Status& status);

Reply Health();
// `limit` and `offset` are the raw query parameters, absent when not given.
Reply ListArticles(Store& store, const std::optional<std::string>& limit,
                   const std::optional<std::string>& offset);
Reply GetArticle(Store& store, const std::string& id);
Reply IndexPage();
// {"codes": {"040": {"description", "goldstein", "quad_class"}, ...}} from
// the embedded CAMEO table, so the page can name event codes.
Reply CameoCodes();

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SERVER_ROUTES_H_
