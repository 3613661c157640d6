#include "match/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace draftlint {
namespace {

std::atomic<size_t> spare_threads{0};

}  // namespace

size_t MachineCores() { return std::max(1u, std::thread::hardware_concurrency()); }

void SetSpareThreads(size_t count) { spare_threads.store(count); }

void ParallelFor(size_t count, const std::function<void(size_t)>& body) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) body(i);
  };
  std::vector<std::thread> helpers;
  const size_t wanted = std::min(spare_threads.load(), count > 0 ? count - 1 : 0);
  for (size_t t = 0; t < wanted; ++t) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // No thread to be had: the calling thread does the rest.
    }
  }
  work();
  for (std::thread& helper : helpers) helper.join();
}

}  // namespace draftlint
