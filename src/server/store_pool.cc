#include "server/store_pool.h"

#include <utility>

namespace newsgraph::server {

void StorePool::Return::operator()(Store* store) const {
  std::unique_ptr<Store> owned(store);
  if (pool == nullptr || owned == nullptr) return;
  std::lock_guard<std::mutex> lock(pool->mu_);
  if (pool->idle_.size() < pool->max_idle_) pool->idle_.push_back(std::move(owned));
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      Lease lease(idle_.back().release(), Return{this});
      idle_.pop_back();
      return lease;
    }
  }
  // Opening happens outside the lock: it touches the disk.
  StoreOptions options;
  options.read_only = true;
  auto store = Store::Open(path_, options);
  if (!store.ok()) return store.status();
  return Lease(std::move(store).value().release(), Return{this});
}

}  // namespace newsgraph::server
