#include "rules/compiled_pack.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <exception>
#include <unordered_map>

#include "match/lexicon.h"
#include "match/parallel_for.h"
#include "rules/slot_expander.h"
#include "rules/yaml_reader.h"
#include "text/normalized_text.h"

namespace draftlint {
namespace {

// Slots may use slots; deeper than this is a cycle.
constexpr int kMaxSlotDepth = 8;
constexpr const char* kNever = "[^\\s\\S]";
// What the {competitors} slot is while entries are translated, in their regexes and anchors;
// the config's names take its place when the entries are compiled. So translated entries do
// not depend on the config, and one cached translation serves every config.
constexpr std::string_view kCompetitorsStandIn = "\x01competitors\x01";

// A translated regex as RE2 is given it: case-insensitive, in a group closed by `close` (")",
// or ")$" for a condition that must reach the end).
std::string Wrapped(std::string_view regex, std::string_view close = ")") {
  constexpr std::string_view kOpen = "(?i)(?:";
  std::string wrapped;
  wrapped.reserve(kOpen.size() + regex.size() + close.size());
  wrapped += kOpen;
  wrapped += regex;
  wrapped += close;
  return wrapped;
}

// Numbers anchors in the table a LexiconMatcher takes: the same text, the same number.
// Looking one up indexes the table first, once: listed entries come with their anchors
// numbered, and most runs add none.
class AnchorTable {
 public:
  explicit AnchorTable(std::vector<std::string>* anchors) : anchors_(*anchors) {}

  uint32_t Number(const std::string& anchor) {
    if (!indexed_) {
      for (size_t a = 0; a < anchors_.size(); ++a)
        numbers_.emplace(anchors_[a], static_cast<uint32_t>(a));
      indexed_ = true;
    }
    const auto [known, added] =
        numbers_.try_emplace(anchor, static_cast<uint32_t>(anchors_.size()));
    if (added) anchors_.push_back(anchor);
    return known->second;
  }

 private:
  std::vector<std::string>& anchors_;
  std::unordered_map<std::string, uint32_t> numbers_;
  bool indexed_ = false;
};

size_t LanguageIndex(Language language) { return static_cast<size_t>(language); }

bool HasHan(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
    const UChar32 c = unicode.char32At(i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0x20000 && c <= 0x2FA1F))
      return true;
  }
  return false;
}

// The other script's spelling of a Chinese name: 宏達電 <-> 宏达电. ICU's transliterators
// take milliseconds to build, so they are built once, and only for configs with such names.
std::vector<std::string> ChineseVariants(const std::string& name) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> to_simplified, to_traditional;
  std::lock_guard<std::mutex> lock(mutex);
  if (!to_simplified) {
    UErrorCode status = U_ZERO_ERROR;
    to_simplified.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    to_traditional.reset(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !to_simplified || !to_traditional) return {};
  }
  std::vector<std::string> variants;
  for (const auto* transliterator : {to_simplified.get(), to_traditional.get()}) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(name);
    transliterator->transliterate(unicode);
    std::string variant;
    unicode.toUTF8String(variant);
    if (variant != name) variants.push_back(variant);
  }
  return variants;
}

// Each word list read once per process, and again when the file changes: the language
// server outlives edits to a pack's lists, and the cache on disk keys translated entries by
// the files as they are now.
class LexiconCache {
 public:
  std::shared_ptr<const Lexicon> Get(const std::filesystem::path& path) {
    const std::string stamp = FileStamp(path);
    std::lock_guard<std::mutex> lock(mutex_);
    Loaded& slot = lexicons_[path.string()];
    if (!slot.lexicon || slot.stamp != stamp) {
      try {
        slot.lexicon = std::make_shared<const Lexicon>(LoadLexicon(path));
        slot.stamp = stamp;
      } catch (const std::runtime_error& e) {
        lexicons_.erase(path.string());
        throw LoadError(e.what());
      }
    }
    return slot.lexicon;
  }

 private:
  struct Loaded {
    std::shared_ptr<const Lexicon> lexicon;
    std::string stamp;
  };
  std::mutex mutex_;
  std::map<std::string, Loaded> lexicons_;
};

