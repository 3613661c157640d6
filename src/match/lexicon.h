// Lexicons: the word lists a pack's rules are made of, one file per list and language
// (lexicons/<lang>/<name>.txt), one entry a line, '#' starting a comment.
//
// An entry is literal text with a few marks, so that HR and compliance people can write them:
//   a space        one or more spaces or a line break (none needed next to CJK text)
//   {name}         a slot the pack defines: a person's name, a month, the competitors, ...
//   (a|b|)         alternatives; an empty one makes the group optional: "take(s|) over"
//   word*          the word and any letters after it: "frustrat*" (Latin letters in a
//                  language written in Latin script)
//   \x             the character x itself: "\(", "\*"
// Matching ignores case; ICU word boundaries are checked at both ends, except next to CJK.
#pragma once

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace draftlint {

struct LexiconEntry {
  std::string text;
  int line = 0;
};

struct Lexicon {
  std::string path;
  std::vector<LexiconEntry> entries;
};

// Reads a lexicon file; throws std::runtime_error("path: ...") when it cannot be read or is
// not UTF-8.
Lexicon LoadLexicon(const std::filesystem::path& path);

struct EntryOptions {
  // Accented letters also match without their accent ("não" matches "nao").
  bool accents_optional = false;
  // Every space may also be no space, as in Chinese and Japanese, where "由 Kevin 接手" and
  // "由Kevin接手" are both written.
  bool optional_spaces = false;
  // The language is written in Latin script: "word*" is followed by Latin letters only.
  // Any letter (\pL) compiles to some 70,000 RE2 instructions per "*", Latin letters to
  // 2,000: Hungarian's thousand stems would cost seconds and hundreds of megabytes.
  bool latin_script = false;
};

// What an entry or a slot compiles to: the RE2 regex, and its anchors: literals in BaseFold
// form one of which every match contains (a KeywordIndex finds them), or none when it can
// match without a literal ("{person}").
struct EntryPattern {
  std::string regex;
  std::optional<std::vector<std::string>> anchors;
  // For a whole entry: the anchor sets of its words, groups and slots, each of which every
  // match holds one anchor of, in the entry's order (the most telling kMaxAnchorSets). An
  // entry is run only where all of them occur in that order: "(werde|will) ... Teil ...
  // {org}" is not compiled for every paragraph with "werde" in it, nor run where "Teil" only
  // comes before it. Empty when the entry has no anchor.
  std::vector<std::vector<std::string>> anchor_sets;
  // The words (in BaseFold form, as anchors are) one of which every match begins with: a
  // Latin word's start or a CJK run. A matcher need then try the pattern only where one of
  // them occurs. nullopt when a match may begin otherwise: with a slot that has no starts
  // (a name, any word), a space, punctuation.
  std::optional<std::vector<std::string>> starts;
  // Where in regex the last element begins when that element is a slot, else npos: the
  // alternatives of a group or word list that end with the same slot share one copy of it
  // (JoinAlternatives).
  size_t slot_tail = std::string::npos;
};

inline constexpr size_t kMaxAnchorSets = 4;

// An anchor's length for ranking: its code points, a CJK one counting two.
int AnchorWeight(std::string_view anchor);

// The order anchor sets are preferred in, to find an entry by: the greater rank is likelier
// to be rare in a text. First the score, the least AnchorWeight of the set's anchors (the
// shorter its shortest anchor, the more often a set is found in vain), then fewer anchors.
struct AnchorRank {
  int score = 1 << 20;  // of a set with no anchor yet
  int fewer = 0;        // minus the number of anchors
  // Counts one more of the set's anchors in, by its AnchorWeight.
  void Add(int weight) {
    score = std::min(score, weight);
    --fewer;
  }
  auto operator<=>(const AnchorRank&) const = default;
};
AnchorRank RankAnchors(const std::vector<std::string>& anchors);

// A slot's pattern is shared by every entry that names it: a word-list slot's regex and
// anchors are large.
using SlotLookup = std::function<std::shared_ptr<const EntryPattern>(std::string_view)>;

// The groups already compiled for one word list, by their text: a list repeats the same
// phrase of time ("(ab |ab dem |zum |...)") in hundreds of entries, and copying a group with
// a word-list slot in it is much cheaper than compiling it again. Holds for one slot lookup
// and one set of options.
struct GroupMemo {
  struct Group {
    EntryPattern pattern;
    bool open_end = false;
    bool may_be_empty = false;
  };
  // Keyed by the group's text inside its parentheses, after '1' when it is glued to what
  // comes before it, else '0'.
  std::unordered_map<std::string, Group> groups;
};

// Compiles one entry. slot(name) gives a slot's pattern, or nullptr for an unknown slot.
// Returns nullopt and sets error on a syntax error. memo, when given, is read and filled.
std::optional<EntryPattern> CompileEntry(std::string_view entry, const SlotLookup& slot,
                                         const EntryOptions& options, std::string* error,
                                         GroupMemo* memo = nullptr);

// Alternatives as one RE2 alternation, without parentheses around it. Those that end with the
// same large slot share one copy of it: "Head of {team}|Director of {team}" becomes
// "(?:Head\s+of\s+|Director\s+of\s+){team}". RE2 factors out common beginnings only, and a
// word-list slot compiles to thousands of instructions; the language matched is the same.
std::string JoinAlternatives(const std::vector<const EntryPattern*>& alternatives);

// The anchor of a literal name: its longest word (or CJK run), in BaseFold form.
std::string LiteralAnchor(std::string_view text);

// A literal name as a regex: special characters escaped, any spacing matching any spacing,
// "ß" also matching "ss", and with any_accents every Latin letter matching itself with or
// without an accent ("Muller" and "Müller" alike).
std::string LiteralRegex(std::string_view text, bool any_accents);

// Lower-cased by ICU's full case folding, for comparing values with list entries.
std::string FoldCase(std::string_view text);

}  // namespace draftlint
