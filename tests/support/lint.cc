#include "support/lint.h"

#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>

#include "rules/engine.h"
#include "support/process.h"

namespace draftlint::testing {

std::ostream& operator<<(std::ostream& out, const Span& span) {
  return out << span.rule << " [" << span.begin << "," << span.end << ") \"" << span.text << "\"";
}

namespace {

std::shared_ptr<const Pack> DeparturePack() {
  static auto pack = std::make_shared<const Pack>(
      LoadPack(std::filesystem::path(SourceDir()) / "rules" / "departure.yaml"));
  return pack;
}

}  // namespace

FileReport Lint(const std::string& text, const std::string& config_yaml) {
  Config config;
  if (!config_yaml.empty()) {
    const std::string path = ScratchDir() + "/.draftlint.yaml";
    WriteFile(path, config_yaml);
    config = LoadConfig(path);
  }
  Engine engine(std::make_shared<CompiledPack>(DeparturePack(), std::move(config)));
  return engine.Lint(std::make_shared<const Document>("draft.txt", text));
}

std::vector<Span> SpansOf(const FileReport& report, const std::string& rule) {
  std::vector<Span> spans;
  for (const Finding& finding : report.findings) {
    if (finding.rule == rule && !finding.document_scope) {
      spans.push_back({finding.rule, finding.begin, finding.end, finding.text});
    }
  }
  return spans;
}

bool Fires(const FileReport& report, const std::string& rule) {
  for (const Finding& finding : report.findings) {
    if (finding.rule == rule) return true;
  }
  return false;
}

Span At(const std::string& rule, const std::string& text, const std::string& needle, int nth) {
  size_t at = std::string::npos;
  size_t from = 0;
  for (int k = 0; k < nth; ++k) {
    at = text.find(needle, from);
    if (at == std::string::npos) throw std::invalid_argument("'" + needle + "' not in the text");
    from = at + needle.size();
  }
  return {rule, at, at + needle.size(), needle};
}

}  // namespace draftlint::testing
