// Where the shipped rule packs and lexicons are: $DRAFTLINT_DATA_DIR, else installed beside
// the binary (<prefix>/share/draftlint), else the source tree the binary was built in (run
// from build/).
#pragma once

#include <filesystem>
#include <optional>

namespace draftlint {

std::optional<std::filesystem::path> FindDataDir();

}  // namespace draftlint
