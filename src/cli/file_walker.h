// What the PATH arguments name: files as given, directories walked (sorted, so output is the
// same on every machine), or stdin. Hidden folders such as .git are not entered.
#pragma once

#include <string>
#include <vector>

namespace draftlint {

struct Input {
  std::string path;   // as reported
  bool is_stdin = false;
  std::string error;  // set when the path cannot be linted at all
};

std::vector<Input> ExpandPaths(const std::vector<std::string>& paths, const std::string& stdin_name);

// Whether a walked file looks like a draft, by its extension.
bool IsDraftFile(const std::string& path);

}  // namespace draftlint
