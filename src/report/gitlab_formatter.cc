// --format gitlab: GitLab's Code Quality report (a JSON array of issues), which merge
// requests show inline. The fingerprint is stable across edits above a finding: file, rule,
// text, and which occurrence it is.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <map>

#include "report/formatters.h"
#include "report/json_array_stream.h"

namespace draftlint {
namespace {

// FNV-1a: a fingerprint must be the same on every machine and every run, which std::hash
// does not promise.
uint64_t Fnv1a(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

const char* GitlabSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "major";
    case Severity::kWarning:
      return "minor";
    case Severity::kInfo:
      return "info";
  }
  return "minor";
}

class GitlabFormatter : public Formatter {
 public:
  void File(const FileReport& report, std::ostream& out) override {
    std::map<std::string, int> seen;
    for (const Finding& finding : report.findings) {
      const std::string key = report.path + '\n' + finding.rule + '\n' + finding.text;
      const int occurrence = seen[key]++;
      char fingerprint[17];
      std::snprintf(
          fingerprint, sizeof fingerprint, "%016llx",
          static_cast<unsigned long long>(Fnv1a(key + '\n' + std::to_string(occurrence))));
      issues_.Add(
          {{"description", finding.message},
           {"check_name", finding.rule},
           {"fingerprint", fingerprint},
           {"severity", GitlabSeverity(finding.severity)},
           {"location", {{"path", report.path}, {"lines", {{"begin", finding.start.line}}}}}},
          out);
    }
  }

  void End(std::ostream& out) override { issues_.End(out); }

 private:
  JsonArrayStream issues_{nullptr, nlohmann::ordered_json::json_pointer()};
};

}  // namespace

std::unique_ptr<Formatter> MakeGitlabFormatter(const FormatOptions& options) {
  (void)options;
  return std::make_unique<GitlabFormatter>();
}

}  // namespace draftlint
