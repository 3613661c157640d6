// --format github: GitHub Actions workflow commands, one per finding, which GitHub shows as
// annotations on the pull request. Everything taken from a draft is escaped so that no draft
// can end the command early and inject another one.
#include "report/formatters.h"

namespace draftlint {
namespace {

// GitHub's escaping for a command's message.
std::string EscapeData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// ... and for a property value, where ':' and ',' also delimit.
std::string EscapeProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeData(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

const char* Command(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "warning";
}

class GithubFormatter : public Formatter {
 public:
  void File(const FileReport& report, std::ostream& out) override {
    for (const Finding& finding : report.findings) {
      out << "::" << Command(finding.severity) << " file=" << EscapeProperty(report.path)
          << ",line=" << finding.start.line << ",col=" << finding.start.column
          << ",endLine=" << finding.stop.line << ",endColumn=" << finding.stop.column
          << ",title=" << EscapeProperty("draftlint " + finding.rule)
          << "::" << EscapeData(finding.message) << '\n';
    }
  }
};

}  // namespace

std::unique_ptr<Formatter> MakeGithubFormatter(const FormatOptions& options) {
  (void)options;
  return std::make_unique<GithubFormatter>();
}

}  // namespace draftlint
