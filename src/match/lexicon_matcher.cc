#include "match/lexicon_matcher.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "match/lexicon.h"
#include "match/parallel_for.h"

namespace draftlint {
namespace {

// The offsets of each anchor found in a paragraph, in order: lists threaded through the hits,
// stamped with the paragraph's serial number so that nothing is cleared between paragraphs.
class Occurrences {
 public:
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

  void Reset(size_t anchors, const std::vector<AnchorHit>& hits) {
    hits_ = &hits;
    if (++serial_ == 0) {
      // After four billion paragraphs, old stamps could pass for new ones.
      std::fill(stamp_.begin(), stamp_.end(), 0);
      serial_ = 1;
    }
    if (stamp_.size() < anchors) {
      stamp_.resize(anchors, 0);
      first_.resize(anchors);
    }
    next_.resize(hits.size());
    for (size_t k = hits.size(); k-- > 0;) {
      const uint32_t anchor = hits[k].anchor;
      next_[k] = stamp_[anchor] == serial_ ? first_[anchor] : kNone;
      first_[anchor] = static_cast<uint32_t>(k);
      stamp_[anchor] = serial_;
    }
  }

  // The first offset of anchor after `after`, or kNone.
  uint32_t After(uint32_t anchor, int64_t after) const {
    if (stamp_[anchor] != serial_) return kNone;
    for (uint32_t k = first_[anchor]; k != kNone; k = next_[k]) {
      if ((*hits_)[k].offset > after) return (*hits_)[k].offset;
    }
    return kNone;
  }

  void AppendOffsets(uint32_t anchor, std::vector<uint32_t>* offsets) const {
    if (stamp_[anchor] != serial_) return;
    for (uint32_t k = first_[anchor]; k != kNone; k = next_[k])
      offsets->push_back((*hits_)[k].offset);
  }

