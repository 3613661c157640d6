#include "report/formatter.h"

#include "report/formatters.h"

namespace draftlint {

std::unique_ptr<Formatter> MakeFormatter(std::string_view name, const FormatOptions& options) {
  if (name == "text") return MakeTextFormatter(options);
  if (name == "json") return MakeJsonFormatter(options);
  if (name == "sarif") return MakeSarifFormatter(options);
  if (name == "github") return MakeGithubFormatter(options);
  if (name == "line") return MakeLineFormatter(options);
  if (name == "gitlab") return MakeGitlabFormatter(options);
  if (name == "junit") return MakeJunitFormatter(options);
  return nullptr;
}

std::vector<std::string> FormatterNames() {
  return {"text", "json", "sarif", "github", "line", "gitlab", "junit"};
}

}  // namespace draftlint
