// newsgraph/server.h — the HTTP server: JSON API and a browser page.
//
// Routes: GET /                    the HTML page (articles, sentences, events)
//         GET /api/articles        {"articles":[summary...], "total":N}
//                                  (?limit=&offset=, limit <= 1000, default 100)
//         GET /api/articles/{id}   the stored analysis JSON, 404 when absent
//         GET /api/cameo           {"codes":{"040":{"description","goldstein",
//                                  "quad_class"}...}} (names CAMEO codes)
//         GET /api/health          {"status":"ok"}
// Errors are JSON {"error": "..."} with a 4xx/5xx status; methods other than
// GET/HEAD get 405.
// Binds 127.0.0.1 by default; the database is opened read-only per request
// thread. Bound to a loopback host, requests whose Host header names a
// non-loopback host get 403 (defence against DNS rebinding).
//
// Thread-safety: Serve() blocks the calling thread until Stop() is called
// from another thread (or a signal handler calls it).
#ifndef NEWSGRAPH_SERVER_H_
#define NEWSGRAPH_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "newsgraph/status.h"

namespace newsgraph {

struct ServerOptions {
  std::string db_path;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port; on_listening reports it
  // Called once the socket is bound and listening, with the URL to open.
  std::function<void(const std::string& url)> on_listening;
};

class Server {
 public:
  // Checks that the database opens read-only; kNotFound when it is missing.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  virtual ~Server() = default;

  // Binds and serves until Stop(). kUnavailable when the port cannot be bound.
  // Returns at once if Stop() was already called.
  virtual Status Serve() = 0;
  // Safe to call from any thread, any number of times, and from a signal
  // handler (it only touches atomics and closes the listening socket).
  virtual void Stop() = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_SERVER_H_
