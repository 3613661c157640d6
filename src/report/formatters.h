// One factory per output format; each lives in its own file.
#pragma once

#include <memory>

#include "report/formatter.h"

namespace draftlint {

std::unique_ptr<Formatter> MakeTextFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeJsonFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeSarifFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeGithubFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeLineFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeGitlabFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> MakeJunitFormatter(const FormatOptions& options);

}  // namespace draftlint
