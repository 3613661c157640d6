// Every step runs once, on the calling thread and on no more helper threads than are spare.
#include "match/parallel_for.h"

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "support/spare_threads.h"

using namespace draftlint;
using testing::SpareThreads;

namespace {

struct Record {
  std::vector<std::atomic<int>> calls;
  std::mutex mutex;
  std::set<std::thread::id> threads;

  explicit Record(size_t count) : calls(count) {}

  void Step(size_t k) {
    ++calls[k];
    // Slow enough that helper threads get steps of their own.
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::lock_guard lock(mutex);
    threads.insert(std::this_thread::get_id());
  }

  bool EachOnce() const {
    for (const auto& count : calls) {
      if (count != 1) return false;
    }
    return true;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(parallel_for)

BOOST_AUTO_TEST_CASE(without_spare_threads_the_caller_runs_every_step) {
  Record record(20);
  ParallelFor(20, [&](size_t k) { record.Step(k); });
  BOOST_TEST(record.EachOnce());
  BOOST_TEST(record.threads == std::set<std::thread::id>{std::this_thread::get_id()});
}

BOOST_AUTO_TEST_CASE(spare_threads_share_the_steps) {
  const SpareThreads spare(2);
  Record record(40);
  ParallelFor(40, [&](size_t k) { record.Step(k); });
  BOOST_TEST(record.EachOnce());
  BOOST_TEST(record.threads.count(std::this_thread::get_id()) == 1u);
  BOOST_TEST(record.threads.size() >= 2u);
  BOOST_TEST(record.threads.size() <= 3u);
}

BOOST_AUTO_TEST_CASE(no_more_threads_than_steps) {
  const SpareThreads spare(8);
  Record one(1);
  ParallelFor(1, [&](size_t k) { one.Step(k); });
  BOOST_TEST(one.EachOnce());
  BOOST_TEST(one.threads == std::set<std::thread::id>{std::this_thread::get_id()});
  bool called = false;
  ParallelFor(0, [&](size_t) { called = true; });
  BOOST_TEST(!called);
}

BOOST_AUTO_TEST_SUITE_END()
