#include "cli/progress.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

namespace draftlint {

bool ProgressWanted(bool asked) {
  const char* term = std::getenv("TERM");
  return asked && isatty(STDERR_FILENO) && !std::getenv("CI") &&
         !(term && std::string(term) == "dumb");
}

ProgressLine::ProgressLine(std::ostream& out, std::ostream& err, size_t total, bool enabled)
    : out_(out), err_(err), total_(total), enabled_(enabled && total > 1) {
  last_ = std::chrono::steady_clock::now();
}

void ProgressLine::Erase() {
  if (!shown_) return;
  err_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

void ProgressLine::Update(size_t done, size_t findings) {
  if (!enabled_ || done >= total_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  out_.flush();  // what was printed before the line stays above it
  err_ << "\r\x1b[Kdraftlint: " << done << '/' << total_ << " files, " << findings
       << (findings == 1 ? " finding" : " findings") << std::flush;
  shown_ = true;
}

}  // namespace draftlint
