// The progress line of a long run: "draftlint: 120/2000 files, 35 findings" on stderr,
// redrawn in place at most ten times a second and erased at the end. Only on a terminal,
// never in CI (the CI variable set) or when output goes to a file or a pipe.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace draftlint {

// Whether a run should show one: asked for (no --no-progress), stderr a terminal, not CI.
bool ProgressWanted(bool asked);

class ProgressLine {
 public:
  // Shows nothing unless enabled and there is more than one file.
  ProgressLine(std::ostream& out, std::ostream& err, size_t total, bool enabled);
  ~ProgressLine() { Erase(); }

  // Before anything else is printed: takes the line away.
  void Erase();
  // After a file: redraws the line when enough time has passed.
  void Update(size_t done, size_t findings);

 private:
  std::ostream& out_;
  std::ostream& err_;
  size_t total_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace draftlint
