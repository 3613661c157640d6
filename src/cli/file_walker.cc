#include "cli/file_walker.h"

#include <algorithm>
#include <optional>
#include <system_error>

#include "cli/subprocess.h"

namespace draftlint {
namespace {

// The files git sees below dir, or nullopt outside a work tree (or without git), or when
// .gitignore hides dir itself: a folder named on the command line is then walked as if
// outside a work tree, not skipped (ripgrep, too, searches an ignored folder it is given).
std::optional<std::vector<std::string>> GitFiles(const std::string& dir) {
  const auto listing = RunAndRead(
      {"git", "-C", dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard"});
  if (!listing) return std::nullopt;
  if (listing->empty() && RunAndRead({"git", "-C", dir, "check-ignore", "-q", "."}))
    return std::nullopt;
  std::vector<std::string> files;
  size_t start = 0;
  for (size_t end; (end = listing->find('\0', start)) != std::string::npos; start = end + 1) {
    if (end > start) {
      files.push_back((std::filesystem::path(dir) / listing->substr(start, end - start))
                          .lexically_normal()
                          .string());
    }
  }
  return files;
}

std::vector<std::string> WalkedFiles(const std::string& dir, std::string* error) {
  std::vector<std::string> files;
  std::error_code code;
  auto options = std::filesystem::directory_options::skip_permission_denied;
  std::filesystem::recursive_directory_iterator it(dir, options, code), end;
  for (; !code && it != end; it.increment(code)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(code)) {
      if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(code)) files.push_back(it->path().lexically_normal().string());
  }
  if (code) *error = "cannot walk the directory: " + code.message();
  return files;
}

}  // namespace

bool IsDraftFile(const std::filesystem::path& path) {
  static const char* const kExtensions[] = {
      ".txt",   ".text",   ".md",  ".markdown",   ".eml",      ".html",   ".htm", ".j2",
      ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache", ".liquid", ".tmpl"};
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                     [&](const char* known) { return extension == known; });
}

std::vector<Input> ExpandPaths(const std::vector<std::string>& paths, const std::string& stdin_name,
                               const std::function<bool(const std::filesystem::path&)>& include) {
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
    std::error_code code;
    const auto status = std::filesystem::status(path, code);
    if (code || !std::filesystem::exists(status)) {
      inputs.push_back({path, false, "no such file or directory"});
      continue;
    }
    if (!std::filesystem::is_directory(status)) {
      inputs.push_back({path, false, ""});
      continue;
    }
    std::string error;
    std::vector<std::string> found;
    if (auto files = GitFiles(path)) {
      found = std::move(*files);
    } else {
      found = WalkedFiles(path, &error);
    }
    if (!error.empty()) inputs.push_back({path, false, error});
    std::sort(found.begin(), found.end());
    for (std::string& file : found) {
      // A link found by walking is not followed: its target may lie outside the folder (a
      // repository's link to ~/.ssh/id_rsa), or loop. Links named on the command line are.
      std::error_code ignored;
      if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, ignored)) ||
          !include(file))
        continue;
      inputs.push_back({std::move(file), false, ""});
    }
  }
  return inputs;
}

}  // namespace draftlint
