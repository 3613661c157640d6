// One compiled engine per config file, shared by all threads. Each file's config is the
// nearest .draftlint.yaml in its folder or above (or the one --config names); the command
// line's --lang and --mode override what it says.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "rules/disk_cache.h"
#include "rules/engine.h"
#include "rules/pack.h"

namespace draftlint {

struct ConfigOverrides {
  std::optional<std::vector<Language>> languages;
  std::optional<Mode> mode;
};

class EngineCache {
 public:
  // cache (may be null): where each engine's pack keeps what it translated (CompiledPack).
  EngineCache(std::shared_ptr<const Pack> pack, ConfigOverrides overrides,
              std::optional<std::filesystem::path> explicit_config, Stages stages = {},
              std::shared_ptr<const DiskCache> cache = nullptr);

  // The engine for a file in folder dir. Throws LoadError when its config is bad.
  std::shared_ptr<const Engine> For(const std::filesystem::path& dir);

  // Builds the engine for a file in folder dir and has it compile what every draft needs
  // (Engine::Warm: RE2 takes some 2.5 ms), so that a caller with a core to spare can have it
  // ready by the time a file is read and its languages told apart. Errors are left for For
  // to report.
  void Warm(const std::filesystem::path& dir);

  // The folder whose config a file is linted under: its own, "." for a bare name.
  static std::filesystem::path FolderOf(const std::filesystem::path& file);

  // Whether a file found by walking is linted, by its config's include and exclude globs.
  // A file under a bad config is included, so that its error is reported.
  bool Includes(const std::filesystem::path& file);

 private:
  std::optional<std::filesystem::path> NearestConfig(const std::filesystem::path& dir);
  std::shared_ptr<const Engine> Build(const std::optional<std::filesystem::path>& config_path);

  std::shared_ptr<const Pack> pack_;
  ConfigOverrides overrides_;
  std::optional<std::filesystem::path> explicit_config_;
  Stages stages_;
  std::shared_ptr<const DiskCache> cache_;
  std::mutex mutex_;
  std::map<std::string, std::optional<std::filesystem::path>> nearest_;  // folder -> config
  std::map<std::string, std::shared_ptr<const Engine>> engines_;         // config ("" = none)
  std::map<std::string, std::string> errors_;                            // config -> error
};

}  // namespace draftlint