LexiconCache& Lexicons() {
  static LexiconCache cache;
  return cache;
}

// Whether a regex has a capturing group of its own.
bool HasCapturingGroup(std::string_view regex) {
  for (size_t i = 0; i + 1 < regex.size(); ++i) {
    if (regex[i] == '\\') {
      ++i;
    } else if (regex[i] == '(' && regex[i + 1] != '?') {
      return true;
    }
  }
  return false;
}

// Whether a non-ASCII character's normalized form is one character of the entry syntax, as
// "（" is "(". Remembered per thread: a word list holds few distinct characters, each many
// times, and normalizing one takes a text builder of its own.
bool NormalizesToSyntax(UChar32 c, std::string_view character) {
  thread_local std::unordered_map<UChar32, bool> known;
  const auto [it, added] = known.try_emplace(c, false);
  if (added) {
    const std::string normalized = NormalizeLiteral(character);
    it->second = normalized.size() == 1 &&
                 std::string_view("()|{}*\\").find(normalized[0]) != std::string_view::npos;
  }
  return it->second;
}

}  // namespace

// An entry in the form the text is matched in. A full-width "（" is a literal parenthesis in
// an entry, not a group: characters whose normalized form is entry syntax are escaped first.
std::string NormalizeEntry(std::string_view entry) {
  std::string escaped;
  const auto* s = reinterpret_cast<const uint8_t*>(entry.data());
  const auto n = static_cast<int32_t>(entry.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    const std::string_view original = entry.substr(start, i - start);
    if (c >= 0x80 && NormalizesToSyntax(c, original)) escaped.push_back('\\');
    escaped.append(original);
  }
  return NormalizeLiteral(escaped);
}

std::string NormalizeLiteral(std::string_view text) {
  NormalizedTextBuilder builder;
  builder.Append(text, 0);
  return std::string(builder.Finish().view());
}

CompiledPack::CompiledPack(std::shared_ptr<const Pack> pack, Config config,
                           std::shared_ptr<const DiskCache> cache)
    : pack_(std::move(pack)),
      config_(std::move(config)),
      cache_(std::move(cache)),
      competitors_regex_("(?:" + CompetitorsRegex() + ")"),
      competitor_anchors_(CompetitorAnchors()) {
  for (const Detection& signal : pack_->signals) detections_.push_back(&signal);
  for (const Rule& rule : pack_->rules) {
    if (rule.kind == Rule::Kind::kSpan) detections_.push_back(&rule.detection);
  }
  for (size_t d = 0; d < detections_.size(); ++d) {
    for (const Source& source : detections_[d]->sources) {
      if (source.kind == Source::Kind::kSignal) continue;
      if (source.kind == Source::Kind::kDetector)
        phone_owners_.push_back(static_cast<int>(sources_.size()));
      sources_.push_back({static_cast<int>(d), &source});
    }
    for (const Condition& condition : detections_[d]->conditions)
      CompileConditionRegexes(condition);
  }
  for (const std::string& domain : config_.company_domains)
    config_values_["company.domains"].insert(FoldCase(domain));
  for (const std::string& name : config_.company_names)
    config_values_["company.names"].insert(FoldCase(name));
  for (const CompetitorName& competitor : config_.competitors)
    config_values_["competitors"].insert(FoldCase(competitor.name));
}

const std::set<std::string>& CompiledPack::ConfigValues(const std::string& list) const {
  static const std::set<std::string> kNone;
  const auto it = config_values_.find(list);
  return it == config_values_.end() ? kNone : it->second;
}

bool CompiledPack::Covers(const Rule& rule, Language language) const {
  return std::find(rule.coverage.begin(), rule.coverage.end(), language) != rule.coverage.end();
}

