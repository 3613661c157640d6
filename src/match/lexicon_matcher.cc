#include "match/lexicon_matcher.h"

#include <algorithm>
#include <stdexcept>

namespace draftlint {

LexiconMatcher::LexiconMatcher(std::vector<LexiconEntrySpec> entries)
    : entries_(std::make_unique<Entry[]>(entries.size())), entry_count_(entries.size()) {
  for (size_t k = 0; k < entries.size(); ++k) {
    for (const std::vector<std::string>& anchors : entries[k].anchor_sets) {
      index_.Add(anchors, static_cast<uint32_t>(set_entry_.size()));
      set_entry_.push_back(static_cast<uint32_t>(k));
    }
    entries_[k].spec = std::move(entries[k]);
  }
}

void LexiconMatcher::FindAll(std::string_view text, const WordAffixes& affixes,
                             std::vector<RawHit>* hits) const {
  std::vector<uint32_t> sets;
  index_.Find(text, &sets);
  std::sort(sets.begin(), sets.end());
  sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
  // An entry's sets are numbered one after another: it runs when all of them were found.
  for (size_t k = 0; k < sets.size();) {
    const uint32_t id = set_entry_[sets[k]];
    size_t found = 0;
    for (; k < sets.size() && set_entry_[sets[k]] == id; ++k) ++found;
    const Entry& entry = entries_[id];
    if (found < entry.spec.anchor_sets.size()) continue;
    FindHits(entry.Compiled(), text, entry.spec.owner, entry.spec.whole_word, affixes, hits);
  }
}

std::vector<std::string> LexiconMatcher::CompileAll() const {
  std::vector<std::string> errors;
  for (size_t i = 0; i < entry_count_; ++i) {
    try {
      entries_[i].Compiled();
    } catch (const std::runtime_error& e) {
      errors.push_back(e.what());
    }
  }
  return errors;
}

}  // namespace draftlint
