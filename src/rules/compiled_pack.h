// A pack and a config made ready to match. When the first paragraph in a language arrives,
// that language's lexicons are read and parsed, and its raw patterns compiled; a lexicon
// entry itself is compiled only when a paragraph holds one of its anchors. A short English
// draft never pays for Hungarian, nor for the English entries it cannot contain. Shared
// read-only by every thread.
#pragma once

#include <re2/re2.h>

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "match/lexicon.h"
#include "match/lexicon_matcher.h"
#include "match/pattern_set.h"
#include "match/phone_detector.h"
#include "rules/config.h"
#include "rules/disk_cache.h"
#include "rules/pack.h"

namespace draftlint {

class CompiledPack {
 public:
  // With a cache, a language's lexicon entries translated to RE2 syntax are read from it when
  // their files have not changed, and written to it when they had to be translated.
  CompiledPack(std::shared_ptr<const Pack> pack, Config config,
               std::shared_ptr<const DiskCache> cache = nullptr);

  const Pack& pack() const { return *pack_; }
  const Config& config() const { return config_; }

  // Signals first, then span rules; a detection's index is its id in the engine.
  const std::vector<const Detection*>& detections() const { return detections_; }
  int DetectionIndex(std::string_view name) const;

  // Whether the pack has every word list a rule needs in a language.
  bool Covers(const Rule& rule, Language language) const;

  // Every pattern-backed source gets an owner id: its index here.
  struct SourceRef {
    int detection = 0;
    const Source* source = nullptr;
  };
  const std::vector<SourceRef>& sources() const { return sources_; }

  // Everything that runs on the paragraphs of one language, or (no language) on every
  // paragraph: the pack's raw patterns and config lists.
  class Patterns {
   public:
    // Throws std::runtime_error for a pattern RE2 rejects (PatternSet). anchors: the table
    // the entries' anchor numbers index.
    Patterns(std::vector<PatternSpec> always, std::vector<std::string> anchors,
             std::vector<LexiconEntrySpec> entries);
    // Throws LoadError for an entry RE2 rejects.
    void FindAll(std::string_view text, const WordAffixes& affixes,
                 std::vector<RawHit>* hits) const;
    // Compiles the lexicon entries FindAll would run on these texts (LexiconMatcher).
    void CompileFor(const std::vector<std::string_view>& texts) const {
      entries_->CompileFor(texts);
    }
    // Compiles every lexicon entry now; returns the errors.
    std::vector<std::string> CompileAll() const { return entries_->CompileAll(); }

   private:
    std::unique_ptr<const PatternSet> always_;
    std::unique_ptr<const LexiconMatcher> entries_;
  };
  // Throws LoadError ("lexicons/hu/x.txt:12: ...") when a lexicon entry is malformed.
  const Patterns& ForLanguage(Language language) const;
  const Patterns& Neutral() const;
  // A paragraph's text in one of its languages.
  struct LanguageText {
    Language language;
    std::string_view text;
  };
  // Compiles the neutral patterns and those of the texts' languages, the ones not compiled
  // yet, side by side on the run's spare cores (ParallelFor). While the neutral patterns
  // compile, the lexicon entries the texts will run are compiled beside them. A malformed
  // entry is left for ForLanguage to report.
  void Prepare(const std::vector<LanguageText>& texts) const;
  const WordAffixes& Affixes(Language language) const;

  // A language's lexicon entries as they are compiled and cached: each regex case-insensitive
  // and in a group, the {competitors} slot still stood in for; anchors numbered in one table.
  struct ListedEntry {
    std::string regex;
    std::string origin;                              // "file:line"
    std::vector<std::vector<uint32_t>> anchor_sets;  // EntryPattern::anchor_sets
    std::vector<uint32_t> starts;                    // EntryPattern::starts; empty: unknown
  };
  struct ListedEntries {
    std::vector<std::string> anchors;
    // Each source's entries, in source order; none for a source that is not a lexicon.
    std::vector<std::vector<ListedEntry>> by_source;
  };

  // The owner ids of sources that use the phone detector, and the detector itself.
  const std::vector<int>& phone_owners() const { return phone_owners_; }
  const PhoneDetector& phones() const { return phone_detector_; }
  // Regions to read national phone numbers with: the config's, then the language's.
  std::vector<std::string> Regions(Language language) const;

