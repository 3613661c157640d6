#include "match/hit_search.h"

#include "match/lexicon.h"
#include "segment/word_boundaries.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

// Each pattern's DFA budget. Small patterns use a fraction of it; the cap bounds what a
// pathological one can take.
constexpr int64_t kMaxMemory = 8 << 20;

size_t NextCodePoint(std::string_view text, size_t offset) {
  ++offset;
  while (offset < text.size() && (static_cast<uint8_t>(text[offset]) & 0xC0) == 0x80) ++offset;
  return offset;
}

}  // namespace

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxMemory);
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
  const int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> submatch(groups + 1);
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, submatch.data(), groups + 1)) {
    const auto begin = static_cast<size_t>(submatch[0].data() - text.data());
    const size_t end = begin + submatch[0].size();
    if (end == begin || (whole_word && !IsWholeWord(text, begin, end, affixes))) {
      pos = NextCodePoint(text, begin);
      continue;
    }
    RawHit hit;
    hit.owner = owner;
    hit.begin = static_cast<uint32_t>(begin);
    hit.end = static_cast<uint32_t>(end);
    for (int k = 1; k <= groups; ++k) {
      if (!submatch[k].empty()) {
        hit.value.assign(submatch[k].data(), submatch[k].size());
        break;
      }
    }
    hits->push_back(std::move(hit));
    pos = end;
  }
}

}  // namespace draftlint
