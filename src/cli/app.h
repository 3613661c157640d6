// The draftlint command: options in, exit code out (SPEC.md: 0 clean, 1 findings at or
// above --fail-on, 2 usage, config, pack or I/O errors).
#pragma once

namespace draftlint {

int RunApp(int argc, char** argv);

}  // namespace draftlint
