// Checks a pack against its own examples, the way a test runner checks code: each "fire"
// example must yield a finding of its rule, at its span; each "pass" example none. It also
// looks for what can never fire: a rule without examples, a lexicon entry RE2 rejects, a
// pattern holding a character the normalized text never contains, a language the pack
// lists that a rule has no word lists for.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/pack.h"

namespace draftlint {

struct ExampleResult {
  const Rule* rule = nullptr;
  const Example* example = nullptr;
  bool passed = false;
  std::string detail;  // on failure: what was found instead
};

struct PackProblem {
  std::string where;  // "rules/x.yaml:12" or "lexicons/en/y.txt:3"
  std::string what;
};

struct PackTestReport {
  std::vector<ExampleResult> results;
  std::vector<PackProblem> errors;    // entries that do not compile: the pack is broken
  std::vector<PackProblem> warnings;  // what can never fire
  size_t failed() const;
};

// Throws LoadError when the examples' config cannot be read.
PackTestReport TestPack(std::shared_ptr<const Pack> pack);

// The first character of a regex, outside bracketed classes, that normalized text never
// holds (a curly quote, a full-width letter, a no-break space, two spaces in a row), with
// what the text holds instead; "" when there is none.
std::string UnmatchableCharacter(std::string_view regex);

}  // namespace draftlint
