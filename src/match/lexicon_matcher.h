// A language's lexicon entries, each compiled only when a paragraph first holds an anchor of
// each of its anchor sets, in the entry's order (see KeywordIndex), then kept for every later
// paragraph and thread. An entry whose matches begin with known words is tried only where
// they occur, anchored there, rather than searched for across the paragraph.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/hit_search.h"
#include "match/keyword_index.h"
#include "match/shared_regex.h"

namespace draftlint {

// An entry, its anchors given by their numbers in the matcher's table of anchors.
struct LexiconEntrySpec {
  std::string regex;
  // Every match holds an anchor of each set, in this order (EntryPattern::anchor_sets);
  // non-empty.
  std::vector<std::vector<uint32_t>> anchor_sets;
  int owner = 0;
  bool whole_word = true;
  std::string origin;  // "lexicons/en/x.txt:12", for errors
  // The words every match begins with (EntryPattern::starts); empty when not known.
  std::vector<uint32_t> starts;
};

class LexiconMatcher {
 public:
  // anchors: the table the entries' anchor numbers index, in BaseFold form. Numbers rather
  // than words, so that each anchor is looked up once: English's entries name 14,206 anchors,
  // about 3,500 of them different, and come numbered from the disk cache.
  LexiconMatcher(std::vector<std::string> anchors, std::vector<LexiconEntrySpec> entries);

  // Throws std::runtime_error naming the entry's origin if RE2 rejects it.
  void FindAll(std::string_view text, const WordAffixes& affixes, std::vector<RawHit>* hits) const;

  // Compiles now, on this thread and the spare ones, the entries FindAll would run on these
  // texts: a draft's first process does it while another thread compiles the pack's
  // patterns that run everywhere, which would otherwise come first. Errors are left for
  // FindAll to report.
  void CompileFor(const std::vector<std::string_view>& texts) const;

  // Compiles every entry now rather than on first use, on the spare cores too (ParallelFor);
  // returns the errors ("origin: why") in the entries' order, for a pack author who wants
  // every entry checked, not only those a draft reaches.
  std::vector<std::string> CompileAll() const;

 private:
  struct Entry {
    LexiconEntrySpec spec;
    // Its anchor sets and starts, as the index numbers anchors (the spec's are cleared).
    std::vector<std::vector<uint32_t>> sets;
    std::vector<uint32_t> starts;
    LazyRegex re;
    const RE2& Compiled() const { return re.Get(spec.regex, spec.origin); }
  };

  // The entries that run on text, in their order, each with where its starts end in
  // `starts` (which holds each one's sorted offsets after the one before's).
  void Select(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>>* runnable,
              std::vector<uint32_t>* starts) const;

  // Compiles the entries about to run (each pair: an entry's id, then where its starts end)
  // that are not compiled yet, side by side when there are several: a paragraph in a
  // language seen for the first time can need a hundred, and each takes RE2 up to
  // milliseconds.
  void CompileNew(const std::vector<std::pair<uint32_t, uint32_t>>& runnable) const;

  KeywordIndex index_;
  // For each anchor, the entries it is a trigger of. An entry's trigger is its one anchor set
  // likeliest to be rare (the greatest RankAnchors): a paragraph is checked for the entries whose
  // trigger it holds, not for all the hundreds that share a word like "de".
  std::vector<std::vector<uint32_t>> triggers_;
  std::unique_ptr<Entry[]> entries_;
  size_t entry_count_ = 0;
};

}  // namespace draftlint
