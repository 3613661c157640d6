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

}  // namespace

Config LoadConfig(const std::filesystem::path& path) {
  YamlReader yaml(path);
  const YAML::Node root = yaml.Load();
  Config config;
  config.path = path;
  if (root.IsNull()) return config;
  yaml.ExpectKeys(root, {"language", "mode", "region", "competitors", "company", "rules"}, "the config");
  if (root["language"]) config.languages = ReadLanguages(yaml, root["language"]);
  if (root["mode"]) config.mode = ReadMode(yaml, root["mode"]);
  if (root["region"]) {
    config.region = yaml.String(root["region"], "region");
    const bool valid = config.region.size() == 2 && std::all_of(config.region.begin(), config.region.end(),
                                                                 [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!valid) yaml.Fail(root["region"], "region must be a two-letter country code such as US or PT");
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
        if (domain.empty() || domain.find('@') != std::string::npos || domain.find(' ') != std::string::npos) {
          yaml.Fail(company["domains"], "'" + domain + "' is not a domain (write acme.com)");
        }
        config.company_domains.push_back(FoldCase(domain));
      }
    }
    if (company["phones"]) config.company_phones = yaml.Strings(company["phones"], "phones");
  }
  if (const YAML::Node rules = root["rules"]) {
    if (!rules.IsMap()) yaml.Fail(rules, "rules must map rule ids to error, warning, info or off");
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
      config.rules[item.first.as<std::string>()] = setting;
    }
  }
  return config;
}

void CheckRuleIds(const Config& config, const std::vector<const Pack*>& packs) {
  for (const auto& [id, setting] : config.rules) {
    const bool known = std::any_of(packs.begin(), packs.end(), [&](const Pack* pack) { return pack->FindRule(id); });
    if (!known) {
      throw LoadError(config.path.string() + ":" + std::to_string(setting.line) + ": unknown rule '" + id +
                      "' (draftlint --list-rules lists them)");
    }
  }
}

}  // namespace draftlint
