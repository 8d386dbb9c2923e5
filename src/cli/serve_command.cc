// `newsgraph serve --db FILE [--host] [--port]`: serve the API and the page
// until SIGINT/SIGTERM.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "newsgraph/server.h"

namespace newsgraph::cli {
namespace {

struct ServeFlags {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
};

int RunServe(const ServeFlags& f) {
  // Signals go to a dedicated thread (sigwait), so stopping the server never
  // happens inside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  ServerOptions options;
  options.db_path = f.db;
  options.host = f.host;
  options.port = f.port;
  options.on_listening = [](const std::string& url) {
    std::printf("Serving on %s (press Ctrl-C to stop)\n", url.c_str());
    std::fflush(stdout);
  };
  auto server = Server::Create(options);
  if (!server.ok()) {
    PrintError(server.status());
    return ExitCodeFor(server.status()) == kExitBadInput ? kExitBadInput : kExitEnvironment;
  }
  Server* raw = server->get();
  std::thread waiter([raw, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != 0) raw->Stop();
  });
  Status served = raw->Serve();
  // Wake the waiter if Serve() ended on its own (e.g. bind failure).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!served.ok()) {
    PrintError(served);
    return kExitEnvironment;
  }
  return kExitOk;
}

}  // namespace

CommandRunner RegisterServe(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* sub = app.add_subcommand("serve", "Serve a database over HTTP: JSON API and web page");
  sub->add_option("--db", flags->db, "SQLite database written by `newsgraph ingest`")->required();
  sub->add_option("--host", flags->host, "Address to bind")->capture_default_str();
  sub->add_option("--port", flags->port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  return [flags] { return RunServe(*flags); };
}

}  // namespace newsgraph::cli
