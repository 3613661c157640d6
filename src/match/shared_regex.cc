#include "match/shared_regex.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "match/hit_search.h"

namespace draftlint {
namespace {

struct Registry {
  std::mutex mutex;
  std::unordered_map<std::string, std::weak_ptr<const RE2>> patterns;
  // Forgotten patterns are swept when the map has doubled since the last sweep, so that a
  // long-lived language server seeing config after config keeps only what is held.
  size_t sweep_at = 1024;
};

Registry& TheRegistry() {
  static Registry registry;
  return registry;
}

}  // namespace

std::shared_ptr<const RE2> SharedRegex(const std::string& pattern) {
  Registry& registry = TheRegistry();
  {
    std::lock_guard lock(registry.mutex);
    const auto it = registry.patterns.find(pattern);
    if (it != registry.patterns.end()) {
      if (auto held = it->second.lock()) return held;
    }
  }
  // Compiled outside the lock: two threads may both compile a new pattern, and one copy wins.
  auto compiled = std::make_shared<const RE2>(pattern, PatternOptions(pattern.size()));
  std::lock_guard lock(registry.mutex);
  std::weak_ptr<const RE2>& slot = registry.patterns[pattern];
  if (auto held = slot.lock()) return held;
  slot = compiled;
  if (registry.patterns.size() >= registry.sweep_at) {
    std::erase_if(registry.patterns, [](const auto& entry) { return entry.second.expired(); });
    registry.sweep_at = 2 * std::max<size_t>(registry.patterns.size(), 512);
  }
  return compiled;
}

const RE2& LazyRegex::Get(const std::string& pattern, const std::string& origin) const {
  std::call_once(compiled_, [&] {
    auto re = SharedRegex(pattern);
    if (!re->ok()) throw std::runtime_error(origin + ": " + re->error());
    re_ = std::move(re);
    ready_.store(true, std::memory_order_release);
  });
  return *re_;
}

}  // namespace draftlint
