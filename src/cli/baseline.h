// Baselines, so that a repository with old findings adopts draftlint and fails only on new
// ones. A baseline is an earlier JSON report; a finding is in it when the same file has a
// finding of the same rule on the same text (not the same line: edits above a finding must
// not revive it). Each baseline entry forgives one finding.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <tuple>

#include "report/finding.h"

namespace draftlint {

class Baseline {
 public:
  // Throws std::runtime_error naming the file when it is not a draftlint JSON report.
  static Baseline Load(const std::filesystem::path& path);

  // Removes the report's findings that the baseline forgives.
  void Forgive(FileReport* report);

 private:
  std::map<std::tuple<std::string, std::string, std::string>, int> remaining_;
};

// The path as reports name it: "./a/../b.txt" is "b.txt".
std::string ReportPath(const std::string& path);

}  // namespace draftlint
