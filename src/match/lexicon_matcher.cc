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
  }
  start_id_ = static_cast<uint32_t>(set_entry_.size());
  for (size_t k = 0; k < entries.size(); ++k) {
    // A match that need not be a whole word may begin inside one, where no start is looked for.
    if (!entries[k].whole_word) entries[k].starts.clear();
    if (!entries[k].starts.empty())
      index_.Add(entries[k].starts, start_id_ + static_cast<uint32_t>(k));
    entries_[k].spec = std::move(entries[k]);
  }
}

void LexiconMatcher::FindAll(std::string_view text, const WordAffixes& affixes,
                             std::vector<RawHit>* hits) const {
  thread_local std::vector<AnchorHit> found;
  thread_local std::vector<uint32_t> starts;
  index_.Find(text, &found);
  // Starts come last, by entry: a cursor follows the entries as they are taken.
  const size_t starts_begin = static_cast<size_t>(
      std::lower_bound(found.begin(), found.end(), start_id_,
                       [](const AnchorHit& hit, uint32_t id) { return hit.id < id; }) -
      found.begin());
  size_t next_start = starts_begin;
  // An entry's sets are numbered one after another, in the entry's order. It runs when each
  // set has an anchor after the one chosen for the set before: the parts of a match follow
  // each other, and so do the anchors they hold.
  for (size_t k = 0; k < starts_begin;) {
    const uint32_t id = set_entry_[found[k].id];
    const Entry& entry = entries_[id];
    const size_t sets = entry.spec.anchor_sets.size();
    size_t placed = 0;
    // Unless the entry's first set was found, nothing is: its hits come first.
    if (found[k].id == 0 || set_entry_[found[k].id - 1] != id) {
      uint32_t next_set = found[k].id;
      int64_t previous = -1;
      while (placed < sets && k < starts_begin && found[k].id == next_set) {
        bool fits = false;
        for (; k < starts_begin && found[k].id == next_set; ++k) {
          if (!fits && found[k].offset > previous) {
            previous = found[k].offset;
            fits = true;
          }
        }
        if (!fits) break;
        ++placed;
        ++next_set;
      }
    }
    while (k < starts_begin && set_entry_[found[k].id] == id) ++k;
    if (placed < sets) continue;
    if (entry.spec.starts.empty()) {
      FindHits(entry.Compiled(), text, entry.spec.owner, entry.spec.whole_word, affixes, hits);
      continue;
    }
    starts.clear();
    while (next_start < found.size() && found[next_start].id < start_id_ + id) ++next_start;
    for (; next_start < found.size() && found[next_start].id == start_id_ + id; ++next_start)
      starts.push_back(found[next_start].offset);
    if (!starts.empty())
      FindHitsAt(entry.Compiled(), text, starts, entry.spec.owner, affixes, hits);
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
