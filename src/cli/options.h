// The command line, as SPEC.md fixes it, parsed by CLI11: linting (the default) and the
// subcommands lsp, explain, test-pack, init and completions.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace draftlint {

enum class Command { kLint, kLsp, kExplain, kTestPack, kInit, kCompletions };

struct Options {
  Command command = Command::kLint;
  std::vector<std::string> paths;  // empty or "-": stdin
  std::string format = "text";
  std::string config;  // --config; empty: discover .draftlint.yaml
  std::string pack;    // --pack; empty: the shipped departure pack
  std::string lang = "auto";
  std::string mode;  // empty: from the config
  std::string fail_on = "warning";
  std::string stdin_filename;
  std::string color = "auto";
  int jobs = 0;  // 0: all cores
  uint64_t max_size = 64ull << 20;
  bool list_rules = false;
  bool show_signals = false;
  std::string baseline;        // --baseline: forgive the findings of this earlier JSON report
  std::string write_baseline;  // --write-baseline: write this run's findings there
  std::string changed_since;   // --changed-since: lint only files changed since this git ref
  bool changed_lines = false;  // --changed-lines: ... and report only findings on changed lines
  bool no_progress = false;    // --no-progress: never show the progress line
  bool no_cache = false;       // --no-cache: neither read nor write the cache on disk
  std::string skip_stages;     // --skip-stages (hidden): stages switched off, for tools/bench

  bool stdio = true;                    // lsp --stdio: the only transport; editors pass it
  std::string rule;                     // explain RULE
  std::vector<std::string> pack_paths;  // test-pack PATH...
  bool strict = false;                  // test-pack --strict: warnings fail too
  bool force = false;                   // init --force: overwrite .draftlint.yaml
  std::string shell;                    // completions SHELL
};

// The parser, which fills *options as it parses; completions and the man page are made from
// it, so they never drift from the options.
std::unique_ptr<CLI::App> MakeParser(Options* options);

// Parses argv. Returns an exit code to stop with (0 after --help or --version, 2 on a usage
// error, with the message printed), or -1 to go on.
int ParseOptions(CLI::App& parser, int argc, char** argv);

}  // namespace draftlint
