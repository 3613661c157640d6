// Finding every occurrence of one compiled pattern in a paragraph's normalized text, with the
// whole-word check at its two ends: the step every matcher shares.
#pragma once

#include <re2/re2.h>

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

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

// Whether [begin, end) of text stands as whole words: an ICU word boundary at each end
// (not asked next to CJK, matched as written), or a listed affix glued to it.
bool IsWholeWord(std::string_view text, size_t begin, size_t end, const WordAffixes& affixes);

// Appends every non-overlapping occurrence of re in text (leftmost, longest) as owner's
// hits; with whole_word, occurrences that are not whole words are skipped.
void FindHits(const RE2& re, std::string_view text, int owner, bool whole_word,
              const WordAffixes& affixes, std::vector<RawHit>* hits);

// Like FindHits with whole_word, for a pattern whose every match begins at one of starts
// (offsets in increasing order, repeats allowed): tries it anchored at each, which reads a
// few bytes instead of the whole text, and gives the same hits.
void FindHitsAt(const RE2& re, std::string_view text, std::span<const uint32_t> starts, int owner,
                const WordAffixes& affixes, std::vector<RawHit>* hits);

// RE2 options shared by every pattern: UTF-8, longest match, errors not logged (the caller
// reports them), and a DFA budget that grows with the pattern's text (pattern_bytes: its
// length, or all of a set's).
RE2::Options PatternOptions(size_t pattern_bytes = 0);

}  // namespace draftlint