  // A lexicon's entries, case-folded, for value comparisons (the language's and any/).
  const std::set<std::string>& Values(const std::string& lexicon, Language language) const;
  // A config list ("company.domains", "company.names", "competitors"), case-folded, for
  // value comparisons; empty for any other name.
  const std::set<std::string>& ConfigValues(const std::string& list) const;
  // The company's lines in E.164 (libphonenumber is started on the first call).
  const std::set<std::string>& company_phones() const;

  // The compiled regex of a not-followed-by / not-preceded-by condition.
  const RE2& ConditionRegex(const Condition& condition) const;

 private:
  std::string CompetitorsRegex() const;
  // The anchors of the competitors' names; nullopt when one of them has none.
  std::optional<std::vector<std::string>> CompetitorAnchors() const;
  // A translated regex as it is compiled: case-insensitive, in a group closed by `close` (")"
  // or ")$"), with the config's competitors in place of the {competitors} slot's stand-in.
  std::string Flagged(std::string_view regex, std::string_view close = ")") const;
  // A regex with the config's competitors in place of the stand-in; returned as it came when
  // it has none, as nearly all of a language's thousands of entries, some of them kilobytes
  // long, do.
  std::string WithCompetitors(std::string regex) const;
  std::shared_ptr<const EntryPattern> Slot(std::string_view name, const std::string& language,
                                           int depth) const;
  EntryOptions EntryOptionsFor(const std::string& language, std::optional<bool> accents) const;
  // Each entry of a lexicon in a language (or any/), compiled; origin names file and line.
  std::vector<std::pair<EntryPattern, std::string>> LexiconEntries(const std::string& lexicon,
                                                                   const std::string& language,
                                                                   const EntryOptions& options,
                                                                   int depth) const;
  std::unique_ptr<Patterns> Compile(const std::string& language) const;
  // Each source's lexicon entries in a language (none for other sources), in source order;
  // from the cache when it has them. Throws the first source's error, in source order.
  ListedEntries ListEntries(const std::string& language) const;
  // What a language's listed entries are made from, for the cache.
  std::string EntriesKey(const std::string& language) const;
  void CompileConditionRegexes(const Condition& condition);

  std::shared_ptr<const Pack> pack_;
  Config config_;
  std::shared_ptr<const DiskCache> cache_;
  std::string competitors_regex_;
  std::optional<std::vector<std::string>> competitor_anchors_;
  std::vector<const Detection*> detections_;
  std::vector<SourceRef> sources_;
  std::vector<int> phone_owners_;
  PhoneDetector phone_detector_;
  std::map<std::string, std::set<std::string>, std::less<>> config_values_;
  mutable std::once_flag company_phones_once_;
  mutable std::set<std::string> company_phones_;
  std::map<const Condition*, std::unique_ptr<RE2>> condition_regexes_;

  mutable std::array<std::once_flag, kAllLanguages.size()> compiled_once_;
  mutable std::array<std::unique_ptr<Patterns>, kAllLanguages.size()> compiled_;
  mutable std::once_flag neutral_once_;
  mutable std::unique_ptr<Patterns> neutral_;
  // Whether each language's patterns (by index), then the neutral ones, are compiled.
  mutable std::array<std::atomic<bool>, kAllLanguages.size() + 1> ready_{};
  mutable std::array<std::once_flag, kAllLanguages.size()> affixes_once_;
  mutable std::array<WordAffixes, kAllLanguages.size()> affixes_;
  // Each slot's pattern per language, made once: an entry may name a slot that names a
  // lexicon whose entries name slots, and a language's hundreds of entries share them.
  mutable std::mutex slots_mutex_;
  mutable std::map<std::pair<std::string, std::string>, std::shared_ptr<const EntryPattern>,
                   std::less<>>
      slots_;
  mutable std::mutex values_mutex_;
  mutable std::map<std::pair<std::string, Language>, std::unique_ptr<std::set<std::string>>>
      values_;
};

// The form patterns see a literal in: the same normalization as the drafts' text.
std::string NormalizeLiteral(std::string_view text);

}  // namespace draftlint
