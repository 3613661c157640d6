#include "report/finding.h"

#include <tuple>

namespace draftlint {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

bool FindingBefore(const Finding& a, const Finding& b) {
  return std::tie(a.begin, a.rule, a.end) < std::tie(b.begin, b.rule, b.end);
}

}  // namespace draftlint
