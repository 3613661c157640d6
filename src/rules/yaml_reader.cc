#include "rules/yaml_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace draftlint {

YamlReader::YamlReader(std::filesystem::path path) : path_(std::move(path)) {}

YAML::Node YamlReader::Load() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw LoadError(path_.string() + ": cannot read the file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  try {
    return YAML::Load(buffer.str());
  } catch (const YAML::Exception& e) {
    throw Error(e);
  }
}

LoadError YamlReader::Error(const YAML::Exception& e) const {
  return LoadError(path_.string() + ":" + std::to_string(std::max(e.mark.line, 0) + 1) + ": " +
                   e.msg);
}

int YamlReader::Line(const YAML::Node& node) const {
  return node.Mark().line >= 0 ? node.Mark().line + 1 : 1;
}

void YamlReader::Fail(const YAML::Node& node, const std::string& message) const {
  throw LoadError(path_.string() + ":" + std::to_string(Line(node)) + ": " + message);
}

void YamlReader::ExpectKeys(const YAML::Node& node, std::initializer_list<const char*> allowed,
                            const char* what) const {
  if (!node.IsMap()) Fail(node, std::string(what) + " must be a map");
  for (const auto& item : node) {
    const std::string key = Key(item.first, what);
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return key == k; })) {
      std::string known;
      for (const char* k : allowed) known += (known.empty() ? "" : ", ") + std::string(k);
      Fail(item.first, "unknown key '" + key + "' in " + what + " (known: " + known + ")");
    }
  }
}

std::string YamlReader::String(const YAML::Node& node, const char* what) const {
  if (!node.IsScalar()) Fail(node, std::string(what) + " must be a string");
  return node.as<std::string>();
}

std::string YamlReader::Key(const YAML::Node& key, const char* what) const {
  if (!key.IsScalar()) Fail(key, std::string("a key in ") + what + " must be a plain word");
  return key.as<std::string>();
}

bool YamlReader::Bool(const YAML::Node& node, const char* what) const {
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
    Fail(node, std::string(what) + " must be true or false");
  }
  return value;
}

int YamlReader::Int(const YAML::Node& node, const char* what) const {
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
    Fail(node, std::string(what) + " must be a whole number");
  }
  return value;
}

std::vector<std::string> YamlReader::Strings(const YAML::Node& node, const char* what) const {
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) Fail(node, std::string(what) + " must be a string or a list of strings");
  std::vector<std::string> values;
  for (const auto& item : node) values.push_back(String(item, what));
  return values;
}

}  // namespace draftlint
