#include "match/lexicon.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "match/base_fold.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

void AppendEscaped(std::string* out, UChar32 c) {
  if (c < 0x80) {
    const char ch = static_cast<char>(c);
    if (std::string_view("\\.+*?()|[]{}^$").find(ch) != std::string_view::npos)
      out->push_back('\\');
    out->push_back(ch);
    return;
  }
  char buffer[4];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, length);
}

// The letter without its accents, by ICU's canonical decomposition; -1 when it has none.
UChar32 BaseLetter(UChar32 c) {
  if (c < 0xC0) return -1;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfd->getDecomposition(c, decomposition)) return -1;
  const UChar32 base = decomposition.char32At(0);
  return base < 0x80 ? base : -1;
}

using Anchors = std::optional<std::vector<std::string>>;

}  // namespace

int AnchorWeight(std::string_view anchor) {
  int weight = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(anchor.data());
  for (int32_t i = 0; i < static_cast<int32_t>(anchor.size());) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, static_cast<int32_t>(anchor.size()), c);
    weight += IsCjk(c) ? 2 : 1;
  }
  return weight;
}

AnchorRank RankAnchors(const std::vector<std::string>& anchors) {
  AnchorRank rank;
  for (const std::string& anchor : anchors) rank.Add(AnchorWeight(anchor));
  return rank;
}

namespace {

// The anchor sets a sequence offers, one per word, group or slot that has anchors: every set
// is required, and the best one is what a group or slot around the sequence is found by. Each
// set is ranked once: a word-list slot's set has hundreds of anchors.
struct AnchorSets {
  std::vector<std::vector<std::string>> required;
  std::vector<AnchorRank> ranks;  // of required
  std::optional<size_t> best;     // in required

  void Offer(Anchors candidate) {
    if (!candidate || candidate->empty()) return;
    const AnchorRank rank = RankAnchors(*candidate);
    if (!best || rank > ranks[*best]) best = required.size();
    required.push_back(std::move(*candidate));
    ranks.push_back(rank);
  }

  Anchors Best() const { return best ? Anchors(required[*best]) : std::nullopt; }

  // The most telling sets, at most kMaxAnchorSets of them, in the sequence's order.
  std::vector<std::vector<std::string>> Strongest() && {
    std::vector<size_t> order(required.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return ranks[a].score > ranks[b].score; });
    if (order.size() > kMaxAnchorSets) order.resize(kMaxAnchorSets);
    std::sort(order.begin(), order.end());
    std::vector<std::vector<std::string>> strongest;
    for (size_t k : order) strongest.push_back(std::move(required[k]));
    return strongest;
  }
};

// The anchors a literal run offers: each of its words (Latin letters and digits) that starts
// a word in the text too, and each run of CJK characters. Returns the word or CJK run the
// literal run begins with (in BaseFold form), empty when it begins with anything else.
std::string LiteralAnchors(std::string_view run, bool glued, AnchorSets* sets) {
  const auto* s = reinterpret_cast<const uint8_t*>(run.data());
  const auto n = static_cast<int32_t>(run.size());
  std::string piece;
  std::string first;
  enum class Kind { kNone, kWord, kCjk } kind = Kind::kNone;
  bool word_initial = !glued;
  bool at_start = true;
  bool piece_at_start = false;
  auto flush = [&] {
    if (kind == Kind::kCjk || (kind == Kind::kWord && word_initial))
      sets->Offer(std::vector<std::string>{piece});
    if (piece_at_start && kind != Kind::kNone) first = piece;
    piece.clear();
  };
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    const Kind next = IsCjk(c) ? Kind::kCjk : (u_isalnum(c) ? Kind::kWord : Kind::kNone);
    if (next != kind) {
      flush();
      // Inside a run, a word starts after punctuation or CJK; at the run's start, unless the
      // run is glued to a group or slot before it.
      word_initial = at_start ? !glued : true;
      piece_at_start = at_start;
      kind = next;
    }
    at_start = false;
    if (kind != Kind::kNone) AppendBaseFold(c, &piece);
  }
  flush();
  return first;
}

