// `draftlint test-pack PATH...`: checks packs against their examples and reports like a test
// runner; exit 1 when an example fails or an entry does not compile (or, with --strict,
// when something can never fire), 2 when a pack does not load.
#pragma once

#include <ostream>

#include "cli/options.h"

namespace draftlint {

int RunTestPack(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace draftlint
