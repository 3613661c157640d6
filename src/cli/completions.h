// `draftlint completions bash|zsh|fish`: a completion script made from the parser itself, so
// that every option, subcommand and choice the command line accepts completes, and nothing
// else. The package installs the three scripts.
#pragma once

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>

namespace draftlint {

int PrintCompletions(const CLI::App& parser, const std::string& shell, std::ostream& out);

}  // namespace draftlint
