// --format sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Columns are
// declared as Unicode code points, the unit draftlint counts in; regions also carry exact
// byte offsets.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

#include "report/formatters.h"
#include "report/json_array_stream.h"
#include "report/rule_docs.h"

namespace draftlint {
namespace {

const char* Level(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

// A path as a URI reference: every byte but unreserved characters and '/' percent-encoded.
// Absolute paths become file: URIs.
std::string PathUri(std::string_view path) {
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

class SarifFormatter : public Formatter {
 public:
  explicit SarifFormatter(const FormatOptions& options)
      : root_(Root(options)),
        results_(Document(options, root_),
                 nlohmann::ordered_json::json_pointer("/runs/0/results")) {
    for (size_t k = 0; k < options.rules.size(); ++k)
      index_[options.rules[k].id] = static_cast<int>(k);
  }

  // GitHub code scanning wants paths relative to the repository's root.
  nlohmann::ordered_json Artifact(const std::string& path) const {
    std::error_code error;
    const auto absolute = std::filesystem::absolute(path, error).lexically_normal();
    const auto relative = absolute.lexically_relative(root_);
    if (relative.empty() || relative.generic_string().rfind("..", 0) == 0) {
      return {{"uri", PathUri(absolute.generic_string())}};
    }
    return {{"uri", PathUri(relative.generic_string())}, {"uriBaseId", "%SRCROOT%"}};
  }

  void File(const FileReport& report, std::ostream& out) override {
    for (const Finding& finding : report.findings) {
      nlohmann::ordered_json region = {
          {"startLine", finding.start.line}, {"startColumn", finding.start.column},
          {"endLine", finding.stop.line},    {"endColumn", finding.stop.column},
          {"byteOffset", finding.begin},     {"byteLength", finding.end - finding.begin}};
      nlohmann::ordered_json location = {
          {"physicalLocation", {{"artifactLocation", Artifact(report.path)}, {"region", region}}}};
      nlohmann::ordered_json result = {
          {"ruleId", finding.rule},
          {"level", Level(finding.severity)},
          {"message", {{"text", finding.message}}},
          {"locations", nlohmann::ordered_json::array({location})},
          {"partialFingerprints", {{"draftlintSpan/v1", finding.rule + ":" + finding.text}}}};
      const auto it = index_.find(finding.rule);
      if (it != index_.end()) result["ruleIndex"] = it->second;
      results_.Add(result, out);
    }
  }

  void End(std::ostream& out) override { results_.End(out); }

 private:
  static std::filesystem::path Root(const FormatOptions& options) {
    std::error_code error;
    return options.root.empty() ? std::filesystem::current_path(error)
                                : std::filesystem::path(options.root);
  }

  // The whole log but its results.
  static nlohmann::ordered_json Document(const FormatOptions& options,
                                         const std::filesystem::path& root) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleInfo& rule : options.rules) {
      const std::string full = rule.description.empty() ? rule.summary : rule.description;
      const std::string why = rule.rationale.empty() ? "" : "\n\nWhy it matters: " + rule.rationale;
      const std::string more =
          "\n\nMore: draftlint explain " + rule.id + ", or " + RuleDocUrl(rule.id);
      rules.push_back(
          {{"id", rule.id},
           {"name", rule.id},
           {"shortDescription", {{"text", rule.summary}}},
           {"fullDescription", {{"text", full}}},
           {"helpUri", RuleDocUrl(rule.id)},
           {"help",
            {{"text", full + why + more},
             {"markdown",
              "**" + rule.summary + "**\n\n" + full +
                  (rule.rationale.empty() ? "" : "\n\n*Why it matters:* " + rule.rationale) +
                  "\n\n[More](" + RuleDocUrl(rule.id) + ") or `draftlint explain " + rule.id +
                  "`"}}},
           {"defaultConfiguration", {{"level", Level(rule.severity)}, {"enabled", rule.enabled}}},
           {"properties", {{"pack", rule.pack}, {"languages", rule.languages}}}});
    }
    const nlohmann::ordered_json driver = {
        {"name", "draftlint"},
        {"version", options.tool_version},
        {"semanticVersion", options.tool_version},
        {"informationUri", "https://github.com/draftlint/draftlint"},
        {"rules", rules}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", nlohmann::ordered_json::array(
                         {{{"tool", {{"driver", driver}}},
                           {"originalUriBaseIds",
                            {{"%SRCROOT%", {{"uri", PathUri(root.generic_string() + "/")}}}}},
                           {"columnKind", "unicodeCodePoints"}}})}};
  }

  const std::filesystem::path root_;
  std::map<std::string, int> index_;
  JsonArrayStream results_;
};

}  // namespace

std::unique_ptr<Formatter> MakeSarifFormatter(const FormatOptions& options) {
  return std::make_unique<SarifFormatter>(options);
}

}  // namespace draftlint
