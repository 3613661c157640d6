#include "cli/app.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/baseline.h"
#include "cli/engine_cache.h"
#include "cli/file_walker.h"
#include "cli/git_changes.h"
#include "cli/lint_runner.h"
#include "cli/options.h"
#include "cli/pack_option.h"
#include "cli/progress.h"
#include "cli/subprocess.h"
#include "match/parallel_for.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

bool UseColor(const std::string& setting) {
  if (setting == "always") return true;
  if (setting == "never") return false;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") &&
         !(term && std::string(term) == "dumb");
}

std::optional<std::vector<Language>> ParseLanguageList(const std::string& list) {
  if (list == "auto") return std::nullopt;
  std::vector<Language> languages;
  std::stringstream stream(list);
  std::string code;
  while (std::getline(stream, code, ',')) {
    const auto language = ParseLanguage(code);
    if (!language) throw std::invalid_argument("--lang: unknown language '" + code + "'");
    languages.push_back(*language);
  }
  return languages;
}

void ListRules(const std::vector<RuleInfo>& rules, const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const RuleInfo& rule : rules) {
      list.push_back({{"id", rule.id},
                      {"pack", rule.pack},
                      {"severity", rule.enabled ? std::string(SeverityName(rule.severity)) : "off"},
                      {"languages", rule.languages},
                      {"description", rule.summary}});
    }
    out << list.dump(2) << '\n';
    return;
  }
  // Columns as wide as their widest cell.
  std::vector<std::array<std::string, 5>> rows = {
      {"RULE", "PACK", "SEVERITY", "LANGUAGES", "DESCRIPTION"}};
  for (const RuleInfo& rule : rules) {
    std::string languages;
    for (const std::string& code : rule.languages)
      languages += (languages.empty() ? "" : ",") + code;
    rows.push_back({rule.id, rule.pack,
                    rule.enabled ? std::string(SeverityName(rule.severity)) : "off",
                    languages.empty() ? "-" : languages, rule.summary});
  }
  std::array<size_t, 5> widths{};
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  for (const auto& row : rows) {
    for (size_t c = 0; c + 1 < row.size(); ++c)
      out << std::left << std::setw(static_cast<int>(widths[c] + 2)) << row[c];
    out << row.back() << '\n';
  }
}

}  // namespace

