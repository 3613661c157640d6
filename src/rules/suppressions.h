// Inline suppressions, written in the file's own comment syntax, the way linters' users
// expect them:
//   <!-- draftlint-disable RULE[,RULE] -->  ...  <!-- draftlint-enable [RULE] -->
//   <!-- draftlint-disable-next-line RULE -->
//   the same inside {# ... #} (Jinja), {{!-- ... --}} and {{! ... }} (Handlebars)
//   "draftlint:allow [RULE,...]" at the end of a line of a plain-text file
// A directive without rules applies to all of them. A directive naming a rule no pack has is
// itself reported.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"
#include "text/document.h"
#include "text/prose.h"

namespace draftlint {

class Suppressions {
 public:
  // known(rule) says whether a rule id exists.
  Suppressions(const Document& document, const std::function<bool(std::string_view)>& known);

  bool Suppressed(const Finding& finding) const;

  // One finding of rule "invalid-suppression" per unknown rule named in a directive.
  const std::vector<Finding>& invalid() const { return invalid_; }

  // Where the directives are: they are not prose.
  const std::vector<ByteRange>& directives() const { return directives_; }

 private:
  // Disabled line ranges [first, last] (1-based) per rule; "*" is every rule.
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> ranges_;
  std::vector<Finding> invalid_;
  std::vector<ByteRange> directives_;
};

}  // namespace draftlint
