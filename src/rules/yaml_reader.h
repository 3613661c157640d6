// Reading YAML for packs and configs with errors a person can act on: every complaint names
// the file and line, and unknown keys are errors rather than silently ignored.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

namespace draftlint {

// "file:line: what is wrong". The CLI prints it and exits with 2.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class YamlReader {
 public:
  explicit YamlReader(std::filesystem::path path);

  // Parses the file; throws LoadError on I/O or syntax errors.
  YAML::Node Load() const;

  const std::filesystem::path& path() const { return path_; }

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const;
  // yaml-cpp's own exception as a LoadError naming this file and its line: what a reader's
  // checks did not foresee is still an error in the file, not a crash.
  LoadError Error(const YAML::Exception& e) const;
  int Line(const YAML::Node& node) const;

  // Throws if node is not a map or has a key outside allowed.
  void ExpectKeys(const YAML::Node& node, std::initializer_list<const char*> allowed,
                  const char* what) const;
  std::string String(const YAML::Node& node, const char* what) const;
  // A map's key: YAML allows a list or a map as one ("? [a, b]: c"), a pack or config never.
  std::string Key(const YAML::Node& key, const char* what) const;
  bool Bool(const YAML::Node& node, const char* what) const;
  int Int(const YAML::Node& node, const char* what) const;
  // A scalar or a list of scalars.
  std::vector<std::string> Strings(const YAML::Node& node, const char* what) const;

 private:
  std::filesystem::path path_;
};

}  // namespace draftlint
