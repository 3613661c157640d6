#include "match/hit_search.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "match/lexicon.h"
#include "segment/word_boundaries.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

// A pattern's budget for RE2's program and DFA, at least and at most. Small patterns use a
// fraction of the least; the most bounds what a pathological one can take (a program of about
// three million instructions, compiled in seconds: a larger one is refused as too large).
constexpr int64_t kMinMemory = 8 << 20;
constexpr int64_t kMaxMemory = 64 << 20;

// And per byte of the pattern's text, so that a large pattern's DFA has room for as many
// states as a middling one's. RE2 gives a longest-match DFA a third of the budget (two thirds
// go to the program, of which that DFA gets half); each of its states holds 4 bytes for every
// instruction and instruction list, about 7 bytes per instruction, and a pattern compiles to
// about 1.3 instructions per byte. A DFA without room for 20 states is never used: RE2 runs
// its NFA instead, on every paragraph, a hundred times slower. At 8 MB that befell the largest
// entries (a Japanese one with a name slot and the company words thrice is 19 KB, 25,000
// instructions, 168 KB a state). This leaves every pattern from 4 to 32 KB room for about 70.
constexpr int64_t kMemoryPerByte = 2 << 10;

size_t NextCodePoint(std::string_view text, size_t offset) {
  ++offset;
  while (offset < text.size() && U8_IS_TRAIL(text[offset])) ++offset;
  return offset;
}

// The hit a match of re makes, its value the first non-empty capture.
RawHit HitOf(int owner, std::string_view text, const std::vector<re2::StringPiece>& submatch) {
  RawHit hit;
  hit.owner = owner;
  hit.begin = static_cast<uint32_t>(submatch[0].data() - text.data());
  hit.end = hit.begin + static_cast<uint32_t>(submatch[0].size());
  for (size_t k = 1; k < submatch.size(); ++k) {
    if (!submatch[k].empty()) {
      hit.value.assign(submatch[k].data(), submatch[k].size());
      break;
    }
  }
  return hit;
}

}  // namespace

RE2::Options PatternOptions(size_t pattern_bytes) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(
      std::clamp(kMemoryPerByte * static_cast<int64_t>(pattern_bytes), kMinMemory, kMaxMemory));
  options.set_longest_match(true);
  return options;
}

void WordAffixes::Add(const WordAffixes& other) {
  prefixes.insert(other.prefixes.begin(), other.prefixes.end());
  suffixes.insert(other.suffixes.begin(), other.suffixes.end());
}

bool IsWholeWord(std::string_view text, size_t begin, size_t end, const WordAffixes& affixes) {
  if (begin >= end) return false;
  const std::string_view hit = text.substr(begin, end - begin);
  if (!IsCjk(FirstCodePoint(hit)) && !IsWordBoundary(text, begin)) {
    const size_t word_begin = PreviousWordBoundary(text, begin);
    if (!affixes.prefixes.count(FoldCase(text.substr(word_begin, begin - word_begin))))
      return false;
  }
  if (IsCjk(LastCodePoint(hit)) || IsWordBoundary(text, end)) return true;
  const size_t word_end = NextWordBoundary(text, end);
  return affixes.suffixes.count(FoldCase(text.substr(end, word_end - end))) > 0;
}

void FindHits(const RE2& re, std::string_view text, int owner, bool whole_word,
              const WordAffixes& affixes, std::vector<RawHit>* hits) {
  std::vector<re2::StringPiece> submatch(re.NumberOfCapturingGroups() + 1);
  size_t pos = 0;
  while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, submatch.data(),
                                        static_cast<int>(submatch.size()))) {
    const auto begin = static_cast<size_t>(submatch[0].data() - text.data());
    const size_t end = begin + submatch[0].size();
    if (end == begin || (whole_word && !IsWholeWord(text, begin, end, affixes))) {
      pos = NextCodePoint(text, begin);
      continue;
    }
    hits->push_back(HitOf(owner, text, submatch));
    pos = end;
  }
}

void FindHitsAt(const RE2& re, std::string_view text, std::span<const uint32_t> starts, int owner,
                const WordAffixes& affixes, std::vector<RawHit>* hits) {
  std::vector<re2::StringPiece> submatch(re.NumberOfCapturingGroups() + 1);
  // The unanchored search finds the leftmost match, then looks on after it, or one character
  // after a match that is not whole words; with every match beginning at a start, trying the
  // starts in order from there finds the same ones.
  size_t pos = 0;
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t begin = starts[k];
    if (begin < pos || (k > 0 && begin == starts[k - 1])) continue;
    if (!re.Match(text, begin, text.size(), RE2::ANCHOR_START, submatch.data(),
                  static_cast<int>(submatch.size()))) {
      continue;
    }
    const size_t end = begin + submatch[0].size();
    if (end == begin || !IsWholeWord(text, begin, end, affixes)) continue;
    hits->push_back(HitOf(owner, text, submatch));
    pos = end;
  }
}

}  // namespace draftlint
