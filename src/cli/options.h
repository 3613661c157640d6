// The command line, as SPEC.md fixes it, parsed by CLI11.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace draftlint {

struct Options {
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
};

// Parses argv. Returns an exit code to stop with (0 after --help or --version, 2 on a usage
// error, with the message printed), or -1 to go on.
int ParseOptions(int argc, char** argv, Options* options);

}  // namespace draftlint
