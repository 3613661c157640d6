#include "match/hit_cache.h"

namespace draftlint {

std::optional<std::vector<RawHit>> HitCache::Find(const std::string& key) {
  if (key.size() > longest_) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  order_.splice(order_.begin(), order_, it->second.position);
  return it->second.hits;
}

void HitCache::Add(const std::string& key, const std::vector<RawHit>& hits) {
  if (key.size() > longest_ || capacity_ == 0) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (entries_.count(key)) return;  // another thread found the same paragraph
  if (entries_.size() >= capacity_) {
    entries_.erase(order_.back());
    order_.pop_back();
  }
  order_.push_front(key);
  entries_.emplace(key, Entry{hits, order_.begin()});
}

}  // namespace draftlint