// Recursive-descent translation of the entry syntax described in the header.
class EntryCompiler {
 public:
  EntryCompiler(std::string_view entry, const SlotLookup& slot, const EntryOptions& options,
                GroupMemo* memo)
      : entry_(entry), slot_(slot), options_(options), memo_(memo) {}

  std::optional<EntryPattern> Compile(std::string* error) {
    EntryPattern pattern;
    if (!Alternatives(&pattern, false, false) || pos_ != entry_.size()) {
      if (error_.empty()) error_ = "unbalanced ')'";
      *error = error_;
      return std::nullopt;
    }
    return pattern;
  }

 private:
  enum class Last { kNone, kCjk, kOther };

  // glued: the alternatives follow a group or slot with no space between. open_end (when
  // not null) tells whether each alternative is empty or ends with a space, so that what
  // follows the group starts a word.
  bool Alternatives(EntryPattern* out, bool in_group, bool glued, bool* open_end = nullptr,
                    bool* may_be_empty = nullptr) {
    std::vector<EntryPattern> options;
    if (open_end) *open_end = true;
    if (may_be_empty) *may_be_empty = false;
    while (true) {
      EntryPattern sequence;
      const size_t start = pos_;
      if (!Sequence(&sequence, in_group, glued)) return false;
      const std::string_view text = entry_.substr(start, pos_ - start);
      // What follows starts a word unless an alternative ends in a letter or digit.
      if (open_end && !text.empty() && std::isalnum(static_cast<unsigned char>(text.back())))
        *open_end = false;
      if (may_be_empty && sequence.regex.empty()) *may_be_empty = true;
      options.push_back(std::move(sequence));
      if (pos_ < entry_.size() && entry_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    if (!in_group && options.size() > 1) {
      error_ = "'|' outside parentheses";
      return false;
    }
    if (options.size() == 1) {
      *out = std::move(options[0]);
      return true;
    }
    std::vector<const EntryPattern*> alternatives;
    for (const EntryPattern& option : options) alternatives.push_back(&option);
    out->regex = "(?:" + JoinAlternatives(alternatives) + ")";
    // A group is found by any alternative's anchors, so each must have some.
    std::vector<std::string> anchors;
    bool anchored = true;
    for (size_t k = 0; k < options.size(); ++k) {
      if (!options[k].anchors) {
        anchored = false;
      } else {
        anchors.insert(anchors.end(), std::make_move_iterator(options[k].anchors->begin()),
                       std::make_move_iterator(options[k].anchors->end()));
      }
    }
    if (anchored) out->anchors = std::move(anchors);
    // A group's match begins as one of its alternatives' does; an empty one is the caller's
    // to account for.
    out->starts.emplace();
    for (EntryPattern& option : options) {
      if (option.regex.empty()) continue;
      if (!option.starts) {
        out->starts.reset();
        break;
      }
      out->starts->insert(out->starts->end(), std::make_move_iterator(option.starts->begin()),
                          std::make_move_iterator(option.starts->end()));
    }
    return true;
  }

  // The group whose text begins at pos_, up to its ')': from memo_ when the same text was
  // compiled before.
  bool Group(EntryPattern* out, bool glued, bool* open_end, bool* may_be_empty) {
    const size_t close = memo_ ? ClosingParenthesis() : std::string_view::npos;
    if (close == std::string_view::npos)
      return Alternatives(out, true, glued, open_end, may_be_empty);
    std::string key(1, glued ? '1' : '0');
    key.append(entry_.substr(pos_, close - pos_));
    if (const auto it = memo_->groups.find(key); it != memo_->groups.end()) {
      *out = it->second.pattern;
      *open_end = it->second.open_end;
      *may_be_empty = it->second.may_be_empty;
      pos_ = close;
      return true;
    }
    if (!Alternatives(out, true, glued, open_end, may_be_empty)) return false;
    if (pos_ == close)
      memo_->groups.emplace(std::move(key), GroupMemo::Group{*out, *open_end, *may_be_empty});
    return true;
  }

  // Where the group that begins at pos_ ends: its ')', or npos when it is not closed.
  size_t ClosingParenthesis() const {
    int depth = 1;
    for (size_t k = pos_; k < entry_.size(); ++k) {
      if (entry_[k] == '\\') {
        ++k;
      } else if (entry_[k] == '(') {
        ++depth;
      } else if (entry_[k] == ')' && --depth == 0) {
        return k;
      }
    }
    return std::string_view::npos;
  }

  // In a group, spaces at the edges of an alternative count: "(be |)taking" is "be taking"
  // or "taking".
  bool Sequence(EntryPattern* out_pattern, bool in_group, bool glued) {
    std::string* out = &out_pattern->regex;
    AnchorSets sets;
    Last last = Last::kNone;
    bool pending_space = false;
    // Whether the next token continues a word of the text: it follows a letter, digit, slot
    // or a group that may end in one, with no space between.
    bool after_structure = glued;
    std::string run;  // the literal run being read, for its anchors
    bool run_glued = glued;
    // The words a match of the sequence begins with, gathered while only optional groups
    // have been read (open); nullopt once a match may begin with something else.
    std::optional<std::vector<std::string>> starts = std::vector<std::string>();
    bool starts_open = true;
    auto begin_with = [&](const std::optional<std::vector<std::string>>& element,
                          bool may_be_empty) {
      if (!starts_open) return;
      if (!element) {
        starts.reset();
        starts_open = false;
        return;
      }
      starts->insert(starts->end(), element->begin(), element->end());
      starts_open = may_be_empty;
    };
    bool run_begins = false;  // the run being read is the sequence's first element
    // Where the last slot read begins and ends in out: it is the sequence's last element when
    // nothing was written after it.
    size_t slot_begin = std::string::npos;
    size_t slot_end = std::string::npos;
    auto end_run = [&] {
      if (run.empty()) return;
      const std::string first = LiteralAnchors(run, run_glued, &sets);
      if (run_begins) {
        begin_with(run_glued || first.empty() ? std::nullopt
                                              : std::optional<std::vector<std::string>>({first}),
                   false);
        run_begins = false;
      }
      run.clear();
    };
    auto separate = [&](Last next) {
      if (pending_space) {
        out->append(options_.optional_spaces || last == Last::kCjk || next == Last::kCjk ? "\\s*"
                                                                                         : "\\s+");
      } else if (last != Last::kNone && (last == Last::kCjk) != (next == Last::kCjk)) {
        out->append("\\s*");
      }
      pending_space = false;
      last = next;
    };
    while (pos_ < entry_.size()) {
      const char c = entry_[pos_];
      if (c == '|' || c == ')') break;
      if (c == ' ' || c == '\t') {
        while (pos_ < entry_.size() && (entry_[pos_] == ' ' || entry_[pos_] == '\t')) ++pos_;
        if (last != Last::kNone || in_group) pending_space = true;
        end_run();
        // After nothing, or after groups that may be empty, a match may begin with the space.
        begin_with(std::nullopt, false);
        after_structure = false;
        continue;
      }
      if (c == '(') {
        end_run();
        ++pos_;
        EntryPattern group;
        const bool group_glued = after_structure && !pending_space;
        bool open_end = false;
        bool may_be_empty = false;
        if (!Group(&group, group_glued, &open_end, &may_be_empty)) return false;
        begin_with(group.starts, may_be_empty);
        if (pos_ >= entry_.size() || entry_[pos_] != ')') {
          error_ = "unclosed '('";
          return false;
        }
        ++pos_;
        if (pending_space && may_be_empty && last != Last::kNone) {
          // "su (nuevo|) interlocutor": the space before an optional group goes with it, so
          // that "su interlocutor" needs one space, not two.
          out->append("(?:").append(options_.optional_spaces || last == Last::kCjk ? "\\s*"
                                                                                   : "\\s+");
          out->append(group.regex).append(")?");
          pending_space = false;
          last = Last::kOther;
        } else {
          separate(Last::kOther);
          out->append(group.regex);
        }
        sets.Offer(std::move(group.anchors));
        after_structure = group_glued || !open_end;
        continue;
      }
      if (c == '{') {
        end_run();
        const size_t close = entry_.find('}', pos_);
        if (close == std::string_view::npos) {
          error_ = "unclosed '{'";
          return false;
        }
        const std::string_view name = entry_.substr(pos_ + 1, close - pos_ - 1);
        const auto slot = slot_(name);
        if (!slot) {
          error_ = "unknown slot {" + std::string(name) + "}";
          return false;
        }
        pos_ = close + 1;
        begin_with(slot->starts, false);
        separate(Last::kOther);
        slot_begin = out->size();
        out->append(slot->regex);
        slot_end = out->size();
        sets.Offer(slot->anchors);
        after_structure = true;
        continue;
      }
      if (c == '*') {
        if (last == Last::kNone) {
          error_ = "'*' must follow a word";
          return false;
        }
        ++pos_;
        // The word's known letters end at the '*' ("frust*rated" begins with "frust" and holds
        // no "frustrated"); letters after it are glued to the unknown ones.
        end_run();
        // Latin-1 Supplement and Latin Extended-A and -B letters, without × and ÷.
        out->append(options_.latin_script
                        ? "[a-zA-Z\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{24F}]*"
                        : "\\pL*");
        continue;
      }
      if (c == '}') {
        error_ = "unmatched '}'";
        return false;
      }
      if (c == '\\') {
        ++pos_;
        if (pos_ >= entry_.size()) {
          error_ = "'\\' at the end of the entry";
          return false;
        }
      }
      const auto* s = reinterpret_cast<const uint8_t*>(entry_.data());
      auto i = static_cast<int32_t>(pos_);
      UChar32 cp;
      U8_NEXT(s, i, static_cast<int32_t>(entry_.size()), cp);
      if (cp < 0) {
        error_ = "not UTF-8";
        return false;
      }
      if (run.empty()) {
        run_glued = after_structure;
        run_begins = starts_open;
      }
      run.append(entry_.substr(pos_, static_cast<size_t>(i) - pos_));
      pos_ = static_cast<size_t>(i);
      separate(IsCjk(cp) ? Last::kCjk : Last::kOther);
      Literal(out, cp);
      after_structure = u_isalnum(cp) && !IsCjk(cp);
    }
    end_run();
    if (pending_space)
      out->append(options_.optional_spaces || last == Last::kCjk ? "\\s*" : "\\s+");
    if (slot_end == out->size()) out_pattern->slot_tail = slot_begin;
    out_pattern->anchors = sets.Best();
    out_pattern->anchor_sets = std::move(sets).Strongest();
    // A sequence of optional groups only may match without any of them.
    if (!starts_open) out_pattern->starts = std::move(starts);
    return true;
  }

  void Literal(std::string* out, UChar32 c) {
    if (c == 0xDF) {  // ß is written "ss" as often as not.
      out->append("(?:ß|ss)");
      return;
    }
    const UChar32 base = options_.accents_optional ? BaseLetter(c) : -1;
    if (base < 0) {
      AppendEscaped(out, c);
      return;
    }
    out->push_back('[');
    AppendEscaped(out, c);
    AppendEscaped(out, base);
    out->push_back(']');
  }

  std::string_view entry_;
  const SlotLookup& slot_;
  const EntryOptions& options_;
  GroupMemo* memo_;
  size_t pos_ = 0;
  std::string error_;
};

// Every precomposed Latin letter, grouped by the ASCII letter it is made from.
const std::map<UChar32, std::vector<UChar32>>& AccentedForms() {
  static const auto* forms = [] {
    auto* table = new std::map<UChar32, std::vector<UChar32>>;
    for (UChar32 c = 0xC0; c <= 0x24F; ++c) {
      const UChar32 base = BaseLetter(c);
      if (base >= 0) (*table)[base | 0x20].push_back(c);
    }
    return table;
  }();
  return *forms;
}

}  // namespace

std::string JoinAlternatives(const std::vector<const EntryPattern*>& alternatives) {
  // Sharing a short slot ("{day}") saves less than the group it costs.
  constexpr size_t kMinSharedTail = 64;
  auto tail = [&](size_t k) {
    const EntryPattern& alternative = *alternatives[k];
    if (alternative.slot_tail == std::string::npos ||
        alternative.regex.size() - alternative.slot_tail < kMinSharedTail) {
      return std::string_view();
    }
    return std::string_view(alternative.regex).substr(alternative.slot_tail);
  };
  std::string out;
  std::vector<bool> joined(alternatives.size(), false);
  for (size_t k = 0; k < alternatives.size(); ++k) {
    if (joined[k]) continue;
    if (k > 0) out.push_back('|');
    const std::string_view shared = tail(k);
    std::vector<size_t> sharing = {k};
    for (size_t j = k + 1; !shared.empty() && j < alternatives.size(); ++j) {
      if (!joined[j] && tail(j) == shared) sharing.push_back(j);
    }
    if (sharing.size() == 1) {
      out.append(alternatives[k]->regex);
      continue;
    }
    out.append("(?:(?:");
    for (size_t j : sharing) {
      if (j != k) out.push_back('|');
      out.append(alternatives[j]->regex, 0, alternatives[j]->slot_tail);
      joined[j] = true;
    }
    out.append(")").append(shared).append(")");
  }
  return out;
}

std::string LiteralRegex(std::string_view text, bool any_accents) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  bool space = false;
  UChar32 previous = -1;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space || (previous >= 0 && IsCjk(previous) != IsCjk(c))) {
      out.append(space && !IsCjk(previous) && !IsCjk(c) ? "\\s+" : "\\s*");
    }
    space = false;
    previous = c;
    if (c == 0xDF) {
      out.append("(?:ß|ss)");
      continue;
    }
    const UChar32 base = BaseLetter(c) >= 0 ? BaseLetter(c) : c;
    const auto forms = AccentedForms().find(base | 0x20);
    if (!any_accents || base >= 0x80 || forms == AccentedForms().end()) {
      AppendEscaped(&out, c);
      continue;
    }
    out.push_back('[');
    AppendEscaped(&out, base);
    for (UChar32 form : forms->second) AppendEscaped(&out, form);
    out.push_back(']');
  }
  return out;
}

