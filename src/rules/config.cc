#include "rules/config.h"

#include <algorithm>

#include "match/lexicon.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

Mode ReadMode(const YamlReader& yaml, const YAML::Node& node) {
  const std::string mode = yaml.String(node, "mode");
  if (mode == "draft") return Mode::kDraft;
  if (mode == "template") return Mode::kTemplate;
  yaml.Fail(node, "mode must be draft or template, not '" + mode + "'");
}

std::vector<Language> ReadLanguages(const YamlReader& yaml, const YAML::Node& node) {
  std::vector<Language> languages;
  for (const std::string& code : yaml.Strings(node, "language")) {
    if (code == "auto") {
      if (node.IsSequence()) yaml.Fail(node, "'auto' cannot be listed with other languages");
      return {};
    }
    const auto language = ParseLanguage(code);
    if (!language) yaml.Fail(node, "unknown language '" + code + "'");
    languages.push_back(*language);
  }
  return languages;
}

std::map<std::string, RuleSetting> ReadRules(const YamlReader& yaml, const YAML::Node& rules) {
  if (!rules.IsMap()) yaml.Fail(rules, "rules must map rule ids to error, warning, info or off");
  std::map<std::string, RuleSetting> settings;
  for (const auto& item : rules) {
    RuleSetting setting;
    setting.line = yaml.Line(item.first);
    const std::string value = item.second.IsScalar() ? item.second.as<std::string>() : "";
    if (value == "off" || value == "false") {
      setting.severity = std::nullopt;
    } else if (const auto severity = ParseSeverity(value)) {
      setting.severity = severity;
    } else {
      yaml.Fail(item.second, "a rule is set to error, warning, info or off");
    }
    settings[yaml.Key(item.first, "rules")] = setting;
  }
  return settings;
}

Config ReadConfig(const YamlReader& yaml) {
  const YAML::Node root = yaml.Load();
  Config config;
  config.path = yaml.path();
  if (root.IsNull()) return config;
  yaml.ExpectKeys(
      root, {"language", "mode", "region", "competitors", "company", "rules", "files", "overrides"},
      "the config");
  if (root["language"]) config.languages = ReadLanguages(yaml, root["language"]);
  if (root["mode"]) config.mode = ReadMode(yaml, root["mode"]);
  if (root["region"]) {
    config.region = yaml.String(root["region"], "region");
    const bool valid =
        config.region.size() == 2 && std::all_of(config.region.begin(), config.region.end(),
                                                 [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!valid)
      yaml.Fail(root["region"], "region must be a two-letter country code such as US or PT");
  }
  if (const YAML::Node competitors = root["competitors"]) {
    if (!competitors.IsSequence()) yaml.Fail(competitors, "competitors must be a list");
    for (const auto& item : competitors) {
      CompetitorName competitor;
      if (item.IsMap()) {
        yaml.ExpectKeys(item, {"name", "match-case"}, "a competitor");
        if (!item["name"]) yaml.Fail(item, "a competitor needs a name");
        competitor.name = yaml.String(item["name"], "name");
        if (item["match-case"]) competitor.match_case = yaml.Bool(item["match-case"], "match-case");
      } else {
        competitor.name = yaml.String(item, "a competitor");
      }
      if (competitor.name.empty()) yaml.Fail(item, "a competitor's name is empty");
      config.competitors.push_back(std::move(competitor));
    }
  }
  if (const YAML::Node company = root["company"]) {
    yaml.ExpectKeys(company, {"names", "domains", "phones"}, "company");
    if (company["names"]) config.company_names = yaml.Strings(company["names"], "names");
    if (company["domains"]) {
      for (const std::string& domain : yaml.Strings(company["domains"], "domains")) {
        if (domain.empty() || domain.find('@') != std::string::npos ||
            domain.find(' ') != std::string::npos) {
          yaml.Fail(company["domains"], "'" + domain + "' is not a domain (write acme.com)");
        }
        config.company_domains.push_back(FoldCase(domain));
      }
    }
    if (company["phones"]) config.company_phones = yaml.Strings(company["phones"], "phones");
  }
  if (const YAML::Node rules = root["rules"]) config.rules = ReadRules(yaml, rules);
  if (const YAML::Node files = root["files"]) {
    yaml.ExpectKeys(files, {"include", "exclude"}, "files");
    if (files["include"]) {
      for (const std::string& glob : yaml.Strings(files["include"], "include"))
        config.include.emplace_back(glob);
    }
    if (files["exclude"]) {
      for (const std::string& glob : yaml.Strings(files["exclude"], "exclude"))
        config.exclude.emplace_back(glob);
    }
  }
  if (const YAML::Node overrides = root["overrides"]) {
    if (!overrides.IsSequence()) yaml.Fail(overrides, "overrides must be a list of {files, rules}");
    for (const auto& item : overrides) {
      yaml.ExpectKeys(item, {"files", "rules"}, "an override");
      if (!item["files"] || !item["rules"])
        yaml.Fail(item, "an override needs 'files:' and 'rules:'");
      ConfigOverride override;
      for (const std::string& glob : yaml.Strings(item["files"], "files"))
        override.files.emplace_back(glob);
      override.rules = ReadRules(yaml, item["rules"]);
      config.overrides.push_back(std::move(override));
    }
  }
  return config;
}

}  // namespace

