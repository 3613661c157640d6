#include "cli/git_changes.h"

#include <sstream>
#include <system_error>

#include "cli/subprocess.h"

namespace draftlint {

std::optional<GitChanges> GitChanges::Since(const std::string& ref, std::string* error) {
  const auto top = RunAndRead({"git", "rev-parse", "--show-toplevel"});
  if (!top) {
    *error = "--changed-since needs a git work tree";
    return std::nullopt;
  }
  GitChanges changes;
  changes.root_ = top->substr(0, top->find('\n'));
  const std::string root = changes.root_.string();
  const auto diff =
      RunAndRead({"git", "-C", root, "diff", "-U0", "--no-color", "--no-ext-diff", ref, "--"});
  if (!diff) {
    *error = "--changed-since: git cannot diff against '" + ref + "'";
    return std::nullopt;
  }
  // "+++ b/path" names the file; "@@ -a,b +c,d @@" gives its changed lines c .. c+d-1.
  std::istringstream in(*diff);
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    if (line.rfind("+++ ", 0) == 0) {
      current = line == "+++ /dev/null"
                    ? ""
                    : (changes.root_ / line.substr(6)).lexically_normal().string();
      if (!current.empty()) changes.lines_[current];
    } else if (line.rfind("@@ ", 0) == 0 && !current.empty()) {
      const size_t plus = line.find(" +");
      if (plus == std::string::npos) continue;
      size_t first = std::stoul(line.substr(plus + 2));
      size_t count = 1;
      const size_t comma = line.find(',', plus);
      const size_t space = line.find(' ', plus + 2);
      if (comma != std::string::npos && comma < space) count = std::stoul(line.substr(comma + 1));
      if (count > 0) changes.lines_[current].emplace_back(first, first + count - 1);
    }
  }
  // Untracked files are new in every line.
  if (const auto untracked =
          RunAndRead({"git", "-C", root, "ls-files", "-z", "--others", "--exclude-standard"})) {
    size_t start = 0;
    for (size_t end; (end = untracked->find('\0', start)) != std::string::npos; start = end + 1) {
      changes.untracked_.insert(
          (changes.root_ / untracked->substr(start, end - start)).lexically_normal().string());
    }
  }
  return changes;
}

std::string GitChanges::Key(const std::filesystem::path& path) const {
  std::error_code error;
  return std::filesystem::absolute(path, error).lexically_normal().string();
}

bool GitChanges::ChangedFile(const std::filesystem::path& path) const {
  const std::string key = Key(path);
  return lines_.count(key) > 0 || untracked_.count(key) > 0;
}

bool GitChanges::ChangedLine(const std::filesystem::path& path, size_t line) const {
  const std::string key = Key(path);
  if (untracked_.count(key)) return true;
  const auto it = lines_.find(key);
  if (it == lines_.end()) return false;
  for (const auto& [first, last] : it->second) {
    if (line >= first && line <= last) return true;
  }
  return false;
}

}  // namespace draftlint
