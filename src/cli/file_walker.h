// What the PATH arguments name: files as given, directories walked, or stdin. In a git work
// tree a directory's files are the ones git sees (tracked, or untracked and not ignored by
// .gitignore); elsewhere every file below it, hidden folders left out. Symbolic links met on
// the way are not followed. Walked files are sorted, so output is the same on every machine.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace draftlint {

struct Input {
  std::string path;  // as reported
  bool is_stdin = false;
  std::string error;  // set when the path cannot be linted at all
};

// include(file) decides whether a walked file is linted (files named on the command line
// always are).
std::vector<Input> ExpandPaths(const std::vector<std::string>& paths, const std::string& stdin_name,
                               const std::function<bool(const std::filesystem::path&)>& include);

// Whether a file looks like a draft, by its extension.
bool IsDraftFile(const std::filesystem::path& path);

}  // namespace draftlint
