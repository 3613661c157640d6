// Spare threads for ParallelFor while a test runs: they are process-wide, so a test that
// sets them puts them back (none) when it ends, however it ends.
#pragma once

#include <cstddef>

#include "match/parallel_for.h"

namespace draftlint::testing {

class SpareThreads {
 public:
  explicit SpareThreads(size_t count) { SetSpareThreads(count); }
  ~SpareThreads() { SetSpareThreads(0); }
  SpareThreads(const SpareThreads&) = delete;
  SpareThreads& operator=(const SpareThreads&) = delete;
};

}  // namespace draftlint::testing