void CompiledPack::CompileConditionRegexes(const Condition& condition) {
  for (const Condition& inner : condition.any) CompileConditionRegexes(inner);
  if (condition.kind != Condition::Kind::kNotFollowedBy &&
      condition.kind != Condition::Kind::kNotPrecededBy)
    return;
  std::string error;
  const auto expanded = ExpandSlots(
      condition.regex,
      [&](std::string_view name) -> std::optional<std::string> {
        const auto slot = Slot(name, "any", 0);
        return slot ? std::optional<std::string>(slot->regex) : std::nullopt;
      },
      &error);
  if (!expanded)
    throw LoadError(pack_->path.string() + ":" + std::to_string(condition.line) + ": " + error);
  const std::string regex =
      Flagged(*expanded, condition.kind == Condition::Kind::kNotFollowedBy ? ")" : ")$");
  auto re = std::make_unique<RE2>(regex, PatternOptions(regex.size()));
  if (!re->ok())
    throw LoadError(pack_->path.string() + ":" + std::to_string(condition.line) + ": " +
                    re->error());
  condition_regexes_[&condition] = std::move(re);
}

const RE2& CompiledPack::ConditionRegex(const Condition& condition) const {
  return *condition_regexes_.at(&condition);
}

int CompiledPack::DetectionIndex(std::string_view name) const {
  for (size_t d = 0; d < detections_.size(); ++d) {
    if (detections_[d]->name == name) return static_cast<int>(d);
  }
  return -1;
}

std::string CompiledPack::CompetitorsRegex() const {
  std::vector<std::string> alternatives;
  for (const CompetitorName& competitor : config_.competitors) {
    std::vector<std::string> spellings = {competitor.name};
    if (HasHan(competitor.name)) {
      for (std::string& variant : ChineseVariants(competitor.name))
        spellings.push_back(std::move(variant));
    }
    for (const std::string& spelling : spellings) {
      // A name asked to match its exact case matches its exact accents too.
      const std::string regex = LiteralRegex(NormalizeLiteral(spelling), !competitor.match_case);
      if (regex.empty()) continue;
      alternatives.push_back(competitor.match_case ? "(?-i:" + regex + ")" : regex);
    }
  }
  if (alternatives.empty()) return kNever;
  std::string out;
  for (const std::string& alternative : alternatives) out += (out.empty() ? "" : "|") + alternative;
  return out;
}

std::optional<std::vector<std::string>> CompiledPack::CompetitorAnchors() const {
  std::vector<std::string> anchors;
  for (const CompetitorName& competitor : config_.competitors) {
    const std::string anchor = LiteralAnchor(NormalizeLiteral(competitor.name));
    // A name without a word, or in two scripts: no anchor finds every mention.
    if (anchor.empty() || HasHan(competitor.name)) return std::nullopt;
    anchors.push_back(anchor);
  }
  return anchors;
}

std::string CompiledPack::Flagged(std::string_view regex, std::string_view close) const {
  return WithCompetitors(Wrapped(regex, close));
}

std::string CompiledPack::WithCompetitors(std::string regex) const {
  size_t at = regex.find(kCompetitorsStandIn);
  if (at == std::string::npos) return regex;
  std::string substituted;
  size_t done = 0;
  for (; at != std::string::npos; at = regex.find(kCompetitorsStandIn, done)) {
    substituted.append(regex, done, at - done);
    substituted += competitors_regex_;
    done = at + kCompetitorsStandIn.size();
  }
  substituted.append(regex, done);
  return substituted;
}

