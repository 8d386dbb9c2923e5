// A small pool of read-only Stores on one database file, shared by the HTTP
// worker threads. A Store is single-threaded, so each request leases one for
// its duration; idle Stores are kept open to avoid reopening per request.
//
// Thread-safety: Acquire() may be called from any thread; each lease is
// used by one thread at a time. The pool must outlive every lease.
#ifndef NEWSGRAPH_SERVER_STORE_POOL_H_
#define NEWSGRAPH_SERVER_STORE_POOL_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newsgraph/status.h"
#include "newsgraph/store.h"

namespace newsgraph::server {

class StorePool {
 public:
  // Returns the Store to its pool (or closes it when the pool is full).
  struct Return {
    StorePool* pool = nullptr;
    void operator()(Store* store) const;
  };
  using Lease = std::unique_ptr<Store, Return>;

  // At most `max_idle` Stores are kept open between requests.
  StorePool(std::string db_path, size_t max_idle)
      : path_(std::move(db_path)), max_idle_(max_idle) {}

  // Reuses an idle Store or opens a new read-only one.
  Result<Lease> Acquire();

 private:
  const std::string path_;
  const size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;  // guarded by mu_
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SERVER_STORE_POOL_H_