std::string Config::Relative(const std::filesystem::path& path) const {
  std::error_code error;
  const auto base = path_base();
  const auto absolute = std::filesystem::absolute(path, error).lexically_normal();
  const auto relative = absolute.lexically_relative(base);
  const std::string text = relative.generic_string();
  return text.empty() || text.rfind("..", 0) == 0 ? "" : text;
}

std::filesystem::path Config::path_base() const {
  std::error_code error;
  return (path.empty() ? std::filesystem::current_path(error)
                       : std::filesystem::absolute(path, error).parent_path())
      .lexically_normal();
}

bool Config::Includes(const std::filesystem::path& file, bool is_draft) const {
  const std::string relative = Relative(file);
  const auto matches = [&](const std::vector<Glob>& globs) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const Glob& glob) { return glob.Matches(relative); });
  };
  if (matches(exclude)) return false;
  return include.empty() ? is_draft : matches(include);
}

std::map<std::string, RuleSetting> Config::RulesFor(const std::filesystem::path& file) const {
  std::map<std::string, RuleSetting> settings = rules;
  if (overrides.empty()) return settings;
  const std::string relative = Relative(file);
  for (const ConfigOverride& override : overrides) {
    const bool applies = std::any_of(override.files.begin(), override.files.end(),
                                     [&](const Glob& glob) { return glob.Matches(relative); });
    if (!applies) continue;
    for (const auto& [id, setting] : override.rules) settings[id] = setting;
  }
  return settings;
}

Config LoadConfig(const std::filesystem::path& path) {
  const YamlReader yaml(path);
  try {
    return ReadConfig(yaml);
  } catch (const YAML::Exception& e) {
    throw yaml.Error(e);
  }
}

void CheckRuleIds(const Config& config, const std::vector<const Pack*>& packs) {
  std::vector<std::pair<std::string, RuleSetting>> all(config.rules.begin(), config.rules.end());
  for (const ConfigOverride& override : config.overrides)
    all.insert(all.end(), override.rules.begin(), override.rules.end());
  for (const auto& [id, setting] : all) {
    const std::string& rule = id;  // C++20 lambdas cannot capture a structured binding
    const bool known = std::any_of(packs.begin(), packs.end(),
                                   [&](const Pack* pack) { return pack->FindRule(rule); });
    if (!known) {
      throw LoadError(config.path.string() + ":" + std::to_string(setting.line) +
                      ": unknown rule '" + id + "' (draftlint --list-rules lists them)");
    }
  }
}

}  // namespace draftlint