std::shared_ptr<const EntryPattern> CompiledPack::Slot(std::string_view name,
                                                       const std::string& language,
                                                       int depth) const {
  if (name == "competitors") {
    auto made = std::make_shared<EntryPattern>();
    made->regex = kCompetitorsStandIn;
    made->anchors = std::vector<std::string>{std::string(kCompetitorsStandIn)};
    return made;
  }
  const auto it = pack_->slots.find(std::string(name));
  if (it == pack_->slots.end()) return nullptr;
  const auto key = std::make_pair(std::string(name), language);
  {
    std::lock_guard<std::mutex> lock(slots_mutex_);
    if (const auto made = slots_.find(key); made != slots_.end()) return made->second;
  }
  const draftlint::Slot& slot = it->second;
  if (depth > kMaxSlotDepth) {
    throw LoadError(pack_->path.string() + ":" + std::to_string(slot.line) + ": slot '" +
                    std::string(name) + "' refers to itself");
  }
  auto made = std::make_shared<EntryPattern>();
  EntryPattern& pattern = *made;
  if (!slot.lexicon.empty()) {
    // A lexicon slot is anchored when each of its entries is, and its matches begin with
    // known words when each entry's do.
    std::vector<std::string> anchors;
    bool anchored = true;
    std::optional<std::vector<std::string>> starts = std::vector<std::string>();
    const auto entries =
        LexiconEntries(slot.lexicon, language, EntryOptionsFor(language, std::nullopt), depth + 1);
    std::vector<const EntryPattern*> alternatives;
    for (const auto& [entry, origin] : entries) alternatives.push_back(&entry);
    pattern.regex = JoinAlternatives(alternatives);
    for (const auto& [entry, origin] : entries) {
      if (!entry.anchors) anchored = false;
      if (entry.anchors)
        anchors.insert(anchors.end(), entry.anchors->begin(), entry.anchors->end());
      if (!entry.starts) starts.reset();
      if (starts) starts->insert(starts->end(), entry.starts->begin(), entry.starts->end());
    }
    if (pattern.regex.empty()) pattern.regex = kNever;
    if (anchored) pattern.anchors = std::move(anchors);
    pattern.starts = std::move(starts);
  } else {
    auto regex = slot.patterns.find(language);
    if (regex == slot.patterns.end()) regex = slot.patterns.find("any");
    if (regex == slot.patterns.end()) {
      pattern.regex = kNever;
    } else {
      std::string error;
      const auto expanded = ExpandSlots(
          regex->second,
          [&](std::string_view inner) -> std::optional<std::string> {
            const auto nested = Slot(inner, language, depth + 1);
            return nested ? std::optional<std::string>(nested->regex) : std::nullopt;
          },
          &error);
      if (!expanded) {
        throw LoadError(pack_->path.string() + ":" + std::to_string(slot.line) + ": slot '" +
                        std::string(name) + "': " + error);
      }
      pattern.regex = *expanded;
    }
  }
  // A captured slot's text becomes the hit's value, unless its pattern says itself which part
  // is the value ("department 的 (name)").
  pattern.regex =
      (slot.capture && !HasCapturingGroup(pattern.regex) ? "(" : "(?:") + pattern.regex + ")";
  // Made outside the lock (a slot's making asks for other slots); two threads may both make
  // one, and agree.
  std::lock_guard<std::mutex> lock(slots_mutex_);
  return slots_.emplace(key, std::move(made)).first->second;
}

EntryOptions CompiledPack::EntryOptionsFor(const std::string& language,
                                           std::optional<bool> accents) const {
  EntryOptions options;
  const auto& optional = pack_->accents_optional;
  const bool by_language = std::any_of(optional.begin(), optional.end(),
                                       [&](Language l) { return LanguageCode(l) == language; });
  options.accents_optional = accents.value_or(by_language);
  const bool cjk = language == "zh-Hant" || language == "zh-Hans" || language == "ja";
  options.optional_spaces = cjk;
  options.latin_script = !cjk && language != "any";
  return options;
}

std::vector<std::pair<EntryPattern, std::string>> CompiledPack::LexiconEntries(
    const std::string& lexicon, const std::string& language, const EntryOptions& options,
    int depth) const {
  std::filesystem::path path = pack_->LexiconPath(lexicon, language);
  if (!std::filesystem::exists(path)) path = pack_->LexiconPath(lexicon, "any");
  std::vector<std::pair<EntryPattern, std::string>> entries;
  if (!std::filesystem::exists(path)) return entries;
  const std::shared_ptr<const Lexicon> loaded = Lexicons().Get(path);
  GroupMemo memo;
  for (const LexiconEntry& entry : loaded->entries) {
    std::string error;
    const std::string origin = loaded->path + ":" + std::to_string(entry.line);
    auto pattern = CompileEntry(
        NormalizeEntry(entry.text),
        [&](std::string_view name) { return Slot(name, language, depth + 1); }, options, &error,
        &memo);
    if (!pattern) throw LoadError(origin + ": " + error);
    entries.emplace_back(std::move(*pattern), origin);
  }
  return entries;
}

