#include "match/pattern_set.h"

#include <stdexcept>

#include "match/lexicon.h"
#include "segment/word_boundaries.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

// Room for the DFAs of large alternations: RE2's default of 8 MB runs out on a few
// thousand lexicon entries, and RE2 then falls back to slower engines.
constexpr int64_t kMaxMemory = 64 << 20;

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
    if (!affixes.prefixes.count(FoldCase(text.substr(word_begin, begin - word_begin)))) return false;
  }
  if (IsCjk(LastCodePoint(hit)) || IsWordBoundary(text, end)) return true;
  const size_t word_end = NextWordBoundary(text, end);
  return affixes.suffixes.count(FoldCase(text.substr(end, word_end - end))) > 0;
}

PatternSet::PatternSet(std::vector<PatternSpec> specs) {
  RE2::Options options = PatternOptions();
  set_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (PatternSpec& spec : specs) {
    Pattern pattern;
    pattern.owner = spec.owner;
    pattern.whole_word = spec.whole_word;
    RE2::Options longest = options;
    longest.set_longest_match(true);
    pattern.re = std::make_unique<RE2>(spec.regex, longest);
    if (!pattern.re->ok()) {
      throw std::runtime_error(pattern.re->error());
    }
    std::string error;
    if (set_->Add(spec.regex, &error) < 0) throw std::runtime_error(error);
    patterns_.push_back(std::move(pattern));
  }
  if (!set_->Compile()) throw std::runtime_error("out of memory compiling the pattern set");
}

void PatternSet::FindAll(std::string_view text, const WordAffixes& affixes,
                         std::vector<RawHit>* hits) const {
  if (patterns_.empty() || text.empty()) return;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (set_->Match(text, &matched, &error)) {
    for (int index : matched) FindEach(patterns_[index], text, affixes, hits);
  } else if (error.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory on this text: ask every pattern instead.
    for (const Pattern& pattern : patterns_) FindEach(pattern, text, affixes, hits);
  }
}

void PatternSet::FindEach(const Pattern& pattern, std::string_view text,
                          const WordAffixes& affixes, std::vector<RawHit>* hits) const {
  const int groups = pattern.re->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> submatch(groups + 1);
  size_t pos = 0;
  while (pos <= text.size() &&
         pattern.re->Match(text, pos, text.size(), RE2::UNANCHORED, submatch.data(), groups + 1)) {
    const auto begin = static_cast<size_t>(submatch[0].data() - text.data());
    const size_t end = begin + submatch[0].size();
    if (end == begin) {
      pos = NextCodePoint(text, begin);
      continue;
    }
    if (pattern.whole_word && !IsWholeWord(text, begin, end, affixes)) {
      pos = NextCodePoint(text, begin);
      continue;
    }
    RawHit hit;
    hit.owner = pattern.owner;
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
