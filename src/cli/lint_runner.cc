#include "cli/lint_runner.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "cli/progress.h"
#include "match/parallel_for.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

// Reads the bytes of an input, or says why not.
bool ReadInput(const Input& input, uint64_t max_size, std::string* bytes, std::string* error) {
  if (input.is_stdin) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *bytes = buffer.str();
  } else {
    std::error_code code;
    const auto size = std::filesystem::file_size(input.path, code);
    if (code) {
      *error = "cannot read: " + code.message();
      return false;
    }
    if (size > max_size) {
      *error = "skipped: " + std::to_string(size) + " bytes is more than --max-size " +
               std::to_string(max_size);
      return false;
    }
    std::ifstream in(input.path, std::ios::binary);
    if (!in) {
      *error = "cannot read: permission denied or not a file";
      return false;
    }
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      *error = "cannot read: I/O error";
      return false;
    }
  }
  if (bytes->size() > max_size) {
    *error = "skipped: more than --max-size " + std::to_string(max_size) + " bytes";
    return false;
  }
  return true;
}

FileReport LintOne(const Input& input, EngineCache& engines, const RunOptions& options) {
  const uint64_t max_size = options.max_size;
  FileReport report;
  report.path = input.path;
  if (!input.error.empty()) {
    report.error = input.error;
    return report;
  }
  std::string bytes;
  if (!ReadInput(input, max_size, &bytes, &report.error)) return report;
  auto document = std::make_shared<const Document>(input.path, std::move(bytes));
  if (document->is_binary()) {
    report.error = "binary file (it contains a NUL byte), skipped";
    return report;
  }
  try {
    // Stdin's config is found from --stdin-filename's folder, or the current one.
    std::shared_ptr<const Engine> engine = engines.For(EngineCache::FolderOf(input.path));
    return engine->Lint(document, options.show_signals);
  } catch (const LoadError& e) {
    report.error = e.what();
    return report;
  }
}

}  // namespace

RunSummary LintAll(const std::vector<Input>& inputs, EngineCache& engines, Formatter& formatter,
                   const RunOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<std::optional<FileReport>> reports(inputs.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<size_t> next{0};

  auto work = [&] {
    for (size_t k = next++; k < inputs.size(); k = next++) {
      FileReport report = LintOne(inputs[k], engines, options);
      std::lock_guard<std::mutex> lock(mutex);
      reports[k] = std::move(report);
      ready.notify_all();
    }
  };
  // The calling thread prints in order while the pool lints, so a report is freed as soon as
  // the ones before it are out.
  const size_t threads =
      std::min<size_t>(std::max(options.jobs, 1), std::max<size_t>(inputs.size(), 1));
  // Fewer files than jobs leave cores idle: compiling a new language's entries may use them.
  // Jobs beyond the machine's cores are not cores.
  const size_t cores = std::min<size_t>(std::max(options.jobs, 1), MachineCores());
  SetSpareThreads(cores > threads ? cores - threads : 0);
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);

  RunSummary summary;
  std::map<std::string, std::set<std::string>> uncovered;  // said once per run
  ProgressLine progress(out, err, inputs.size(), options.progress);
  size_t findings = 0;
  for (size_t k = 0; k < inputs.size(); ++k) {
    std::unique_lock<std::mutex> lock(mutex);
    ready.wait(lock, [&] { return reports[k].has_value(); });
    FileReport report = std::move(*reports[k]);
    reports[k].reset();
    lock.unlock();
    progress.Erase();
    for (const std::string& warning : report.warnings)
      err << "draftlint: " << report.path << ": " << warning << '\n';
    for (const Finding& signal : report.signals) {
      err << report.path << ':' << signal.start.line << ':' << signal.start.column << ": signal "
          << signal.rule << ": " << signal.text
          << (signal.message.empty() ? "" : " [" + signal.message + "]") << '\n';
    }
    std::map<std::string, std::string> first_seen;
    for (const auto& [language, rule] : report.uncovered) {
      if (uncovered[language].insert(rule).second)
        first_seen[language] += (first_seen[language].empty() ? "" : ", ") + rule;
    }
    for (const auto& [language, rules] : first_seen) {
      err << "draftlint: note: " << report.path << ": no word lists in " << language << " for "
          << rules << "; " << language << " text is not checked for them\n";
    }
    if (!report.error.empty()) {
      summary.had_errors = true;
      err << "draftlint: " << report.path << ": " << report.error << '\n';
    }
    if (options.tee) options.tee(report);
    for (const auto& filter : options.filters) filter(&report);
    for (const Finding& finding : report.findings) {
      if (!summary.worst || finding.severity > *summary.worst) summary.worst = finding.severity;
    }
    formatter.File(report, out);
    findings += report.findings.size();
    progress.Update(k + 1, findings);
  }
  progress.Erase();
  for (std::thread& thread : pool) thread.join();
  return summary;
}

}  // namespace draftlint