namespace {

// The parts of listed entries that Compile reads, as a cache value.
std::string EncodeEntries(const CompiledPack::ListedEntries& listed) {
  RecordWriter writer;
  writer.Strings(listed.anchors);
  writer.Count(listed.by_source.size());
  for (const auto& entries : listed.by_source) {
    writer.Count(entries.size());
    for (const CompiledPack::ListedEntry& entry : entries) {
      writer.String(entry.regex);
      writer.String(entry.origin);
      writer.Count(entry.anchor_sets.size());
      for (const auto& set : entry.anchor_sets) writer.Numbers(set);
      writer.Numbers(entry.starts);
    }
  }
  return std::move(writer).Take();
}

std::optional<CompiledPack::ListedEntries> DecodeEntries(std::string_view value, size_t sources) {
  RecordReader reader(value);
  CompiledPack::ListedEntries listed;
  size_t count = 0;
  if (!reader.Strings(&listed.anchors) || !reader.Count(&count) || count != sources)
    return std::nullopt;
  const size_t anchors = listed.anchors.size();
  auto numbered = [&](const std::vector<uint32_t>& numbers) {
    return std::all_of(numbers.begin(), numbers.end(), [&](uint32_t n) { return n < anchors; });
  };
  listed.by_source.resize(sources);
  for (auto& entries : listed.by_source) {
    // Each entry takes at least four counts: a larger count is a damaged record.
    if (!reader.Count(&count) || count > value.size() / 16) return std::nullopt;
    entries.resize(count);
    for (CompiledPack::ListedEntry& entry : entries) {
      size_t sets = 0;
      if (!reader.String(&entry.regex) || !reader.String(&entry.origin) || !reader.Count(&sets) ||
          sets > value.size() / 4) {
        return std::nullopt;
      }
      entry.anchor_sets.resize(sets);
      for (auto& set : entry.anchor_sets) {
        if (!reader.Numbers(&set) || !numbered(set)) return std::nullopt;
      }
      if (!reader.Numbers(&entry.starts) || !numbered(entry.starts)) return std::nullopt;
    }
  }
  if (!reader.AtEnd()) return std::nullopt;
  return listed;
}

}  // namespace

std::string CompiledPack::EntriesKey(const std::string& language) const {
  // The entries are made from the pack (its slots and options), the word lists of the
  // language and of any/, this build, and ICU's normalization; not from the config
  // (kCompetitorsStandIn).
  return "lexicon entries of " + language + "\n" + cache_->binary_stamp() + FileStamp(pack_->path) +
         FolderStamp(pack_->lexicon_dir / language) + FolderStamp(pack_->lexicon_dir / "any") +
         "ICU " U_ICU_VERSION "\n";
}

CompiledPack::ListedEntries CompiledPack::ListEntries(const std::string& language) const {
  std::string key;
  const std::string name = "lexicon entries of " + language + " in " + pack_->path.string();
  if (cache_) {
    key = EntriesKey(language);
    if (const auto value = cache_->Get(name, key)) {
      if (auto listed = DecodeEntries(*value, sources_.size())) return std::move(*listed);
    }
  }
  // Each word list's entries, the slowest part, compiled side by side on the run's spare
  // cores: the lists are independent. A list's error is thrown below, in the sources' order,
  // as when they were compiled one after another.
  std::vector<std::vector<std::pair<EntryPattern, std::string>>> made(sources_.size());
  std::vector<std::exception_ptr> failed(sources_.size());
  ParallelFor(sources_.size(), [&](size_t owner) {
    const Source& source = *sources_[owner].source;
    if (source.kind != Source::Kind::kLexicon) return;
    try {
      made[owner] = LexiconEntries(source.name, language,
                                   EntryOptionsFor(language, source.accents_optional), 0);
    } catch (...) {
      failed[owner] = std::current_exception();
    }
  });
  for (const std::exception_ptr& error : failed) {
    if (error) std::rethrow_exception(error);
  }
  ListedEntries listed;
  AnchorTable table(&listed.anchors);
  listed.by_source.resize(sources_.size());
  for (size_t owner = 0; owner < sources_.size(); ++owner) {
    for (auto& [pattern, origin] : made[owner]) {
      ListedEntry& entry = listed.by_source[owner].emplace_back();
      entry.regex = Wrapped(pattern.regex);
      entry.origin = std::move(origin);
      for (const auto& set : pattern.anchor_sets) {
        std::vector<uint32_t>& numbered = entry.anchor_sets.emplace_back();
        for (const std::string& anchor : set) numbered.push_back(table.Number(anchor));
      }
      // A match that need not be a whole word may begin inside one, where no start is
      // looked for (LexiconMatcher).
      if (pattern.starts && sources_[owner].source->whole_word) {
        for (const std::string& start : *pattern.starts)
          entry.starts.push_back(table.Number(start));
      }
    }
  }
  if (cache_) cache_->Put(name, key, EncodeEntries(listed));
  return listed;
}

