// --format line: "path:line:column: severity: message [rule]", one finding a line, for
// editors' quickfix lists (Vim's errorformat "%f:%l:%c: %m").
#include "report/formatters.h"
#include "report/terminal_text.h"

namespace draftlint {
namespace {

class LineFormatter : public Formatter {
 public:
  void File(const FileReport& report, std::ostream& out) override {
    for (const Finding& finding : report.findings) {
      out << TerminalSafe(report.path) << ':' << finding.start.line << ':' << finding.start.column
          << ": " << SeverityName(finding.severity) << ": " << TerminalSafe(finding.message) << " ["
          << finding.rule << "]\n";
    }
  }
};

}  // namespace

std::unique_ptr<Formatter> MakeLineFormatter(const FormatOptions& options) {
  (void)options;
  return std::make_unique<LineFormatter>();
}

}  // namespace draftlint
