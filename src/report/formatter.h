// Formatters turn file reports into one output format. Files arrive in the order they were
// given (never in the order threads finished them), and each is printed as it arrives; JSON
// documents (json, sarif, gitlab) are closed by End. Only JUnit, whose header counts the
// files, keeps its cases until the end.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"

namespace draftlint {

struct FormatOptions {
  bool color = false;
  std::string tool_version;
  std::vector<RuleInfo> rules;  // every rule of the run, for SARIF's rule table
  // The repository's root (absolute), that SARIF paths are relative to; empty: the current
  // folder.
  std::string root;
};

class Formatter {
 public:
  virtual ~Formatter() = default;
  virtual void File(const FileReport& report, std::ostream& out) = 0;
  virtual void End(std::ostream& out) { (void)out; }
};

// name: text, json, sarif, github, line, gitlab or junit; nullptr for an unknown name.
std::unique_ptr<Formatter> MakeFormatter(std::string_view name, const FormatOptions& options);

// The names MakeFormatter knows.
std::vector<std::string> FormatterNames();

}  // namespace draftlint
