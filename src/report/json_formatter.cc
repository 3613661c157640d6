// --format json, exactly as SPEC.md shows it, written file by file.
#include <nlohmann/json.hpp>

#include "report/formatters.h"
#include "report/json_array_stream.h"

namespace draftlint {
namespace {

nlohmann::ordered_json Position(size_t offset, const LineColumn& position) {
  return {{"offset", offset}, {"line", position.line}, {"column", position.column}};
}

class JsonFormatter : public Formatter {
 public:
  explicit JsonFormatter(const FormatOptions& options)
      : files_({{"tool", {{"name", "draftlint"}, {"version", options.tool_version}}}},
               nlohmann::ordered_json::json_pointer("/files")) {}

  void File(const FileReport& report, std::ostream& out) override {
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
    files_.Add(file, out);
  }

  void End(std::ostream& out) override { files_.End(out); }

 private:
  JsonArrayStream files_;
};

}  // namespace

std::unique_ptr<Formatter> MakeJsonFormatter(const FormatOptions& options) {
  return std::make_unique<JsonFormatter>(options);
}

}  // namespace draftlint