int RunLint(const Options& options) {
  ConfigOverrides overrides;
  try {
    overrides.languages = ParseLanguageList(options.lang);
  } catch (const std::invalid_argument& e) {
    std::cerr << "draftlint: " << e.what() << '\n';
    return kExitError;
  }
  if (!options.mode.empty())
    overrides.mode = options.mode == "template" ? Mode::kTemplate : Mode::kDraft;
  Stages stages;
  try {
    stages = Stages::AllBut(options.skip_stages);
  } catch (const std::invalid_argument& e) {
    std::cerr << "draftlint: --skip-stages: " << e.what() << '\n';
    return kExitError;
  }

  const std::shared_ptr<const DiskCache> cache = options.no_cache ? nullptr : DiskCache::Default();
  const std::shared_ptr<const Pack> pack = LoadPackOption(options.pack, std::cerr, cache.get());
  if (!pack) return kExitError;

  std::optional<std::filesystem::path> explicit_config;
  if (!options.config.empty()) explicit_config = options.config;
  EngineCache engines(pack, overrides, explicit_config, stages, cache);

  if (options.list_rules) {
    try {
      ListRules(engines.For(".")->Rules(), options.format, std::cout);
    } catch (const LoadError& e) {
      std::cerr << "draftlint: " << e.what() << '\n';
      return kExitError;
    }
    return kExitClean;
  }

  const std::string stdin_name =
      options.stdin_filename.empty() ? "<stdin>" : options.stdin_filename;
  std::vector<Input> inputs =
      ExpandPaths(options.paths, stdin_name,
                  [&](const std::filesystem::path& file) { return engines.Includes(file); });
  // Fewer files than cores leave one idle while the first file is read and its languages told
  // apart: the patterns every draft runs are compiled on it meanwhile.
  const size_t jobs = options.jobs > 0 ? static_cast<size_t>(options.jobs) : MachineCores();
  std::jthread warm;
  if (!inputs.empty() && inputs.size() < std::min(jobs, MachineCores())) {
    warm = std::jthread(
        [&engines, dir = EngineCache::FolderOf(inputs.front().path)] { engines.Warm(dir); });
  }

  std::optional<GitChanges> changes;
  if (!options.changed_since.empty()) {
    std::string error;
    changes = GitChanges::Since(options.changed_since, &error);
    if (!changes) {
      std::cerr << "draftlint: " << error << '\n';
      return kExitError;
    }
    std::erase_if(inputs, [&](const Input& input) {
      return !input.is_stdin && !changes->ChangedFile(input.path);
    });
  } else if (options.changed_lines) {
    std::cerr << "draftlint: --changed-lines needs --changed-since REF\n";
    return kExitError;
  }

  FormatOptions format_options;
  format_options.color = UseColor(options.color);
  format_options.tool_version = DRAFTLINT_VERSION;
  // Only SARIF names the repository's root; asking git costs a process, a tenth of start-up.
  if (options.format == "sarif") {
    if (const auto top = RunAndRead({"git", "rev-parse", "--show-toplevel"})) {
      format_options.root = top->substr(0, top->find('\n'));
    }
  }
  try {
    format_options.rules = engines.For(".")->Rules();
  } catch (const LoadError&) {
    // A bad config in the current folder is reported with the files it applies to.
    format_options.rules = Engine(std::make_shared<CompiledPack>(pack, Config{})).Rules();
  }
  const auto formatter = MakeFormatter(options.format, format_options);

  RunOptions run;
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    try {
      baseline = Baseline::Load(options.baseline);
    } catch (const std::runtime_error& e) {
      std::cerr << "draftlint: " << e.what() << '\n';
      return kExitError;
    }
    run.filters.push_back([&](FileReport* report) { baseline->Forgive(report); });
  }
  if (changes && options.changed_lines) {
    run.filters.push_back([&](FileReport* report) {
      std::erase_if(report->findings, [&](const Finding& finding) {
        return !finding.document_scope && !changes->ChangedLine(report->path, finding.start.line);
      });
    });
  }
  // The baseline is written beside its place and moved there when whole: an old baseline, maybe
  // the one read above, stays as it was until then.
  std::unique_ptr<Formatter> baseline_writer;
  const std::string baseline_draft = options.write_baseline + ".draftlint-tmp";
  std::ofstream baseline_out;
  if (!options.write_baseline.empty()) {
    baseline_writer = MakeFormatter("json", format_options);
    baseline_out.open(baseline_draft, std::ios::binary);
    run.tee = [&](const FileReport& report) { baseline_writer->File(report, baseline_out); };
  }
  run.jobs = static_cast<int>(jobs);
  run.max_size = options.max_size;
  run.show_signals = options.show_signals;
  run.progress = ProgressWanted(!options.no_progress);
  std::ios::sync_with_stdio(false);
  const RunSummary summary = LintAll(inputs, engines, *formatter, run, std::cout, std::cerr);
  formatter->End(std::cout);
  std::cout.flush();
  if (baseline_writer) {
    baseline_writer->End(baseline_out);
    baseline_out.close();
    std::error_code error;
    if (baseline_out) std::filesystem::rename(baseline_draft, options.write_baseline, error);
    if (!baseline_out || error) {
      std::filesystem::remove(baseline_draft, error);
      std::cerr << "draftlint: " << options.write_baseline << ": cannot write the baseline\n";
      return kExitError;
    }
  }

  if (summary.had_errors) return kExitError;
  if (options.fail_on == "never" || !summary.worst) return kExitClean;
  return *summary.worst >= *ParseSeverity(options.fail_on) ? kExitFindings : kExitClean;
}

}  // namespace draftlint
