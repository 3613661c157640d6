// Running another program (git) and reading what it prints.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace draftlint {

// Runs argv[0] from PATH with stdin and stderr closed; returns its stdout when it exits
// with 0, nullopt when it cannot be run or fails.
std::optional<std::string> RunAndRead(const std::vector<std::string>& argv);

}  // namespace draftlint
