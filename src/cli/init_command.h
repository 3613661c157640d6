// `draftlint init`: writes a commented .draftlint.yaml for the current folder. It asks
// nothing; it guesses the company's e-mail domain from `git config user.email` (unless that
// is a free-mail address) and leaves the competitors list empty for the team to fill.
#pragma once

#include <ostream>
#include <string>

#include "cli/options.h"

namespace draftlint {

int RunInit(const Options& options, std::ostream& out, std::ostream& err);

// The file's text, with the domain guessed ("" for none).
std::string InitialConfig(const std::string& domain);

}  // namespace draftlint
