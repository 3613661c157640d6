#include "cli/file_walker.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace draftlint {

bool IsDraftFile(const std::string& path) {
  static const char* const kExtensions[] = {".txt", ".text", ".md", ".markdown", ".eml"};
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                     [&](const char* known) { return extension == known; });
}

std::vector<Input> ExpandPaths(const std::vector<std::string>& paths, const std::string& stdin_name) {
  std::vector<Input> inputs;
  if (paths.empty()) {
    inputs.push_back({stdin_name, true, ""});
    return inputs;
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({stdin_name, true, ""});
      continue;
    }
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
      inputs.push_back({path, false, "no such file or directory"});
      continue;
    }
    if (!std::filesystem::is_directory(status)) {
      inputs.push_back({path, false, ""});
      continue;
    }
    std::vector<std::string> found;
    auto options = std::filesystem::directory_options::skip_permission_denied;
    std::filesystem::recursive_directory_iterator it(path, options, error), end;
    for (; !error && it != end; it.increment(error)) {
      const std::string name = it->path().filename().string();
      if (it->is_directory(error)) {
        if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(error) && IsDraftFile(name)) found.push_back(it->path().string());
    }
    if (error) inputs.push_back({path, false, "cannot walk the directory: " + error.message()});
    std::sort(found.begin(), found.end());
    for (std::string& file : found) inputs.push_back({std::move(file), false, ""});
  }
  return inputs;
}

}  // namespace draftlint
