#include "rules/compiled_pack.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "match/lexicon.h"
#include "rules/slot_expander.h"
#include "rules/yaml_reader.h"
#include "text/normalized_text.h"

namespace draftlint {
namespace {

// Slots may use slots; deeper than this is a cycle.
constexpr int kMaxSlotDepth = 8;
constexpr const char* kNever = "[^\\s\\S]";

size_t LanguageIndex(Language language) { return static_cast<size_t>(language); }

bool HasHan(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
    const UChar32 c = unicode.char32At(i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)) return true;
  }
  return false;
}

// The other script's spelling of a Chinese name: 宏達電 <-> 宏达电.
std::vector<std::string> ChineseVariants(const std::string& name) {
  std::vector<std::string> variants;
  for (const char* id : {"Hant-Hans", "Hans-Hant"}) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) continue;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(name);
    transliterator->transliterate(unicode);
    std::string variant;
    unicode.toUTF8String(variant);
    if (variant != name) variants.push_back(variant);
  }
  return variants;
}

class LexiconCache {
 public:
  const Lexicon& Get(const std::filesystem::path& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& slot = lexicons_[path.string()];
    if (!slot) {
      try {
        slot = std::make_unique<Lexicon>(LoadLexicon(path));
      } catch (const std::runtime_error& e) {
        lexicons_.erase(path.string());
        throw LoadError(e.what());
      }
    }
    return *slot;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Lexicon>> lexicons_;
};

LexiconCache& Lexicons() {
  static LexiconCache cache;
  return cache;
}

}  // namespace

std::string NormalizeLiteral(std::string_view text) {
  NormalizedTextBuilder builder;
  builder.Append(text, 0);
  return std::string(builder.Finish().view());
}

CompiledPack::CompiledPack(std::shared_ptr<const Pack> pack, Config config)
    : pack_(std::move(pack)), config_(std::move(config)) {
  for (const Detection& signal : pack_->signals) detections_.push_back(&signal);
  for (const Rule& rule : pack_->rules) {
    if (rule.kind == Rule::Kind::kSpan) detections_.push_back(&rule.detection);
  }
  for (size_t d = 0; d < detections_.size(); ++d) {
    for (const Source& source : detections_[d]->sources) {
      if (source.kind == Source::Kind::kSignal) continue;
      if (source.kind == Source::Kind::kDetector) phone_owners_.push_back(static_cast<int>(sources_.size()));
      sources_.push_back({static_cast<int>(d), &source});
    }
    for (const Condition& condition : detections_[d]->conditions) CompileConditionRegexes(condition);
  }
  for (const Rule& rule : pack_->rules) coverage_[&rule] = pack_->Coverage(rule);
}