 private:
  const std::vector<AnchorHit>* hits_ = nullptr;
  uint32_t serial_ = 0;
  std::vector<uint32_t> stamp_;
  std::vector<uint32_t> first_;
  std::vector<uint32_t> next_;
};

// Whether each set has an anchor after the one chosen for the set before: the parts of a
// match follow each other, and so do the anchors they hold.
bool InOrder(const std::vector<std::vector<uint32_t>>& sets, const Occurrences& occurrences) {
  int64_t previous = -1;
  for (const std::vector<uint32_t>& set : sets) {
    uint32_t earliest = Occurrences::kNone;
    for (uint32_t anchor : set) earliest = std::min(earliest, occurrences.After(anchor, previous));
    if (earliest == Occurrences::kNone) return false;
    previous = earliest;
  }
  return true;
}

}  // namespace

LexiconMatcher::LexiconMatcher(std::vector<std::string> anchors,
                               std::vector<LexiconEntrySpec> entries)
    : entries_(std::make_unique<Entry[]>(entries.size())), entry_count_(entries.size()) {
  // The index numbers the table's anchors as it is given them; a repeated one keeps its first
  // number.
  std::vector<uint32_t> number(anchors.size());
  std::vector<int> weight(anchors.size());
  for (size_t a = 0; a < anchors.size(); ++a) {
    number[a] = index_.Add(anchors[a]);
    weight[a] = AnchorWeight(anchors[a]);
  }
  triggers_.resize(index_.size());
  for (size_t k = 0; k < entries.size(); ++k) {
    Entry& entry = entries_[k];
    LexiconEntrySpec& spec = entries[k];
    // The trigger is the set with the greatest RankAnchors.
    size_t trigger = 0;
    AnchorRank trigger_rank;
    for (size_t s = 0; s < spec.anchor_sets.size(); ++s) {
      std::vector<uint32_t>& set = spec.anchor_sets[s];
      AnchorRank rank;
      for (uint32_t& anchor : set) {
        rank.Add(weight.at(anchor));
        anchor = number[anchor];
      }
      if (s == 0 || rank > trigger_rank) {
        trigger = s;
        trigger_rank = rank;
      }
    }
    entry.sets = std::move(spec.anchor_sets);
    if (!entry.sets.empty()) {
      for (uint32_t anchor : entry.sets[trigger]) {
        if (triggers_[anchor].empty() || triggers_[anchor].back() != k)
          triggers_[anchor].push_back(static_cast<uint32_t>(k));
      }
    }
    // A match that need not be a whole word may begin inside one, where no start is looked for.
    if (spec.whole_word) {
      for (uint32_t start : spec.starts) entry.starts.push_back(number.at(start));
    }
    spec.anchor_sets.clear();
    spec.starts.clear();
    entry.spec = std::move(spec);
  }
}

void LexiconMatcher::Select(std::string_view text,
                            std::vector<std::pair<uint32_t, uint32_t>>* runnable,
                            std::vector<uint32_t>* starts) const {
  thread_local std::vector<AnchorHit> found;
  thread_local Occurrences occurrences;
  thread_local std::vector<uint32_t> candidates;
  index_.Find(text, &found);
  occurrences.Reset(index_.size(), found);
  candidates.clear();
  for (const AnchorHit& hit : found) {
    const std::vector<uint32_t>& triggered = triggers_[hit.anchor];
    candidates.insert(candidates.end(), triggered.begin(), triggered.end());
  }
  // In the entries' order, as they would be run one after another.
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  runnable->clear();
  starts->clear();
  for (uint32_t id : candidates) {
    const Entry& entry = entries_[id];
    if (!InOrder(entry.sets, occurrences)) continue;
    const size_t from = starts->size();
    for (uint32_t anchor : entry.starts) occurrences.AppendOffsets(anchor, starts);
    if (!entry.starts.empty() && starts->size() == from) continue;
    std::sort(starts->begin() + static_cast<ptrdiff_t>(from), starts->end());
    runnable->push_back({id, static_cast<uint32_t>(starts->size())});
  }
}

void LexiconMatcher::FindAll(std::string_view text, const WordAffixes& affixes,
                             std::vector<RawHit>* hits) const {
  thread_local std::vector<uint32_t> starts;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> runnable;
  Select(text, &runnable, &starts);
  CompileNew(runnable);
  size_t from = 0;
  for (const auto& [id, to] : runnable) {
    const Entry& entry = entries_[id];
    if (entry.starts.empty()) {
      FindHits(entry.Compiled(), text, entry.spec.owner, entry.spec.whole_word, affixes, hits);
    } else {
      FindHitsAt(entry.Compiled(), text, std::span<const uint32_t>(starts).subspan(from, to - from),
                 entry.spec.owner, affixes, hits);
    }
    from = to;
  }
}

void LexiconMatcher::CompileFor(const std::vector<std::string_view>& texts) const {
  std::vector<std::pair<uint32_t, uint32_t>> all;
  std::vector<std::pair<uint32_t, uint32_t>> runnable;
  std::vector<uint32_t> starts;
  for (std::string_view text : texts) {
    Select(text, &runnable, &starts);
    // Where each entry's starts end is of this text's starts: only the entries are kept.
    all.insert(all.end(), runnable.begin(), runnable.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            all.end());
  CompileNew(all);
}

void LexiconMatcher::CompileNew(const std::vector<std::pair<uint32_t, uint32_t>>& runnable) const {
  std::vector<uint32_t> fresh;
  for (const auto& [id, to] : runnable) {
    if (!entries_[id].re.Ready()) fresh.push_back(id);
  }
  if (fresh.empty()) return;
  ParallelFor(fresh.size(), [&](size_t k) {
    try {
      entries_[fresh[k]].Compiled();
    } catch (const std::runtime_error&) {
      // Reported when the entry is run, in the entries' order.
    }
  });
}

std::vector<std::string> LexiconMatcher::CompileAll() const {
  std::vector<std::string> found(entry_count_);  // each entry's error, if any
  ParallelFor(entry_count_, [&](size_t k) {
    try {
      entries_[k].Compiled();
    } catch (const std::runtime_error& e) {
      found[k] = e.what();
    }
  });
  std::vector<std::string> errors;
  for (std::string& error : found) {
    if (!error.empty()) errors.push_back(std::move(error));
  }
  return errors;
}

}  // namespace draftlint
