// One document's evaluation: the hits of every source, then (lazily and once each) the hits
// of every detection with its conditions applied, then findings per rule kind.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "match/hit_cache.h"
#include "report/finding.h"
#include "rules/compiled_pack.h"
#include "rules/stages.h"
#include "segment/paragraphs.h"
#include "segment/sentences.h"
#include "text/document.h"

namespace draftlint {

class Evaluation {
 public:
  // rules: the rule settings for this document (the config's, with its overrides).
  Evaluation(const CompiledPack& pack, const Document& document, std::vector<Paragraph> paragraphs,
             std::map<std::string, RuleSetting> rules, Stages stages = {},
             HitCache* hit_cache = nullptr);

  std::vector<Finding> Run();

  // Every hit of every signal, as findings whose rule is the signal's name.
  std::vector<Finding> SignalHits();

  // The (language, rule) pairs Run could not check for lack of word lists.
  const std::vector<std::pair<std::string, std::string>>& uncovered() const { return uncovered_; }

 private:
  // A hit in both coordinate systems: original bytes for reports, view bytes of its
  // paragraph for context.
  struct Match {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t view_begin = 0;
    uint32_t view_end = 0;
    uint32_t paragraph = 0;
    std::string value;
    // Where the words that made it count start ("call me on my mobile, ..."), for fixes.
    uint32_t lead_in = UINT32_MAX;
  };

  void FindSourceHits();
  // The pattern and phone hits of one paragraph, in view offsets.
  void FindParagraphHits(const Paragraph& paragraph, std::vector<RawHit>* raw);
  const std::vector<Match>& Hits(int detection);
  // The hits of a detection in one paragraph that may reach into its view range [from, to).
  std::span<const Match> HitsNear(int detection, uint32_t paragraph, size_t from, size_t to);
  bool Holds(const Condition& condition, Match& match, const std::vector<Match>& siblings);
  bool ContextHolds(const Condition& condition, Match& match, const std::vector<Match>& siblings);
  bool ValueIn(const Condition& condition, const Match& match);
  bool NotAfter(const Condition& condition, const Match& match);
  bool NameStandsFor(const std::string& lexicon, const Match& placeholder);
  const Sentences& SentencesOf(uint32_t paragraph);
  bool RuleEnabled(const Rule& rule, Severity* severity) const;

  void SpanFindings(const Rule& rule, Severity severity, std::vector<Finding>* findings);
  void DocumentFinding(const Rule& rule, Severity severity, std::vector<Finding>* findings);
  Finding MakeFinding(const Rule& rule, Severity severity, size_t begin, size_t end) const;
  void AddFix(const Rule& rule, const Match* hit, size_t lead_in, Finding* finding) const;
  std::string MainLanguage() const;

  const CompiledPack& pack_;
  const Document& document_;
  std::vector<Paragraph> paragraphs_;
  std::vector<std::vector<Match>> source_hits_;
  std::vector<std::optional<std::vector<Match>>> detection_hits_;
  std::vector<uint32_t> longest_hit_;  // per detection, in view bytes
  std::vector<std::unique_ptr<Sentences>> sentences_;
  std::vector<std::pair<std::string, std::string>> uncovered_;
  std::map<std::string, RuleSetting> rules_;
  Stages stages_;
  HitCache* hit_cache_;  // may be null
};

}  // namespace draftlint
