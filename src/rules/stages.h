// Which stages of linting run; all do, except in the benchmark.
#pragma once

#include <string_view>

namespace draftlint {

// The stages of linting a document that can be switched off, so that the benchmark
// (tools/bench) can show what each costs. Findings are wrong with any of them off.
struct Stages {
  bool language = true;  // off: CLD2 is not asked; every paragraph is taken as English
  bool lexicons = true;  // off: no word list or pattern is searched
  bool phones = true;    // off: libphonenumber is not asked
  bool rules = true;     // off: hits are found, but no rule is evaluated

  // "language,phones": the stages to switch off. Throws std::invalid_argument on an
  // unknown name.
  static Stages AllBut(std::string_view off);
};

}  // namespace draftlint
