// What changed since a git ref, for pull-request checks on large template repositories:
// which files (committed, staged or not, and untracked ones), and which of their lines.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace draftlint {

class GitChanges {
 public:
  // nullopt and error set when git cannot tell (not a work tree, unknown ref).
  static std::optional<GitChanges> Since(const std::string& ref, std::string* error);

  bool ChangedFile(const std::filesystem::path& path) const;
  bool ChangedLine(const std::filesystem::path& path, size_t line) const;

 private:
  std::string Key(const std::filesystem::path& path) const;

  std::filesystem::path root_;
  // Changed line ranges [first, last] of the new file, by absolute path.
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> lines_;
  // Untracked files: new in every line.
  std::set<std::string> untracked_;
};

}  // namespace draftlint