std::unique_ptr<CompiledPack::Patterns> CompiledPack::Compile(const std::string& language) const {
  const bool neutral = language == "any";
  std::vector<PatternSpec> always;
  std::vector<LexiconEntrySpec> entries;
  ListedEntries listed;
  if (neutral) {
    listed.by_source.resize(sources_.size());
  } else {
    listed = ListEntries(language);
  }
  std::vector<std::string>& anchors = listed.anchors;
  // Anchors added here (the competitors', the config's names) are numbered after the listed
  // ones.
  AnchorTable table(&anchors);
  const auto stand_in = std::find(anchors.begin(), anchors.end(), kCompetitorsStandIn);
  const std::optional<uint32_t> stand_in_number =
      stand_in == anchors.end() ? std::nullopt
                                : std::optional<uint32_t>(stand_in - anchors.begin());
  // The competitors' anchors, numbered when a set first holds the stand-in; nullopt inside
  // when a competitor has no anchor.
  std::optional<std::optional<std::vector<uint32_t>>> competitor_numbers;
  auto with_competitors = [&](std::vector<std::vector<uint32_t>> anchor_sets) {
    std::vector<std::vector<uint32_t>> sets;
    for (std::vector<uint32_t>& set : anchor_sets) {
      const auto at =
          stand_in_number ? std::find(set.begin(), set.end(), *stand_in_number) : set.end();
      if (at != set.end()) {
        if (!competitor_numbers) {
          competitor_numbers.emplace();
          if (competitor_anchors_) {
            competitor_numbers->emplace();
            for (const std::string& anchor : *competitor_anchors_)
              (*competitor_numbers)->push_back(table.Number(anchor));
          }
        }
        // With a competitor no anchor finds, the set no longer says where a match must be.
        if (!*competitor_numbers) continue;
        set.erase(at);
        set.insert(set.end(), (*competitor_numbers)->begin(), (*competitor_numbers)->end());
        // No competitors: that alternative never matches, and the others' anchors remain.
        if (set.empty()) continue;
      }
      sets.push_back(std::move(set));
    }
    return sets;
  };
  // Takes a wrapped regex; moved, not copied: a language's entries are a megabyte.
  auto add = [&](int owner, const Source& source, std::string wrapped,
                 std::vector<std::vector<uint32_t>> anchor_sets, std::string origin,
                 std::vector<uint32_t> starts = {}) {
    std::string flagged = WithCompetitors(std::move(wrapped));
    anchor_sets = with_competitors(std::move(anchor_sets));
    if (!anchor_sets.empty()) {
      entries.push_back({std::move(flagged), std::move(anchor_sets), owner, source.whole_word,
                         std::move(origin), std::move(starts)});
    } else {
      always.push_back({std::move(flagged), owner, source.whole_word, std::move(origin)});
    }
  };
  for (size_t owner = 0; owner < sources_.size(); ++owner) {
    const Source& source = *sources_[owner].source;
    const std::string origin = pack_->path.string() + ":" + std::to_string(source.line);
    switch (source.kind) {
      case Source::Kind::kLexicon:
        for (ListedEntry& entry : listed.by_source[owner]) {
          add(static_cast<int>(owner), source, std::move(entry.regex), std::move(entry.anchor_sets),
              std::move(entry.origin), std::move(entry.starts));
        }
        break;
      case Source::Kind::kPatterns: {
        const auto it = source.patterns.find(language);
        if (it == source.patterns.end()) break;
        for (const std::string& pattern : it->second) {
          std::string error;
          const auto expanded = ExpandSlots(
              pattern,
              [&](std::string_view name) -> std::optional<std::string> {
                const auto slot = Slot(name, language, 0);
                return slot ? std::optional<std::string>(slot->regex) : std::nullopt;
              },
              &error);
          if (!expanded) throw LoadError(origin + ": " + error);
          add(static_cast<int>(owner), source, Wrapped(*expanded), {}, origin);
        }
        break;
      }
      case Source::Kind::kConfigList: {
        if (!neutral) break;
        // Each name is an entry of its own, found by its longest word.
        const bool competitors = source.name == "competitors";
        std::vector<CompetitorName> names = config_.competitors;
        if (!competitors) {
          names.clear();
          for (const std::string& name : config_.company_names) names.push_back({name, false});
        }
        for (const CompetitorName& name : names) {
          std::vector<std::string> spellings = {name.name};
          if (HasHan(name.name)) {
            for (std::string& variant : ChineseVariants(name.name))
              spellings.push_back(std::move(variant));
          }
          for (const std::string& spelling : spellings) {
            const std::string normalized = NormalizeLiteral(spelling);
            std::string regex = LiteralRegex(normalized, !name.match_case);
            if (regex.empty()) continue;
            if (name.match_case) regex = "(?-i:" + regex + ")";
            const std::string anchor = LiteralAnchor(normalized);
            std::vector<std::vector<uint32_t>> anchor_sets;
            if (!anchor.empty()) anchor_sets.push_back({table.Number(anchor)});
            add(static_cast<int>(owner), source, Wrapped(regex), std::move(anchor_sets),
                config_.path.string());
          }
        }
        break;
      }
      case Source::Kind::kDetector:
      case Source::Kind::kSignal:
        break;
    }
  }
  try {
    return std::make_unique<Patterns>(std::move(always), std::move(anchors), std::move(entries));
  } catch (const std::runtime_error& e) {
    throw LoadError(std::string(e.what()) + " (compiling the patterns for " + language + ")");
  }
}

