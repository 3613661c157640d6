// Linting, draftlint's main command: options in, exit code out (SPEC.md: 0 clean, 1 findings
// at or above --fail-on, 2 usage, config, pack or I/O errors).
#pragma once

#include "cli/options.h"

namespace draftlint {

int RunLint(const Options& options);

}  // namespace draftlint