bool CompiledPack::Covers(const Rule& rule, Language language) const {
  const auto& languages = coverage_.at(&rule);
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

void CompiledPack::CompileConditionRegexes(const Condition& condition) {
  for (const Condition& inner : condition.any) CompileConditionRegexes(inner);
  if (condition.kind != Condition::Kind::kNotFollowedBy && condition.kind != Condition::Kind::kNotPrecededBy) return;
  std::string error;
  const auto expanded = ExpandSlots(
      condition.regex, [&](std::string_view name) { return SlotRegex(name, "any", 0); }, &error);
  if (!expanded) throw LoadError(pack_->path.string() + ":" + std::to_string(condition.line) + ": " + error);
  const std::string regex = condition.kind == Condition::Kind::kNotFollowedBy
                                ? "(?i)(?:" + *expanded + ")"
                                : "(?i)(?:" + *expanded + ")$";
  auto re = std::make_unique<RE2>(regex, PatternOptions());
  if (!re->ok()) throw LoadError(pack_->path.string() + ":" + std::to_string(condition.line) + ": " + re->error());
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
      for (std::string& variant : ChineseVariants(competitor.name)) spellings.push_back(std::move(variant));
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

std::optional<std::string> CompiledPack::SlotRegex(std::string_view name, const std::string& language,
                                                   int depth) const {
  if (name == "competitors") return "(?:" + CompetitorsRegex() + ")";
  const auto it = pack_->slots.find(std::string(name));
  if (it == pack_->slots.end()) return std::nullopt;
  const Slot& slot = it->second;
  if (depth > kMaxSlotDepth) {
    throw LoadError(pack_->path.string() + ":" + std::to_string(slot.line) + ": slot '" + std::string(name) +
                    "' refers to itself");
  }
  std::string regex;
  if (!slot.lexicon.empty()) {
    regex = LexiconAlternation(slot.lexicon, language, EntryOptionsFor(language, std::nullopt), depth + 1);
  } else {
    auto pattern = slot.patterns.find(language);
    if (pattern == slot.patterns.end()) pattern = slot.patterns.find("any");
    if (pattern == slot.patterns.end()) {
      regex = kNever;
    } else {
      std::string error;
      const auto expanded = ExpandSlots(
          pattern->second, [&](std::string_view inner) { return SlotRegex(inner, language, depth + 1); }, &error);
      if (!expanded) {
        throw LoadError(pack_->path.string() + ":" + std::to_string(slot.line) + ": slot '" + std::string(name) +
                        "': " + error);
      }
      regex = *expanded;
    }
  }
  return slot.capture ? "(" + regex + ")" : "(?:" + regex + ")";
}

EntryOptions CompiledPack::EntryOptionsFor(const std::string& language, std::optional<bool> accents) const {
  EntryOptions options;
  options.accents_optional = accents.value_or(pack_->accents_optional);
  options.optional_spaces = language == "zh-Hant" || language == "zh-Hans" || language == "ja";
  return options;
}

std::string CompiledPack::LexiconAlternation(const std::string& lexicon, const std::string& language,
                                             const EntryOptions& options, int depth) const {
  std::filesystem::path path = pack_->LexiconPath(lexicon, language);
  if (!std::filesystem::exists(path)) path = pack_->LexiconPath(lexicon, "any");
  if (!std::filesystem::exists(path)) return kNever;
  const Lexicon& entries = Lexicons().Get(path);
  std::string out;
  for (const LexiconEntry& entry : entries.entries) {
    std::string error;
    const auto regex = EntryToRegex(
        NormalizeLiteral(entry.text),
        [&](std::string_view name) { return SlotRegex(name, language, depth + 1); }, options, &error);
    if (!regex) throw LoadError(entries.path + ":" + std::to_string(entry.line) + ": " + error);
    out += (out.empty() ? "" : "|") + *regex;
  }
  return out.empty() ? kNever : out;
}

std::unique_ptr<PatternSet> CompiledPack::Compile(const std::string& language) const {
  const bool neutral = language == "any";
  std::vector<PatternSpec> specs;
  for (size_t owner = 0; owner < sources_.size(); ++owner) {
    const Source& source = *sources_[owner].source;
    auto add = [&](const std::string& regex) {
      specs.push_back({"(?i)(?:" + regex + ")", static_cast<int>(owner), source.whole_word});
    };
    switch (source.kind) {
      case Source::Kind::kLexicon:
        if (!neutral && (std::filesystem::exists(pack_->LexiconPath(source.name, language)) ||
                         std::filesystem::exists(pack_->LexiconPath(source.name, "any")))) {
          add(LexiconAlternation(source.name, language, EntryOptionsFor(language, source.accents_optional), 0));
        }
        break;
      case Source::Kind::kPatterns: {
        const auto it = source.patterns.find(language);
        if (it == source.patterns.end()) break;
        for (const std::string& pattern : it->second) {
          std::string error;
          const auto expanded = ExpandSlots(
              pattern, [&](std::string_view name) { return SlotRegex(name, language, 0); }, &error);
          if (!expanded) throw LoadError(pack_->path.string() + ":" + std::to_string(source.line) + ": " + error);
          add(*expanded);
        }
        break;
      }
      case Source::Kind::kConfigList:
        if (neutral) {
          if (source.name == "competitors") {
            add(CompetitorsRegex());
          } else {
            std::string names;
            for (const std::string& name : config_.company_names) {
              names += (names.empty() ? "" : "|") + LiteralRegex(NormalizeLiteral(name), true);
            }
            add(names.empty() ? kNever : names);
          }
        }
        break;
      case Source::Kind::kDetector:
      case Source::Kind::kSignal:
        break;
    }
  }
  try {
    return std::make_unique<PatternSet>(std::move(specs));
  } catch (const std::runtime_error& e) {
    throw LoadError(pack_->path.string() + ": patterns for " + language + ": " + e.what());
  }
}

const PatternSet& CompiledPack::Patterns(Language language) const {
  const size_t index = LanguageIndex(language);
  std::call_once(compiled_once_[index], [&] { compiled_[index] = Compile(std::string(LanguageCode(language))); });
  return *compiled_[index];
}

const PatternSet& CompiledPack::NeutralPatterns() const {
  std::call_once(neutral_once_, [&] { neutral_ = Compile("any"); });
  return *neutral_;
}

const WordAffixes& CompiledPack::Affixes(Language language) const {
  const size_t index = LanguageIndex(language);
  std::call_once(affixes_once_[index], [&] {
    auto read = [&](const std::string& lexicon, std::set<std::string, std::less<>>* into) {
      if (lexicon.empty()) return;
      const auto path = pack_->LexiconPath(lexicon, LanguageCode(language));
      if (!std::filesystem::exists(path)) return;
      for (const LexiconEntry& entry : Lexicons().Get(path).entries) into->insert(FoldCase(NormalizeLiteral(entry.text)));
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
      if (std::find(regions.begin(), regions.end(), region) == regions.end()) regions.push_back(region);
    }
  }
  if (regions.empty()) regions.push_back("US");
  return regions;
}

const std::set<std::string>& CompiledPack::company_phones() const {
  std::call_once(company_phones_once_, [&] {
    std::vector<std::string> regions;
    if (!config_.region.empty()) regions.push_back(config_.region);
    for (const auto& [language, list] : pack_->regions) regions.insert(regions.end(), list.begin(), list.end());
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

const std::set<std::string>& CompiledPack::Values(const std::string& lexicon, Language language) const {
  std::lock_guard<std::mutex> lock(values_mutex_);
  auto& slot = values_[{lexicon, language}];
  if (!slot) {
    slot = std::make_unique<std::set<std::string>>();
    for (const std::string& code : {std::string(LanguageCode(language)), std::string("any")}) {
      const auto path = pack_->LexiconPath(lexicon, code);
      if (!std::filesystem::exists(path)) continue;
      for (const LexiconEntry& entry : Lexicons().Get(path).entries) {
        slot->insert(FoldCase(NormalizeLiteral(entry.text)));
      }
    }
  }
  return *slot;
}

}  // namespace draftlint