CompiledPack::Patterns::Patterns(std::vector<PatternSpec> always, std::vector<std::string> anchors,
                                 std::vector<LexiconEntrySpec> entries) {
  // RE2 compiles the set while the entries are indexed, on a spare core if there is one: a
  // language's first draft waits a millisecond or more for each, and neither needs the other.
  std::exception_ptr failed[2];
  ParallelFor(2, [&](size_t k) {
    try {
      if (k == 0) {
        always_ = std::make_unique<const PatternSet>(std::move(always));
      } else {
        entries_ = std::make_unique<const LexiconMatcher>(std::move(anchors), std::move(entries));
      }
    } catch (...) {
      failed[k] = std::current_exception();
    }
  });
  for (const std::exception_ptr& error : failed) {
    if (error) std::rethrow_exception(error);
  }
}

void CompiledPack::Patterns::FindAll(std::string_view text, const WordAffixes& affixes,
                                     std::vector<RawHit>* hits) const {
  always_->FindAll(text, affixes, hits);
  try {
    entries_->FindAll(text, affixes, hits);
  } catch (const std::runtime_error& e) {
    throw LoadError(e.what());
  }
}

const CompiledPack::Patterns& CompiledPack::ForLanguage(Language language) const {
  const size_t index = LanguageIndex(language);
  std::call_once(compiled_once_[index], [&] {
    compiled_[index] = Compile(std::string(LanguageCode(language)));
    ready_[index].store(true, std::memory_order_release);
  });
  return *compiled_[index];
}

const CompiledPack::Patterns& CompiledPack::Neutral() const {
  std::call_once(neutral_once_, [&] {
    neutral_ = Compile("any");
    ready_.back().store(true, std::memory_order_release);
  });
  return *neutral_;
}

