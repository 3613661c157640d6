#include "cli/data_dir.h"

#include <cstdlib>
#include <system_error>

#ifndef DRAFTLINT_SOURCE_DIR
#error "DRAFTLINT_SOURCE_DIR must be defined by the build"
#endif

namespace draftlint {
namespace {

bool HasPacks(const std::filesystem::path& dir) {
  std::error_code error;
  return std::filesystem::exists(dir / "rules" / "departure.yaml", error);
}

}  // namespace

std::optional<std::filesystem::path> FindDataDir() {
  if (const char* env = std::getenv("DRAFTLINT_DATA_DIR"); env && *env) {
    return HasPacks(env) ? std::optional<std::filesystem::path>(env) : std::nullopt;
  }
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto bin = exe.parent_path();
    for (const auto& candidate : {bin.parent_path() / "share" / "draftlint", bin.parent_path()}) {
      if (HasPacks(candidate)) return candidate;
    }
  }
  if (HasPacks(DRAFTLINT_SOURCE_DIR)) return std::filesystem::path(DRAFTLINT_SOURCE_DIR);
  return std::nullopt;
}

}  // namespace draftlint
