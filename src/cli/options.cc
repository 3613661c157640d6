#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "report/formatter.h"

#ifndef DRAFTLINT_VERSION
#error "DRAFTLINT_VERSION must be defined by the build"
#endif

namespace draftlint {

std::unique_ptr<CLI::App> MakeParser(Options* options) {
  auto parser = std::make_unique<CLI::App>(
      "draftlint checks draft messages before they are sent. Its default rule pack, "
      "'departure', checks the note an employee sends clients when leaving the company.",
      "draftlint");
  CLI::App& app = *parser;
  app.set_version_flag("--version", std::string("draftlint ") + DRAFTLINT_VERSION);
  app.footer(
      "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 a usage, config, pack "
      "or I/O error.\nRule documentation: draftlint explain RULE, or docs/rules/RULE.md.");
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
  app.add_flag("--no-progress", options->no_progress,
               "Never show the progress line (shown only on a terminal, never in CI)");
  app.add_flag("--no-cache", options->no_cache,
               "Neither read nor write the cache of parsed packs and translated word lists (in "
               "$DRAFTLINT_CACHE_DIR, else $XDG_CACHE_HOME/draftlint or ~/.cache/draftlint)");
  // For tools/bench only, so hidden from --help: findings are wrong with a stage off.
  app.add_option("--skip-stages", options->skip_stages,
                 "Switch off these stages (language,lexicons,phones,rules), to measure them")
      ->group("");

  auto command = [options](CLI::App* sub, Command which) {
    sub->preparse_callback([options, which](size_t) { options->command = which; });
  };
  CLI::App* lsp =
      app.add_subcommand("lsp", "Run the language server on stdin and stdout (LSP 3.17)");
  lsp->add_option("--pack", options->pack, "Use this rule pack")->check(CLI::ExistingFile);
  lsp->add_flag("--stdio", options->stdio,
                "Talk on stdin and stdout (the only transport; for editors that pass it)");
  command(lsp, Command::kLsp);

  CLI::App* explain = app.add_subcommand(
      "explain", "Explain a rule: what it catches, why, examples, how to configure or silence it");
  explain->add_option("rule", options->rule, "The rule's id (see --list-rules)")->required();
  explain->add_option("--pack", options->pack, "Look the rule up in this pack")
      ->check(CLI::ExistingFile);
  command(explain, Command::kExplain);

  CLI::App* test_pack = app.add_subcommand(
      "test-pack", "Check rule packs against their examples, and report what can never fire");
  test_pack->add_option("paths", options->pack_paths, "Pack files, or folders of them")
      ->required()
      ->check(CLI::ExistingPath);
  test_pack->add_flag("--strict", options->strict, "Fail on warnings too");
  command(test_pack, Command::kTestPack);

  CLI::App* init = app.add_subcommand(
      "init", "Write a commented .draftlint.yaml for the current folder (asks nothing)");
  init->add_flag("--force", options->force, "Overwrite an existing .draftlint.yaml");
  command(init, Command::kInit);

  CLI::App* completions =
      app.add_subcommand("completions", "Print a shell completion script (bash, zsh or fish)");
  completions->add_option("shell", options->shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command(completions, Command::kCompletions);

  app.require_subcommand(0, 1);
  return parser;
}

int ParseOptions(CLI::App& parser, int argc, char** argv) {
  try {
    parser.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = parser.exit(e, std::cout, std::cerr);
    return code == 0 ? 0 : 2;
  }
  return -1;
}

}  // namespace draftlint
