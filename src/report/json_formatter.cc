// --format json, exactly as SPEC.md shows it.
#include <nlohmann/json.hpp>

#include "report/formatters.h"

namespace draftlint {
namespace {

nlohmann::ordered_json Position(size_t offset, const LineColumn& position) {
  return {{"offset", offset}, {"line", position.line}, {"column", position.column}};
}

class JsonFormatter : public Formatter {
 public:
  explicit JsonFormatter(const FormatOptions& options) : version_(options.tool_version) {}

  void File(const FileReport& report, std::ostream& out) override {
    (void)out;
    nlohmann::ordered_json file = {{"path", report.path}, {"languages", report.languages}};
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& finding : report.findings) {
      nlohmann::ordered_json item = {{"rule", finding.rule},
                                     {"severity", SeverityName(finding.severity)},
                                     {"message", finding.message},
                                     {"text", finding.text},
                                     {"start", Position(finding.begin, finding.start)},
                                     {"end", Position(finding.end, finding.stop)}};
      if (finding.document_scope) item["scope"] = "document";
      findings.push_back(std::move(item));
    }
    file["findings"] = std::move(findings);
    if (!report.warnings.empty()) file["warnings"] = report.warnings;
    if (!report.error.empty()) file["error"] = report.error;
    files_.push_back(std::move(file));
  }

  void End(std::ostream& out) override {
    const nlohmann::ordered_json root = {{"tool", {{"name", "draftlint"}, {"version", version_}}},
                                         {"files", files_}};
    // Invalid UTF-8 in a draft's text is replaced, never a reason to fail the whole report.
    out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }

 private:
  std::string version_;
  nlohmann::ordered_json files_ = nlohmann::ordered_json::array();
};

}  // namespace

std::unique_ptr<Formatter> MakeJsonFormatter(const FormatOptions& options) {
  return std::make_unique<JsonFormatter>(options);
}

}  // namespace draftlint
