// Linting a text with the shipped departure pack from inside a test, and the short form of
// a finding that tests compare: rule, exact byte span and text.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/finding.h"

namespace draftlint::testing {

struct Span {
  std::string rule;
  size_t begin = 0;
  size_t end = 0;
  std::string text;
  bool operator==(const Span& other) const {
    return rule == other.rule && begin == other.begin && end == other.end && text == other.text;
  }
};
std::ostream& operator<<(std::ostream& out, const Span& span);

// Lints text with the departure pack and a config given as YAML ("" for none).
FileReport Lint(const std::string& text, const std::string& config_yaml = "");

// The span findings of one rule (document findings excluded).
std::vector<Span> SpansOf(const FileReport& report, const std::string& rule);
// Whether a document finding of rule is present.
bool Fires(const FileReport& report, const std::string& rule);

// The span of the nth (1-based) occurrence of needle in text, for expectations.
Span At(const std::string& rule, const std::string& text, const std::string& needle, int nth = 1);

}  // namespace draftlint::testing
