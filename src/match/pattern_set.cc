#include "match/pattern_set.h"

#include <stdexcept>

namespace draftlint {

PatternSet::PatternSet(std::vector<PatternSpec> specs)
    : patterns_(std::make_unique<Pattern[]>(specs.size())), count_(specs.size()) {
  size_t bytes = 0;
  for (const PatternSpec& spec : specs) bytes += spec.regex.size();
  set_ = std::make_unique<RE2::Set>(PatternOptions(bytes), RE2::UNANCHORED);
  for (size_t k = 0; k < specs.size(); ++k) {
    std::string error;
    if (set_->Add(specs[k].regex, &error) < 0)
      throw std::runtime_error(specs[k].origin + ": " + error);
    patterns_[k].regex = std::move(specs[k].regex);
    patterns_[k].owner = specs[k].owner;
    patterns_[k].whole_word = specs[k].whole_word;
    patterns_[k].origin = std::move(specs[k].origin);
  }
  if (set_->Compile()) return;
  // Too large together: name the pattern too large on its own, if one is.
  for (size_t k = 0; k < count_; ++k) patterns_[k].Compiled();
  throw std::runtime_error("the " + std::to_string(count_) +
                           " patterns together are too large to compile");
}

// The set parsed the regex already: what could fail here is its size.
const RE2& PatternSet::Pattern::Compiled() const { return re.Get(regex, origin); }

void PatternSet::FindAll(std::string_view text, const WordAffixes& affixes,
                         std::vector<RawHit>* hits) const {
  if (count_ == 0 || text.empty()) return;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  auto run = [&](const Pattern& p) {
    FindHits(p.Compiled(), text, p.owner, p.whole_word, affixes, hits);
  };
  if (set_->Match(text, &matched, &error)) {
    for (int index : matched) run(patterns_[index]);
  } else if (error.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory on this text: ask every pattern instead.
    for (size_t k = 0; k < count_; ++k) run(patterns_[k]);
  }
}

}  // namespace draftlint
