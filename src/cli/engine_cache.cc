#include "cli/engine_cache.h"

#include <system_error>

#include "cli/file_walker.h"
#include "rules/config.h"
#include "rules/yaml_reader.h"

namespace draftlint {

EngineCache::EngineCache(std::shared_ptr<const Pack> pack, ConfigOverrides overrides,
                         std::optional<std::filesystem::path> explicit_config, Stages stages,
                         std::shared_ptr<const DiskCache> cache)
    : pack_(std::move(pack)),
      overrides_(std::move(overrides)),
      explicit_config_(std::move(explicit_config)),
      stages_(stages),
      cache_(std::move(cache)) {}

std::optional<std::filesystem::path> EngineCache::NearestConfig(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::path current = std::filesystem::absolute(dir, error);
  if (error) return std::nullopt;
  std::vector<std::string> visited;
  std::optional<std::filesystem::path> found;
  while (true) {
    const std::string key = current.string();
    const auto cached = nearest_.find(key);
    if (cached != nearest_.end()) {
      found = cached->second;
      break;
    }
    visited.push_back(key);
    const auto candidate = current / ".draftlint.yaml";
    if (std::filesystem::is_regular_file(candidate, error)) {
      found = candidate;
      break;
    }
    if (!current.has_parent_path() || current.parent_path() == current) break;
    current = current.parent_path();
  }
  for (const std::string& key : visited) nearest_[key] = found;
  return found;
}

std::shared_ptr<const Engine> EngineCache::Build(
    const std::optional<std::filesystem::path>& config_path) {
  Config config = config_path ? LoadConfig(*config_path) : Config{};
  CheckRuleIds(config, {pack_.get()});
  if (overrides_.languages) config.languages = *overrides_.languages;
  if (overrides_.mode) config.mode = *overrides_.mode;
  return std::make_shared<Engine>(std::make_shared<CompiledPack>(pack_, std::move(config), cache_),
                                  stages_);
}

void EngineCache::Warm(const std::filesystem::path& dir) {
  try {
    For(dir)->Warm();
  } catch (...) {
    // For reports it when the file is linted.
  }
}

std::filesystem::path EngineCache::FolderOf(const std::filesystem::path& file) {
  const auto parent = file.parent_path();
  return parent.empty() ? "." : parent;
}

bool EngineCache::Includes(const std::filesystem::path& file) {
  try {
    return For(FolderOf(file))->pack().config().Includes(file, IsDraftFile(file));
  } catch (const LoadError&) {
    return IsDraftFile(file);
  }
}

std::shared_ptr<const Engine> EngineCache::For(const std::filesystem::path& dir) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto config = explicit_config_ ? explicit_config_ : NearestConfig(dir);
  const std::string key = config ? config->string() : "";
  if (const auto error = errors_.find(key); error != errors_.end()) throw LoadError(error->second);
  auto& engine = engines_[key];
  if (!engine) {
    try {
      engine = Build(config);
    } catch (const LoadError& e) {
      engines_.erase(key);
      errors_[key] = e.what();
      throw;
    }
  }
  return engine;
}

}  // namespace draftlint
