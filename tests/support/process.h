// Running the draftlint binary from a test: its exit code, stdout and stderr.
#pragma once

#include <string>
#include <vector>

namespace draftlint::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs program (looked up in PATH unless a path) with arguments, feeding input on stdin; cwd, when
// not empty, is the folder it runs in.
ProcessResult Run(const std::vector<std::string>& argv, const std::string& input = "",
                  const std::string& cwd = "");

// The built binary (build/draftlint) and the source tree, as CMake passed them.
std::string Binary();
std::string SourceDir();

// A fresh empty folder in the system temporary folder, removed when the test process exits.
std::string ScratchDir();

void WriteFile(const std::string& path, const std::string& bytes);
// The file's bytes; empty when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace draftlint::testing