void CompiledPack::Prepare(const std::vector<LanguageText>& texts) const {
  // Language indexes, after the neutral patterns' (ready_'s last): they take one thread the
  // longest, so they are started first.
  const size_t neutral = ready_.size() - 1;
  std::vector<size_t> missing;
  for (const LanguageText& text : texts) missing.push_back(LanguageIndex(text.language));
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  missing.insert(missing.begin(), neutral);
  std::erase_if(missing, [&](size_t k) { return ready_[k].load(std::memory_order_acquire); });
  if (missing.size() < 2) return;
  const bool overlap = missing.front() == neutral;
  ParallelFor(missing.size(), [&](size_t k) {
    try {
      if (missing[k] == neutral) {
        Neutral();
        return;
      }
      const Language language = kAllLanguages[missing[k]];
      const Patterns& patterns = ForLanguage(language);
      if (!overlap) return;
      // The entries of a long draft's first pages are enough to fill the wait.
      constexpr size_t kOverlapBytes = 64 << 10;
      std::vector<std::string_view> own;
      size_t bytes = 0;
      for (const LanguageText& text : texts) {
        if (text.language != language || bytes >= kOverlapBytes) continue;
        own.push_back(text.text);
        bytes += text.text.size();
      }
      patterns.CompileFor(own);
    } catch (const std::exception&) {
      // Reported by ForLanguage when the language's first paragraph is matched.
    }
  });
}

const WordAffixes& CompiledPack::Affixes(Language language) const {
  const size_t index = LanguageIndex(language);
  std::call_once(affixes_once_[index], [&] {
    auto read = [&](const std::string& lexicon, std::set<std::string, std::less<>>* into) {
      if (lexicon.empty()) return;
      const auto path = pack_->LexiconPath(lexicon, LanguageCode(language));
      if (!std::filesystem::exists(path)) return;
      const std::shared_ptr<const Lexicon> loaded = Lexicons().Get(path);
      for (const LexiconEntry& entry : loaded->entries)
        into->insert(FoldCase(NormalizeLiteral(entry.text)));
    };
    read(pack_->word_prefixes, &affixes_[index].prefixes);
    read(pack_->word_suffixes, &affixes_[index].suffixes);
  });
  return affixes_[index];
}

std::vector<std::string> CompiledPack::Regions(Language language) const {
  std::vector<std::string> regions;
  if (!config_.region.empty()) regions.push_back(config_.region);
  const auto it = pack_->regions.find(language);
  if (it != pack_->regions.end()) {
    for (const std::string& region : it->second) {
      if (std::find(regions.begin(), regions.end(), region) == regions.end())
        regions.push_back(region);
    }
  }
  if (regions.empty()) regions.push_back("US");
  return regions;
}

const std::set<std::string>& CompiledPack::company_phones() const {
  std::call_once(company_phones_once_, [&] {
    std::vector<std::string> regions;
    if (!config_.region.empty()) regions.push_back(config_.region);
    for (const auto& [language, list] : pack_->regions)
      regions.insert(regions.end(), list.begin(), list.end());
    if (regions.empty()) regions.push_back("US");
    for (const std::string& phone : config_.company_phones) {
      for (const std::string& region : regions) {
        const std::string e164 = PhoneToE164(phone, region);
        if (!e164.empty()) company_phones_.insert(e164);
      }
    }
  });
  return company_phones_;
}

const std::set<std::string>& CompiledPack::Values(const std::string& lexicon,
                                                  Language language) const {
  std::lock_guard<std::mutex> lock(values_mutex_);
  auto& slot = values_[{lexicon, language}];
  if (!slot) {
    slot = std::make_unique<std::set<std::string>>();
    for (const std::string& code : {std::string(LanguageCode(language)), std::string("any")}) {
      const auto path = pack_->LexiconPath(lexicon, code);
      if (!std::filesystem::exists(path)) continue;
      const std::shared_ptr<const Lexicon> loaded = Lexicons().Get(path);
      for (const LexiconEntry& entry : loaded->entries)
        slot->insert(FoldCase(NormalizeLiteral(entry.text)));
    }
  }
  return *slot;
}

}  // namespace draftlint
