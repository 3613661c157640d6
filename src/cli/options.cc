#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "report/formatter.h"

#ifndef DRAFTLINT_VERSION
#error "DRAFTLINT_VERSION must be defined by the build"
#endif

namespace draftlint {

int ParseOptions(int argc, char** argv, Options* options) {
  CLI::App app{
      "draftlint checks draft messages before they are sent. Its default rule pack, "
      "'departure', checks the note an employee sends clients when leaving the company.",
      "draftlint"};
  app.set_version_flag("--version", std::string("draftlint ") + DRAFTLINT_VERSION);
  app.footer("Language server (LSP 3.17 on stdin/stdout): draftlint lsp [--pack FILE]");
  app.add_option("paths", options->paths, "Files or directories to lint; '-' or none reads stdin");
  app.add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember(FormatterNames()))
      ->default_str("text");
  app.add_option("--config", options->config,
                 "Use this config; otherwise the nearest .draftlint.yaml above each file")
      ->check(CLI::ExistingFile);
  app.add_option("--pack", options->pack,
                 "Use this rule pack instead of the shipped 'departure' pack")
      ->check(CLI::ExistingFile);
  app.add_option("--lang", options->lang,
                 "auto, or languages to check: en,pt,hu,zh-Hant,zh-Hans,es,de,fr,ja")
      ->default_str("auto");
  app.add_option("--mode", options->mode, "draft, or template: placeholders are expected")
      ->check(CLI::IsMember({"draft", "template"}));
  app.add_option("--fail-on", options->fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->default_str("warning");
  app.add_option("--stdin-filename", options->stdin_filename, "The name reported for stdin input");
  app.add_option("-j,--jobs", options->jobs, "Threads for linting many files (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--color", options->color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_str("auto");
  app.add_option("--max-size", options->max_size, "Skip files larger than this many bytes")
      ->default_str(std::to_string(options->max_size));
  app.add_flag("--list-rules", options->list_rules, "List every loaded rule and exit");
  app.add_option(
         "--baseline", options->baseline,
         "Report only findings not in this earlier JSON report (matched by file, rule and text)")
      ->check(CLI::ExistingFile);
  app.add_option("--write-baseline", options->write_baseline,
                 "Write this run's findings as a baseline (JSON)");
  app.add_option("--changed-since", options->changed_since,
                 "Lint only files changed since this git ref");
  app.add_flag(
      "--changed-lines", options->changed_lines,
      "With --changed-since: report only findings on changed lines (document rules still judge the "
      "whole draft)");
  app.add_flag("--show-signals", options->show_signals,
               "Print every signal hit (successor, date, markers...) to stderr, for pack authors");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, std::cout, std::cerr);
    return code == 0 ? 0 : 2;
  }
  return -1;
}

}  // namespace draftlint
