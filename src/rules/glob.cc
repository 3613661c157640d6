#include "rules/glob.h"

namespace draftlint {

Glob::Glob(std::string_view glob) : text_(glob) {
  std::string_view rest = glob;
  if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  std::string regex = glob.find('/') == std::string_view::npos ? "(?:.*/)?" : "";
  for (size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == '*' && i + 1 < rest.size() && rest[i + 1] == '*') {
      const bool folder = i + 2 < rest.size() && rest[i + 2] == '/';
      regex += folder ? "(?:.*/)?" : ".*";
      i += folder ? 2 : 1;
    } else if (c == '*') {
      regex += "[^/]*";
    } else if (c == '?') {
      regex += "[^/]";
    } else if (c == '[') {
      const size_t close = rest.find(']', i + 1);
      if (close == std::string_view::npos) {
        regex += "\\[";
        continue;
      }
      std::string inner(rest.substr(i + 1, close - i - 1));
      if (!inner.empty() && inner[0] == '!') inner[0] = '^';
      regex += "[" + inner + "]";
      i = close;
    } else {
      regex += RE2::QuoteMeta(std::string(1, c));
    }
  }
  // A folder matches everything below it: "legacy" and "legacy/" cover "legacy/a.md".
  if (!rest.empty() && rest.back() == '/')
    regex += ".*";
  else
    regex += "(?:/.*)?";
  RE2::Options options;
  options.set_log_errors(false);
  re_ = std::make_shared<RE2>(regex, options);
}

bool Glob::Matches(std::string_view relative_path) const {
  return re_->ok() && RE2::FullMatch(relative_path, *re_);
}

}  // namespace draftlint
