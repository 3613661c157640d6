// Fuzzes the engine with the shipped departure pack: any bytes, read as plain text, Markdown,
// HTML or a template (the first byte chooses), give findings whose spans lie inside the text,
// in order, and never a crash; every output format prints them, and the JSON ones print
// JSON a parser reads back.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "report/formatter.h"
#include "rules/compiled_pack.h"
#include "rules/config.h"
#include "rules/engine.h"
#include "rules/yaml_reader.h"

using namespace draftlint;

namespace {

const Engine& DepartureEngine() {
  static const Engine* engine = [] {
    auto pack = std::make_shared<const Pack>(
        LoadPack(std::string(DRAFTLINT_SOURCE_DIR) + "/rules/departure.yaml"));
    Config config =
        LoadConfig(std::string(DRAFTLINT_SOURCE_DIR) + "/rules/examples/departure.draftlint.yaml");
    return new Engine(std::make_shared<CompiledPack>(pack, std::move(config)));
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.j2"};
  const std::string name = kNames[data[0] % 4];
  auto document = std::make_shared<const Document>(
      name, std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  if (document->is_binary()) return 0;
  try {
    const FileReport report = DepartureEngine().Lint(document);
    size_t previous = 0;
    for (const Finding& finding : report.findings) {
      if (finding.begin > finding.end || finding.end > document->size()) std::abort();
      if (finding.begin < previous) std::abort();
      previous = finding.begin;
    }
    static const FormatOptions options = [] {
      FormatOptions options;
      options.tool_version = "fuzz";
      options.rules = DepartureEngine().Rules();
      return options;
    }();
    for (const std::string& format : FormatterNames()) {
      const auto formatter = MakeFormatter(format, options);
      std::ostringstream out;
      formatter->File(report, out);
      formatter->End(out);
      if ((format == "json" || format == "sarif" || format == "gitlab") &&
          !nlohmann::json::accept(out.str())) {
        std::abort();
      }
    }
  } catch (const LoadError&) {
    std::abort();  // the shipped pack is sound: no draft may make it fail
  }
  return 0;
}
