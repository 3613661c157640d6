// The report stage's model: what the rules found in one file, and what a formatter needs to
// know about each rule. Formatters read these and nothing else.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace draftlint {

enum class Severity { kInfo, kWarning, kError };
std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

struct Finding {
  std::string rule;
  Severity severity = Severity::kWarning;
  std::string message;
  std::string text;  // the span's bytes as in the file
  size_t begin = 0;  // byte offsets into the file, end exclusive
  size_t end = 0;
  LineColumn start;
  LineColumn stop;  // the position of end
  bool document_scope = false;
  // A fix an editor can apply: replace [begin, end) with text.
  struct Fix {
    std::string title;
    size_t begin = 0;
    size_t end = 0;
    std::string text;
  };
  std::vector<Fix> fixes;
};

// Findings are reported by start offset, then rule id.
bool FindingBefore(const Finding& a, const Finding& b);

struct RuleInfo {
  std::string id;
  std::string pack;
  Severity severity = Severity::kWarning;  // as configured for this run
  bool enabled = true;
  std::string summary;
  std::string description;
  std::string rationale;  // why it matters
  std::vector<std::string> languages;
};

struct FileReport {
  std::string path;                          // as given on the command line (or --stdin-filename)
  std::shared_ptr<const Document> document;  // null when the file could not be read
  std::vector<std::string> languages;
  std::vector<Finding> findings;
  std::vector<std::string> warnings;  // the file was linted, but: invalid UTF-8 at ...
  // Rules that could not be checked in a language of the file, for lack of word lists:
  // (language, rule id).
  std::vector<std::pair<std::string, std::string>> uncovered;
  // With --show-signals: every signal hit, for pack authors (signal, position, text).
  std::vector<Finding> signals;
  std::string error;  // the file was not linted: binary, unreadable, ...
};

}  // namespace draftlint
