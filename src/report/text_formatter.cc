// The default format, shaped like a compiler's diagnostics: where, what, the source line, and
// the span underlined; in colour on a terminal.
#include <algorithm>
#include <map>

#include "report/formatters.h"
#include "report/terminal_text.h"

namespace draftlint {
namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kGreen = "\x1b[32m";

const char* SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\x1b[1;31m";
    case Severity::kWarning:
      return "\x1b[1;33m";
    case Severity::kInfo:
      return "\x1b[1;36m";
  }
  return "";
}

class TextFormatter : public Formatter {
 public:
  explicit TextFormatter(const FormatOptions& options) : color_(options.color) {}

  void File(const FileReport& report, std::ostream& out) override {
    ++files_;
    const std::string path = TerminalSafe(report.path);
    std::map<Severity, size_t> here;
    for (const Finding& finding : report.findings) {
      ++counts_[finding.severity];
      if (std::find(rules_.begin(), rules_.end(), finding.rule) == rules_.end())
        rules_.push_back(finding.rule);
      ++here[finding.severity];
      out << Paint(kBold) << path << ':' << finding.start.line << ':' << finding.start.column << ':'
          << Paint(kReset) << ' ' << Paint(SeverityColor(finding.severity))
          << SeverityName(finding.severity) << ':' << Paint(kReset) << ' ' << Paint(kBold)
          << TerminalSafe(finding.message) << Paint(kReset) << " [" << finding.rule << "]\n";
      if (report.document) Excerpt(*report.document, finding, out);
    }
    if (!report.findings.empty()) out << path << ": " << Counts(here) << "\n\n";
  }

  void End(std::ostream& out) override {
    size_t total = 0;
    for (const auto& [severity, count] : counts_) total += count;
    if (total == 0) {
      out << "No findings in " << files_ << (files_ == 1 ? " file.\n" : " files.\n");
      return;
    }
    out << Counts(counts_) << " in " << files_ << (files_ == 1 ? " file.\n" : " files.\n");
    // Where to read why a rule fired and what to do (docs/rules/<id>.md holds the same).
    std::string rules;
    for (const std::string& rule : rules_) rules += (rules.empty() ? "" : " ") + rule;
    out << "Why and how to fix: draftlint explain RULE (" << rules << ")\n";
  }

  static std::string Counts(std::map<Severity, size_t>& counts) {
    return std::to_string(counts[Severity::kError]) + " error(s), " +
           std::to_string(counts[Severity::kWarning]) + " warning(s), " +
           std::to_string(counts[Severity::kInfo]) + " info";
  }

 private:
  std::string Paint(const char* code) const { return color_ ? code : ""; }

  std::vector<std::string> rules_;  // the rules that fired, in order of first finding

  void Excerpt(const Document& document, const Finding& finding, std::ostream& out) const {
    const size_t line0 = finding.start.line - 1;
    const size_t line_begin = line0 == 0 ? document.body_begin() : document.LineBegin(line0);
    const size_t line_end = document.LineEnd(line0);
    const std::string_view bytes = document.bytes();
    const std::string number = std::to_string(finding.start.line);
    const std::string gutter(number.size(), ' ');
    const size_t begin = std::clamp(finding.begin, line_begin, line_end);
    const size_t end = std::clamp(finding.document_scope ? line_end : finding.end, begin, line_end);
    out << ' ' << number << " | " << TerminalSafe(bytes.substr(line_begin, line_end - line_begin))
        << '\n';
    const size_t pad = TerminalWidth(TerminalSafe(bytes.substr(line_begin, begin - line_begin)));
    const size_t width =
        std::max<size_t>(1, TerminalWidth(TerminalSafe(bytes.substr(begin, end - begin))));
    out << ' ' << gutter << " | " << std::string(pad, ' ') << Paint(kGreen) << '^'
        << std::string(width - 1, '~') << Paint(kReset) << '\n';
  }

  bool color_;
  size_t files_ = 0;
  std::map<Severity, size_t> counts_;
};

}  // namespace

std::unique_ptr<Formatter> MakeTextFormatter(const FormatOptions& options) {
  return std::make_unique<TextFormatter>(options);
}

}  // namespace draftlint
