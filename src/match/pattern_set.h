// The match stage finds where compiled patterns occur in a paragraph's normalized text.
//
// A PatternSet holds all patterns that run on paragraphs of one language. An RE2::Set first
// says which of them occur in the paragraph at all (one pass, whatever their number); only
// those are then run one by one to find where. Whole-word patterns are checked at the two
// ends of each hit with ICU word boundaries, allowing the language's grammatical suffixes
// ("Globexnél", "Globex's").
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

struct PatternSpec {
  std::string regex;  // RE2 syntax, flags inline
  int owner = 0;      // the caller's id for whatever the pattern belongs to
  bool whole_word = false;
};

// A pattern occurrence, in view offsets. value: the first non-empty capture group, if any.
struct RawHit {
  int owner = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string value;
};

// What may be glued to a whole word and leave it whole, lower-cased: endings ("nél",
// "'s") and elided articles or prepositions before it ("l'", "d'").
struct WordAffixes {
  std::set<std::string, std::less<>> prefixes;
  std::set<std::string, std::less<>> suffixes;
  void Add(const WordAffixes& other);
};

class PatternSet {
 public:
  // Throws std::runtime_error naming the owner of a pattern RE2 rejects.
  explicit PatternSet(std::vector<PatternSpec> specs);

  bool empty() const { return patterns_.empty(); }

  void FindAll(std::string_view text, const WordAffixes& affixes, std::vector<RawHit>* hits) const;

 private:
  struct Pattern {
    std::unique_ptr<RE2> re;
    int owner = 0;
    bool whole_word = false;
  };
  void FindEach(const Pattern& pattern, std::string_view text, const WordAffixes& affixes,
                std::vector<RawHit>* hits) const;

  std::vector<Pattern> patterns_;
  std::unique_ptr<RE2::Set> set_;
};

// Whether [begin, end) of text stands as whole words: an ICU word boundary at each end
// (not asked next to CJK, matched as written), or a listed affix glued to it.
bool IsWholeWord(std::string_view text, size_t begin, size_t end, const WordAffixes& affixes);

// RE2 options shared by every pattern: UTF-8, errors not logged (the caller reports them).
RE2::Options PatternOptions();

}  // namespace draftlint
