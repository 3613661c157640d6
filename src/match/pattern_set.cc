#include "match/pattern_set.h"

#include <stdexcept>

namespace draftlint {

PatternSet::PatternSet(std::vector<PatternSpec> specs) {
  const RE2::Options options = PatternOptions();
  set_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (PatternSpec& spec : specs) {
    Pattern pattern;
    pattern.owner = spec.owner;
    pattern.whole_word = spec.whole_word;
    pattern.re = std::make_unique<RE2>(spec.regex, options);
    if (!pattern.re->ok()) throw std::runtime_error(pattern.re->error());
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
    for (int index : matched) {
      const Pattern& p = patterns_[index];
      FindHits(*p.re, text, p.owner, p.whole_word, affixes, hits);
    }
  } else if (error.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory on this text: ask every pattern instead.
    for (const Pattern& p : patterns_) FindHits(*p.re, text, p.owner, p.whole_word, affixes, hits);
  }
}

}  // namespace draftlint
