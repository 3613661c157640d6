// Preloaded into draftlint by tests/leaks/leak_check.sh to prove that LeakSanitizer is
// watching the process: this library loses one allocation on purpose, and the check must
// see it before its "no leak" means anything.
#include <cstdlib>

namespace {

void* volatile lost = nullptr;

__attribute__((constructor)) void LoseOneAllocation() {
  lost = std::malloc(4096);
  lost = nullptr;
}

}  // namespace
