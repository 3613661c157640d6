// Lints every input on a pool of threads and hands the reports to the formatter in input
// order, whatever order the threads finish in. A file that cannot be read, is binary or too
// large, or sits under a bad config is reported on stderr and does not stop the others.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <vector>

#include "cli/engine_cache.h"
#include "cli/file_walker.h"
#include "report/formatter.h"

namespace draftlint {

struct RunSummary {
  bool had_errors = false;        // an input could not be linted
  std::optional<Severity> worst;  // highest severity found
};

struct RunOptions {
  int jobs = 1;
  uint64_t max_size = 0;
  bool show_signals = false;
  bool progress = false;  // show the progress line (see ProgressWanted)
  // Sees each report as linted (a baseline being written), before the filters.
  std::function<void(const FileReport&)> tee;
  // Applied in order to each report before it is printed (a baseline, changed lines).
  std::vector<std::function<void(FileReport*)>> filters;
};

RunSummary LintAll(const std::vector<Input>& inputs, EngineCache& engines, Formatter& formatter,
                   const RunOptions& options, std::ostream& out, std::ostream& err);

}  // namespace draftlint
