// File globs in configs, as users of .gitignore and linters write them: "*" matches within
// a folder name, "**" across folders, "?" one character, "[abc]" a class. A glob without a
// "/" matches a file name in any folder ("*.md"); with one, the path from the config's folder
// ("legacy/**", "docs/*.md").
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

namespace draftlint {

class Glob {
 public:
  explicit Glob(std::string_view glob);
  const std::string& text() const { return text_; }
  // relative_path: '/'-separated, relative to the config's folder.
  bool Matches(std::string_view relative_path) const;

 private:
  std::string text_;
  std::shared_ptr<RE2> re_;
};

}  // namespace draftlint
