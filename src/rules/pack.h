// A rule pack as written in rules/<name>.yaml: what the rules are, in data. The engine knows
// kinds of rules (span, document, metric) and kinds of evidence (lexicons, patterns, the
// phone detector, config lists); what a departure note may not say lives in the pack and its
// lexicons. docs/packs.md describes every key.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"
#include "segment/language.h"

namespace draftlint {

enum class Mode { kDraft, kTemplate };

// Where a detection's hits come from.
struct Source {
  enum class Kind { kLexicon, kPatterns, kDetector, kConfigList, kSignal };
  Kind kind = Kind::kLexicon;
  std::string name;  // the lexicon, detector, config list or signal
  // For kPatterns: regexes per language code; "any" applies to every language.
  std::map<std::string, std::vector<std::string>> patterns;
  bool whole_word = true;
  std::optional<bool> accents_optional;  // unset: the pack's default
  int line = 0;

  bool operator==(const Source&) const = default;
};

// A test a hit must pass.
struct Condition {
  enum class Kind {
    kValueIn,  // the hit's value is in a lexicon or config list
    kValueNotIn,
    kContext,         // the nearest marker around the hit is a "fire" marker
    kAny,             // one of several conditions
    kAll,             // all of several conditions (inside kAny)
    kNotAfter,        // no hit of these signals comes before it in scope, unless one of
                      // unless_between lies between them
    kNotFollowedBy,   // a regex does not match right after the hit
    kNotPrecededBy,   // ... right before it
    kNotOverlapping,  // no hit of these signals or rules overlaps it
  };
  enum class Compare { kExact, kDomain, kLeadingWord, kAnyWord, kPhone };
  enum class Scope { kSentence, kParagraph };

  Kind kind = Kind::kValueIn;
  std::string lexicon;      // kValueIn / kValueNotIn: a lexicon name, or
  std::string config_list;  // a config list (company.domains, company.phones, ...)
  Compare compare = Compare::kExact;
  bool captured_only = false;  // kValueIn / kValueNotIn: hits without a captured value pass
  std::vector<std::string> fire, stop;  // kContext: detection names
  Scope scope = Scope::kSentence;
  int before = -1;  // kContext: how far markers may be, in code points (-1: the whole scope)
  int after = -1;
  bool default_fire = false;                // kContext: the answer when no marker is near
  std::vector<Condition> any;               // kAny, kAll
  std::vector<std::string> unless_between;  // kNotAfter (the signals are in `rules`)
  std::vector<std::string> reset_by;        // kNotAfter: markers that cancel an unless_between
  std::string regex;                        // kNotFollowedBy / kNotPrecededBy
  std::vector<std::string> rules;           // kNotOverlapping, kNotAfter
  int line = 0;

  bool operator==(const Condition&) const = default;
};

// A named way of finding evidence: a signal, or what a span rule reports.
struct Detection {
  std::string name;
  std::vector<Source> sources;
  std::vector<Condition> conditions;  // all must hold
  // In template mode, placeholders (hits of template_signal) whose name is in
  // template_names stand for this detection: {{successor_name}} is a successor.
  std::string template_signal;
  std::string template_names;
  int line = 0;

  bool operator==(const Detection&) const = default;
};

// A sentence or draft a rule must fire on (with the span it must report) or must not:
// documentation that `draftlint test-pack` checks.
struct Example {
  bool fire = true;
  std::string text;
  std::string span;  // fire: the finding's text (its first occurrence in text); "" for any
  std::optional<Language> language;  // as --lang; unset: detected
  Mode mode = Mode::kDraft;
  int line = 0;

  bool operator==(const Example&) const = default;
};

struct Rule {
  enum class Kind { kSpan, kDocument, kMetric };
  std::string id;
  Kind kind = Kind::kSpan;
  Severity severity = Severity::kWarning;
  std::string summary;      // one line
  std::string description;  // what it catches
  std::string rationale;    // why it matters: the advice it comes from
  std::string message;      // with each finding; "{text}" is replaced by the found text
  std::vector<Mode> modes;  // modes it runs in; empty: all
  int merge_gap = 0;        // kSpan: hits this many code points apart or closer are one finding
  // How an editor may fix a finding: remove the span with its lead-in words ("call me on my
  // mobile, 555 0199"), replace it with a neutral word, or insert a sentence (per language).
  enum class FixKind { kNone, kRemove, kReplace, kInsert };
  FixKind fix = FixKind::kNone;
  std::string fix_title;
  std::map<std::string, std::string> fix_texts;  // language code -> text
  Detection detection;                           // kSpan
  std::vector<std::string> required;  // kDocument: fires when none of these has a hit ...
  std::vector<std::string> when;      // ... and all of these have one
  std::string metric;                 // kMetric: "sentences"
  int max = 0;
  std::vector<Example> examples;
  int line = 0;
  // Languages it can be checked in (Pack::Coverage), found when the pack is read: every
  // engine and every run needs them, and finding them stats the word lists' files.
  std::vector<Language> coverage;

  bool operator==(const Rule&) const = default;
};

// A named piece of pattern, written {name} in lexicon entries and patterns.
struct Slot {
  std::map<std::string, std::string> patterns;  // language code or "any" -> regex
  std::string lexicon;                          // or the entries of a lexicon
  bool capture = false;                         // its text becomes the hit's value
  int line = 0;

  bool operator==(const Slot&) const = default;
};

struct Pack {
  std::string name;
  std::string description;
  std::filesystem::path path;
  std::filesystem::path lexicon_dir;
  // The .draftlint.yaml the rules' examples are checked with (competitors, company domains);
  // empty: the built-in defaults.
  std::filesystem::path examples_config;
  std::vector<Language> languages;
  std::map<Language, std::vector<std::string>> regions;
  std::string word_suffixes;  // lexicon of endings that keep a word whole
  std::string word_prefixes;  // lexicon of elisions before a word ("l'")
  // Languages whose lexicon entries also match without their accents (people type
  // Portuguese or Spanish without them; German "schon" and "schön" are different words).
  std::vector<Language> accents_optional;
  std::map<std::string, Slot> slots;
  std::vector<Detection> signals;
  std::vector<Rule> rules;

  // Field by field; pack_record_test compares packs read back from the cache with it.
  bool operator==(const Pack&) const = default;

  const Rule* FindRule(std::string_view id) const;
  const Detection* FindDetection(std::string_view name) const;  // a signal or a span rule
  std::filesystem::path LexiconPath(std::string_view lexicon, std::string_view language) const;
  // Languages a rule can be checked in: those its word lists exist for (all of them when
  // it uses none). LoadPack keeps it in the rule's coverage.
  std::vector<Language> Coverage(const Rule& rule) const;

 private:
  bool Covers(const std::string& name, Language language, std::set<std::string>* visiting) const;
};

// Reads and checks a pack: unknown keys, bad regexes, unknown slots, signals or lexicons,
// and cycles are LoadErrors naming file and line.
Pack LoadPack(const std::filesystem::path& path);

}  // namespace draftlint
