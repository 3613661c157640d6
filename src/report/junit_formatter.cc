// --format junit: JUnit XML, which most CI systems show as test results: one test case per
// file, failing with one failure per finding. Everything from a draft is XML-escaped, and
// characters XML cannot hold at all are replaced, so no draft can break the document.
#include <sstream>

#include "report/formatters.h"

namespace draftlint {
namespace {

std::string Xml(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // Control characters other than tab and line breaks are not allowed in XML 1.0.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

class JunitFormatter : public Formatter {
 public:
  void File(const FileReport& report, std::ostream& out) override {
    (void)out;
    ++tests_;
    cases_ << "    <testcase classname=\"draftlint\" name=\"" << Xml(report.path) << "\"";
    if (report.findings.empty() && report.error.empty()) {
      cases_ << "/>\n";
      return;
    }
    cases_ << ">\n";
    if (!report.error.empty()) {
      ++errors_;
      cases_ << "      <error message=\"" << Xml(report.error) << "\"/>\n";
    }
    if (!report.findings.empty()) ++failures_;
    for (const Finding& finding : report.findings) {
      cases_ << "      <failure type=\"" << Xml(finding.rule) << "\" message=\""
             << Xml(finding.message) << "\">" << Xml(report.path) << ':' << finding.start.line
             << ':' << finding.start.column << ": " << SeverityName(finding.severity) << ": "
             << Xml(finding.message) << " [" << Xml(finding.rule) << "]"
             << "</failure>\n";
    }
    cases_ << "    </testcase>\n";
  }

  void End(std::ostream& out) override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites>\n"
        << "  <testsuite name=\"draftlint\" tests=\"" << tests_ << "\" failures=\"" << failures_
        << "\" errors=\"" << errors_ << "\">\n"
        << cases_.str() << "  </testsuite>\n</testsuites>\n";
  }

 private:
  std::ostringstream cases_;
  size_t tests_ = 0, failures_ = 0, errors_ = 0;
};

}  // namespace

std::unique_ptr<Formatter> MakeJunitFormatter(const FormatOptions& options) {
  (void)options;
  return std::make_unique<JunitFormatter>();
}

}  // namespace draftlint
