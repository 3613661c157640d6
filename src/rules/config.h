// A project's .draftlint.yaml: languages, mode, phone region, competitors, the company's own
// names, domains and lines, and per-rule severities. SPEC.md fixes the keys; anything else is
// a LoadError naming file and line.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

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

struct Config {
  std::filesystem::path path;        // empty for the built-in defaults
  std::vector<Language> languages;   // empty: detect
  Mode mode = Mode::kDraft;
  std::string region;                // "" : from each paragraph's language
  std::vector<CompetitorName> competitors;
  std::vector<std::string> company_names;
  std::vector<std::string> company_domains;  // lower-cased
  std::vector<std::string> company_phones;   // as written
  std::map<std::string, RuleSetting> rules;
};

Config LoadConfig(const std::filesystem::path& path);

// Throws a LoadError for a rule id in config.rules that no pack defines.
void CheckRuleIds(const Config& config, const std::vector<const Pack*>& packs);

}  // namespace draftlint
