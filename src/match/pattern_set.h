// Patterns that run on every paragraph (raw regexes of a pack, entries with no anchor),
// found together: an RE2::Set says in one pass which of them occur in a paragraph at all,
// and only those are then run one by one to find where (each compiled on its first use).
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/hit_search.h"
#include "match/shared_regex.h"

namespace draftlint {

struct PatternSpec {
  std::string regex;  // RE2 syntax, flags inline
  int owner = 0;      // the caller's id for whatever the pattern belongs to
  bool whole_word = false;
  std::string origin;  // "rules/x.yaml:12", for errors
};

class PatternSet {
 public:
  // Throws std::runtime_error naming the pattern's origin, with RE2's message, for a pattern
  // it rejects, or one too large to compile.
  explicit PatternSet(std::vector<PatternSpec> specs);

  void FindAll(std::string_view text, const WordAffixes& affixes, std::vector<RawHit>* hits) const;

 private:
  struct Pattern {
    std::string regex;
    int owner = 0;
    bool whole_word = false;
    std::string origin;
    LazyRegex re;
    const RE2& Compiled() const;
  };

  std::unique_ptr<Pattern[]> patterns_;
  size_t count_ = 0;
  std::unique_ptr<RE2::Set> set_;
};

}  // namespace draftlint
