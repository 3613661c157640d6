#include "cli/test_pack_command.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "match/parallel_for.h"
#include "report/terminal_text.h"
#include "rules/pack_tester.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

// The packs a path names: the file itself, or the .yaml files directly in a folder.
std::vector<std::filesystem::path> PackFiles(const std::filesystem::path& path) {
  if (!std::filesystem::is_directory(path)) return {path};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// An example's text on one line, shortened.
std::string Quote(const std::string& text) {
  std::string line;
  for (char c : text) line += c == '\n' ? std::string(" / ") : std::string(1, c);
  if (line.size() > 70) {
    size_t cut = 67;
    while (cut > 0 && U8_IS_TRAIL(line[cut])) --cut;
    line = line.substr(0, cut) + "...";
  }
  return "\"" + TerminalSafe(line) + "\"";
}

}  // namespace

int RunTestPack(const Options& options, std::ostream& out, std::ostream& err) {
  // Packs are checked one after another: the other cores may compile their entries.
  SetSpareThreads(MachineCores() - 1);
  size_t packs = 0, examples = 0, failed = 0, errors = 0, warnings = 0;
  bool unloadable = false;
  for (const std::string& path : options.pack_paths) {
    for (const std::filesystem::path& file : PackFiles(path)) {
      PackTestReport report;
      std::shared_ptr<const Pack> pack;
      try {
        pack = std::make_shared<const Pack>(LoadPack(file));
        report = TestPack(pack);
      } catch (const LoadError& e) {
        err << "draftlint: " << e.what() << '\n';
        unloadable = true;
        continue;
      }
      ++packs;
      out << file.string() << '\n';
      // Per rule: ok with its count, or each failing example.
      std::map<const Rule*, std::vector<const ExampleResult*>> by_rule;
      for (const ExampleResult& result : report.results) by_rule[result.rule].push_back(&result);
      for (const Rule& rule : pack->rules) {
        const auto& results = by_rule[&rule];
        const size_t bad = std::count_if(results.begin(), results.end(),
                                         [](const ExampleResult* r) { return !r->passed; });
        out << (bad ? "  FAIL " : "  ok   ") << rule.id << " (" << results.size()
            << (results.size() == 1 ? " example" : " examples") << ")\n";
        for (const ExampleResult* result : results) {
          if (result->passed) continue;
          const Example& example = *result->example;
          out << "       " << file.string() << ':' << example.line << ": "
              << (example.fire ? "should fire" : "should pass") << ' ' << Quote(example.text)
              << ": " << TerminalSafe(result->detail) << '\n';
        }
      }
      for (const PackProblem& problem : report.errors) {
        out << "  error: " << (problem.where.empty() ? "" : problem.where + ": ")
            << TerminalSafe(problem.what) << '\n';
      }
      for (const PackProblem& problem : report.warnings) {
        out << "  warning: " << problem.where << ": " << TerminalSafe(problem.what) << '\n';
      }
      out << "  " << report.results.size() << " examples, " << report.failed() << " failed; "
          << report.errors.size() << " errors, " << report.warnings.size() << " warnings\n\n";
      examples += report.results.size();
      failed += report.failed();
      errors += report.errors.size();
      warnings += report.warnings.size();
    }
  }
  out << packs << (packs == 1 ? " pack: " : " packs: ") << examples << " examples, " << failed
      << " failed; " << errors << " errors, " << warnings << " warnings.\n";
  if (unloadable) return 2;
  return failed || errors || (options.strict && warnings) ? 1 : 0;
}

}  // namespace draftlint
