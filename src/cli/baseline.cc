#include "cli/baseline.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace draftlint {

std::string ReportPath(const std::string& path) {
  if (path.empty() || path[0] == '<') return path;
  return std::filesystem::path(path).lexically_normal().generic_string();
}

Baseline Baseline::Load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read the baseline");
  Baseline baseline;
  try {
    const nlohmann::json report = nlohmann::json::parse(in);
    for (const auto& file : report.at("files")) {
      const std::string name = ReportPath(file.at("path").get<std::string>());
      for (const auto& finding : file.at("findings")) {
        ++baseline.remaining_[{name, finding.at("rule").get<std::string>(),
                               finding.at("text").get<std::string>()}];
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(path.string() + ": not a draftlint JSON report (" + e.what() + ")");
  }
  return baseline;
}

void Baseline::Forgive(FileReport* report) {
  const std::string name = ReportPath(report->path);
  std::vector<Finding> kept;
  for (Finding& finding : report->findings) {
    auto it = remaining_.find({name, finding.rule, finding.text});
    if (it != remaining_.end() && it->second > 0) {
      --it->second;
      continue;
    }
    kept.push_back(std::move(finding));
  }
  report->findings = std::move(kept);
}

}  // namespace draftlint