Lexicon LoadLexicon(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read lexicon");
  Lexicon lexicon;
  lexicon.path = path.string();
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    // A comment starts at '#' at the line's start or after a space; "\#" is a literal '#'.
    for (size_t k = 0; k < line.size(); ++k) {
      if (line[k] == '\\') {
        ++k;
      } else if (line[k] == '#' && (k == 0 || line[k - 1] == ' ' || line[k - 1] == '\t')) {
        line.erase(k);
        break;
      }
    }
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    const size_t last = line.find_last_not_of(" \t");
    std::string text = line.substr(first, last - first + 1);
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    while (i < static_cast<int32_t>(text.size())) {
      UChar32 c;
      U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
      if (c < 0)
        throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": not UTF-8");
    }
    lexicon.entries.push_back({std::move(text), number});
  }
  return lexicon;
}

std::optional<EntryPattern> CompileEntry(std::string_view entry, const SlotLookup& slot,
                                         const EntryOptions& options, std::string* error,
                                         GroupMemo* memo) {
  return EntryCompiler(entry, slot, options, memo).Compile(error);
}

std::string LiteralAnchor(std::string_view text) {
  AnchorSets sets;
  LiteralAnchors(text, false, &sets);
  return sets.best ? sets.required[*sets.best].front() : std::string();
}

std::string FoldCase(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  unicode.foldCase();
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

}  // namespace draftlint
