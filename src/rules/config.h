// A project's .draftlint.yaml: languages, mode, phone region, competitors, the company's own
// names, domains and lines, and per-rule severities. SPEC.md fixes the keys; anything else is
// a LoadError naming file and line.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/glob.h"
#include "rules/pack.h"
#include "segment/language.h"

namespace draftlint {

struct CompetitorName {
  std::string name;
  bool match_case = false;
};

struct RuleSetting {
  std::optional<Severity> severity;  // nullopt: off
  int line = 0;
};

// Rule settings for the files some globs match: "rules turned off in legacy/**".
struct ConfigOverride {
  std::vector<Glob> files;
  std::map<std::string, RuleSetting> rules;
  // Which files a walked folder lints: globs relative to the config's folder. An empty
  // include list means the draft-like extensions.
  std::vector<Glob> include;
  std::vector<Glob> exclude;
  std::vector<ConfigOverride> overrides;

  // The folder the config's globs are relative to (the current one for built-in defaults).
  std::filesystem::path path_base() const;
  // path relative to the config's folder, '/'-separated ("" when outside it).
  std::string Relative(const std::filesystem::path& path) const;
  // Whether a file found by walking is linted; is_draft says whether its extension is a
  // draft's, for when no include globs are set.
  bool Includes(const std::filesystem::path& path, bool is_draft) const;
  // The rule settings for a file: the config's, overridden by each matching override.
  std::map<std::string, RuleSetting> RulesFor(const std::filesystem::path& path) const;
};

struct Config {
  std::filesystem::path path;       // empty for the built-in defaults
  std::vector<Language> languages;  // empty: detect
  Mode mode = Mode::kDraft;
  std::string region;  // "" : from each paragraph's language
  std::vector<CompetitorName> competitors;
  std::vector<std::string> company_names;
  std::vector<std::string> company_domains;  // lower-cased
  std::vector<std::string> company_phones;   // as written
  std::map<std::string, RuleSetting> rules;
  // Which files a walked folder lints: globs relative to the config's folder. An empty
  // include list means the draft-like extensions.
  std::vector<Glob> include;
  std::vector<Glob> exclude;
  std::vector<ConfigOverride> overrides;

  // The folder the config's globs are relative to (the current one for built-in defaults).
  std::filesystem::path path_base() const;
  // path relative to the config's folder, '/'-separated ("" when outside it).
  std::string Relative(const std::filesystem::path& path) const;
  // Whether a file found by walking is linted; is_draft says whether its extension is a
  // draft's, for when no include globs are set.
  bool Includes(const std::filesystem::path& path, bool is_draft) const;
  // The rule settings for a file: the config's, overridden by each matching override.
  std::map<std::string, RuleSetting> RulesFor(const std::filesystem::path& path) const;
};

Config LoadConfig(const std::filesystem::path& path);

// Throws a LoadError for a rule id in config.rules that no pack defines.
void CheckRuleIds(const Config& config, const std::vector<const Pack*>& packs);

}  // namespace draftlint
