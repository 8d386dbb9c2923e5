// Server: cpp-httplib plumbing around the routes in routes.cc.
#include "newsgraph/server.h"

#include <fmt/core.h>
#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "server/routes.h"
#include "server/store_pool.h"

namespace newsgraph {
namespace {

// A kept-alive connection holds a worker, and a browser opens up to six per
// host; six workers with a short keep-alive keep one tab responsive without
// many threads on a small machine. Requests themselves are cheap.
constexpr size_t kWorkerThreads = 6;
constexpr time_t kKeepAliveSeconds = 2;
constexpr size_t kMaxPayload = 64 * 1024;  // only GETs: bodies are never needed
constexpr auto kStopPoll = std::chrono::milliseconds(5);

bool IsLoopbackName(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

// The host part of a Host header ("127.0.0.1:8080", "[::1]:80", "localhost").
std::string HostWithoutPort(const std::string& header) {
  if (!header.empty() && header.front() == '[') return header.substr(0, header.find(']') + 1);
  return header.substr(0, header.find(':'));
}

void Send(httplib::Response& res, const server::Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

class HttpServer final : public Server {
 public:
  explicit HttpServer(const ServerOptions& options)
      : options_(options), pool_(options.db_path, kWorkerThreads) {
    Configure();
  }

  Status Serve() override;

  void Stop() override {
    // Async-signal-safe: only atomics, and httplib's stop() (shutdown+close).
    stop_requested_.store(true);
    if (http_.is_running()) CloseListenerOnce();
  }

 private:
  void Configure();
  Status ServeOrThrow();
  void Route(const std::string& pattern,
             std::function<server::Reply(Store&, const httplib::Request&)> fn);
  // Closes httplib's listening socket exactly once, whoever gets here first
  // (Stop() from any thread or the watcher in Serve()).
  void CloseListenerOnce() {
    if (!listener_closed_.exchange(true)) http_.stop();
  }

  const ServerOptions options_;
  server::StorePool pool_;
  httplib::Server http_;
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> listener_closed_{false};
};

void HttpServer::Configure() {
  http_.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  http_.set_payload_max_length(kMaxPayload);
  http_.set_read_timeout(5, 0);
  http_.set_write_timeout(5, 0);
  http_.set_keep_alive_max_count(100);
  http_.set_keep_alive_timeout(kKeepAliveSeconds);
  // SO_REUSEADDR only: httplib's default SO_REUSEPORT would let a second
  // server bind a port that is already in use.
  http_.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                             {"Cache-Control", "no-store"},
                             {"Referrer-Policy", "no-referrer"}});

  // A server on loopback answers only to loopback names, so a web page
  // elsewhere cannot read the data through DNS rebinding.
  const bool loopback = IsLoopbackName(options_.host);
  http_.set_pre_routing_handler([loopback](const httplib::Request& req, httplib::Response& res) {
    const std::string host = HostWithoutPort(req.get_header_value("Host"));
    if (loopback && !host.empty() && !IsLoopbackName(host)) {
      Send(res, server::ErrorReply(403, "requests must use a loopback host name"));
      return httplib::Server::HandlerResponse::Handled;
    }
    // Read-only API: refuse other methods before any request body is read.
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      Send(res, server::ErrorReply(405, "method not allowed; the API is read-only"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  http_.Get("/", [](const httplib::Request&, httplib::Response& res) {
    server::Reply page = server::IndexPage();
    if (page.status == 200) {
      res.set_header("Content-Security-Policy",
                     "default-src 'none'; script-src 'unsafe-inline'; "
                     "style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:");
    }
    Send(res, page);
  });
  http_.Get("/api/cameo", [](const httplib::Request&, httplib::Response& res) {
    Send(res, server::CameoCodes());
  });
  http_.Get("/api/health",
            [](const httplib::Request&, httplib::Response& res) { Send(res, server::Health()); });
  Route("/api/articles", [](Store& store, const httplib::Request& req) {
    auto param = [&req](const char* name) -> std::optional<std::string> {
      if (!req.has_param(name)) return std::nullopt;
      return req.get_param_value(name);
    };
    return server::ListArticles(store, param("limit"), param("offset"));
  });
  // httplib has already percent-decoded the path, so ids may hold any byte.
  Route(R"(/api/articles/(.+))", [](Store& store, const httplib::Request& req) {
    return server::GetArticle(store, req.matches[1].str());
  });

  // Every error without a body (unknown route, bad request line) gets JSON.
  http_.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const char* what = res.status == 404   ? "not found"
                           : res.status == 413 ? "payload too large"
                           : res.status < 500  ? "bad request"
                                               : "internal error";
        Send(res, server::ErrorReply(res.status, what));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http_.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Send(res, server::ErrorReply(500, "internal error"));
      });
}

void HttpServer::Route(const std::string& pattern,
                       std::function<server::Reply(Store&, const httplib::Request&)> fn) {
  http_.Get(
      pattern, [this, fn = std::move(fn)](const httplib::Request& req, httplib::Response& res) {
        auto store = pool_.Acquire();
        if (!store.ok()) {
          Send(res,
               server::ErrorReply(server::HttpStatusFor(store.status()), store.status().message()));
          return;
        }
        Send(res, fn(**store, req));
      });
}

Status HttpServer::Serve() {
  // Thread creation and httplib may throw; the library reports errors as values.
  try {
    return ServeOrThrow();
  } catch (const std::exception& e) {
    return Status::Internal(
        fmt::format("server on {}:{}: {}", options_.host, options_.port, e.what()));
  }
}

Status HttpServer::ServeOrThrow() {
  if (stop_requested_.load()) return Status::Ok();
  const std::string& host = options_.host;
  int port = options_.port;
  errno = 0;
  bool bound =
      port == 0 ? (port = http_.bind_to_any_port(host)) > 0 : http_.bind_to_port(host, port);
  if (!bound) {
    int err = errno;
    return Status::Unavailable(
        fmt::format("cannot bind {}:{}: {}", host, options_.port,
                    err != 0 ? std::strerror(err) : "address not available"));
  }
  const bool v6 = host.find(':') != std::string::npos;
  if (options_.on_listening) {
    options_.on_listening(
        fmt::format("http://{}{}{}:{}", v6 ? "[" : "", host, v6 ? "]" : "", port));
  }
  // Stop() is a no-op inside httplib until listen_after_bind() marks the
  // server running. This watcher covers that window: it waits until the
  // server runs (or ends), then honours a Stop() that came too early. A
  // later Stop() sees is_running() and closes the listener itself.
  std::atomic<bool> done{false};
  std::thread watcher([this, &done] {
    while (!done.load() && !http_.is_running()) std::this_thread::sleep_for(kStopPoll);
    if (stop_requested_.load()) CloseListenerOnce();
  });
  bool clean = false;
  try {
    clean = http_.listen_after_bind();
  } catch (...) {
    done.store(true);
    watcher.join();
    throw;
  }
  done.store(true);
  watcher.join();
  if (!clean && !stop_requested_.load()) {
    return Status::IoError(fmt::format("{}:{}: accepting connections failed", host, port));
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (options.port < 0 || options.port > 65535) {
    return Status::InvalidArgument(fmt::format("port {} is out of range 0..65535", options.port));
  }
  StoreOptions store_options;
  store_options.read_only = true;
  auto store = Store::Open(options.db_path, store_options);
  if (!store.ok()) return store.status();
  try {  // route registration compiles regexes, which may throw
    return std::unique_ptr<Server>(new HttpServer(options));
  } catch (const std::exception& e) {
    return Status::Internal(fmt::format("setting up the HTTP server: {}", e.what()));
  }
}

}  // namespace newsgraph
