#include "rules/evaluation.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

#include "match/lexicon.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

bool EndsLikeAGreeting(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  for (std::string_view mark : {",", ":", "!", "\uFF0C", "\uFF1A", "\uFF01"}) {
    if (text.size() >= mark.size() && text.substr(text.size() - mark.size()) == mark) return true;
  }
  return false;
}

size_t CodePointsBetween(std::string_view text, size_t begin, size_t end) {
  size_t count = 0;
  for (size_t i = begin; i < end && i < text.size(); ++i) {
    if (!U8_IS_TRAIL(text[i])) ++count;
  }
  return count;
}

// Hits are sorted by their offset in the file, and so by paragraph and, within one, by view
// offset: the hits of paragraph `paragraph` starting in the view range [from, to) are found
// by binary search. Lookups stay local, so no file, however large, makes them quadratic.
template <typename Match>
std::span<const Match> StartingIn(const std::vector<Match>& hits, uint32_t paragraph, size_t from,
                                  size_t to) {
  auto before = [](const Match& hit, std::pair<uint32_t, size_t> key) {
    return std::pair<uint32_t, size_t>(hit.paragraph, hit.view_begin) < key;
  };
  const auto first = std::lower_bound(hits.begin(), hits.end(), std::pair(paragraph, from), before);
  const auto last = std::lower_bound(first, hits.end(), std::pair(paragraph, to), before);
  return {first, last};
}

// Whether value is nothing but listed words: "Our Team", "From Monday" or "我們團隊", where a
// name was expected. Listed words in front of a Latin name ("From Monday Rita") are skipped;
// a Chinese or Japanese name has none ("不到人" is no name).
bool OnlyListedWords(std::string_view value, const std::set<std::string>& entries) {
  bool stripped = false;
  while (true) {
    while (!value.empty() && (value.front() == ' ' || value.front() == ',')) value.remove_prefix(1);
    if (value.empty()) return true;
    if (stripped && IsCjk(FirstCodePoint(value))) return true;
    // The longest listed word wins: "同事" before "同". The value's starts that end a word are
    // looked up, longest first: a value has a few, a list hundreds of entries.
    size_t longest = 0;
    for (size_t length = value.size(); length > 0 && longest == 0; --length) {
      if (length < value.size() && U8_IS_TRAIL(value[length])) continue;
      const std::string_view start = value.substr(0, length);
      const std::string_view rest = value.substr(length);
      const bool ends_word = rest.empty() || rest.front() == ' ' || rest.front() == ',' ||
                             IsCjk(LastCodePoint(start)) || IsCjk(FirstCodePoint(rest));
      if (ends_word && entries.count(std::string(start))) longest = length;
    }
    if (longest == 0) return false;
    value.remove_prefix(longest);
    stripped = true;
  }
}

// Whether a listed entry compares so with value: by lookups rather than a scan of the list
// (word lists hold hundreds of entries; values are a few words), for leading words too
// (OnlyListedWords looks up the value's starts). Word lists and config lists alike.
bool InList(Condition::Compare compare, const std::string& value,
            const std::set<std::string>& entries) {
  switch (compare) {
    case Condition::Compare::kExact:
    case Condition::Compare::kPhone:
      return entries.count(value) > 0;
    case Condition::Compare::kDomain:
      // The domain itself or one it is under: "mail.acme.com" is under "acme.com".
      if (entries.count(value)) return true;
      for (size_t dot = value.find('.'); dot != std::string::npos; dot = value.find('.', dot + 1)) {
        if (entries.count(value.substr(dot + 1))) return true;
      }
      return false;
    case Condition::Compare::kAnyWord: {
      // Every run of whole words: "Gloucester Road" holds "road" and "gloucester road".
      std::vector<size_t> starts = {0};
      for (size_t space = value.find(' '); space != std::string::npos;
           space = value.find(' ', space + 1))
        starts.push_back(space + 1);
      for (size_t begin : starts) {
        for (size_t end = value.find(' ', begin);; end = value.find(' ', end + 1)) {
          if (entries.count(value.substr(begin, end == std::string::npos ? end : end - begin)))
            return true;
          if (end == std::string::npos) break;
        }
      }
      return false;
    }
    case Condition::Compare::kLeadingWord:
      return OnlyListedWords(value, entries);
  }
  return false;
}

bool Overlaps(uint32_t a_begin, uint32_t a_end, uint32_t b_begin, uint32_t b_end) {
  return a_begin < b_end && b_begin < a_end;
}

}  // namespace

Evaluation::Evaluation(const CompiledPack& pack, const Document& document,
                       std::vector<Paragraph> paragraphs, std::map<std::string, RuleSetting> rules,
                       Stages stages, HitCache* hit_cache)
    : pack_(pack),
      document_(document),
      paragraphs_(std::move(paragraphs)),
      rules_(std::move(rules)),
      stages_(stages),
      hit_cache_(hit_cache) {
  source_hits_.resize(pack_.sources().size());
  detection_hits_.resize(pack_.detections().size());
  longest_hit_.resize(pack_.detections().size());
  sentences_.resize(paragraphs_.size());
}

void Evaluation::FindParagraphHits(const Paragraph& paragraph, std::vector<RawHit>* raw) {
  const std::string_view view = paragraph.text.view();
  WordAffixes merged;
  if (stages_.lexicons) {
    for (Language language : paragraph.languages) {
      const WordAffixes& affixes = pack_.Affixes(language);
      merged.Add(affixes);
      pack_.ForLanguage(language).FindAll(view, affixes, raw);
    }
    pack_.Neutral().FindAll(view, merged, raw);
  }
  if (stages_.phones && !pack_.phone_owners().empty() && !paragraph.languages.empty()) {
    std::vector<PhoneHit> phones;
    pack_.phones().Find(view, pack_.Regions(paragraph.languages.front()), &phones);
    for (const PhoneHit& phone : phones) {
      for (int owner : pack_.phone_owners()) {
        raw->push_back({owner, static_cast<uint32_t>(phone.begin), static_cast<uint32_t>(phone.end),
                        phone.e164});
      }
    }
  }
}

void Evaluation::FindSourceHits() {
  const auto& sources = pack_.sources();
  if (stages_.lexicons) {
    std::vector<CompiledPack::LanguageText> texts;
    for (const Paragraph& paragraph : paragraphs_) {
      for (Language language : paragraph.languages)
        texts.push_back({language, paragraph.text.view()});
    }
    pack_.Prepare(texts);
  }
  std::vector<RawHit> raw;
  std::string key;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    const Paragraph& paragraph = paragraphs_[p];
    raw.clear();
    // A paragraph's hits depend on its text and its languages only.
    key.clear();
    for (Language language : paragraph.languages) key.append(LanguageCode(language)).push_back(',');
    key.push_back('\n');
    key.append(paragraph.text.view());
    if (auto cached = hit_cache_ ? hit_cache_->Find(key) : std::nullopt) {
      raw = std::move(*cached);
    } else {
      FindParagraphHits(paragraph, &raw);
      if (hit_cache_) hit_cache_->Add(key, raw);
    }
    for (RawHit& hit : raw) {
      Match match;
      match.begin = static_cast<uint32_t>(paragraph.text.OriginalBegin(hit.begin));
      match.end = static_cast<uint32_t>(paragraph.text.OriginalEnd(hit.end));
      match.view_begin = hit.begin;
      match.view_end = hit.end;
      match.paragraph = static_cast<uint32_t>(p);
      match.value = std::move(hit.value);
      source_hits_[hit.owner].push_back(std::move(match));
    }
  }
  for (size_t owner = 0; owner < sources.size(); ++owner) {
    auto& hits = source_hits_[owner];
    std::sort(hits.begin(), hits.end(), [](const Match& a, const Match& b) {
      return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
    });
    hits.erase(std::unique(hits.begin(), hits.end(),
                           [](const Match& a, const Match& b) {
                             return a.begin == b.begin && a.end == b.end;
                           }),
               hits.end());
  }
}

const std::vector<Evaluation::Match>& Evaluation::Hits(int detection) {
  auto& memo = detection_hits_[detection];
  if (memo) return *memo;
  const Detection& spec = *pack_.detections()[detection];

  std::vector<Match> candidates;
  const auto& sources = pack_.sources();
  for (const Source& source : spec.sources) {
    if (source.kind == Source::Kind::kSignal) {
      const auto& hits = Hits(pack_.DetectionIndex(source.name));
      candidates.insert(candidates.end(), hits.begin(), hits.end());
      continue;
    }
    for (size_t owner = 0; owner < sources.size(); ++owner) {
      if (sources[owner].source == &source) {
        candidates.insert(candidates.end(), source_hits_[owner].begin(), source_hits_[owner].end());
      }
    }
  }
  const auto before = [](const Match& a, const Match& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  };
  std::sort(candidates.begin(), candidates.end(), before);
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](const Match& a, const Match& b) {
                                 return a.begin == b.begin && a.end == b.end;
                               }),
                   candidates.end());

  std::vector<Match> kept;
  for (Match& match : candidates) {
    const bool all = std::all_of(
        spec.conditions.begin(), spec.conditions.end(),
        [&](const Condition& condition) { return Holds(condition, match, candidates); });
    if (all) kept.push_back(match);
  }
  if (pack_.config().mode == Mode::kTemplate && !spec.template_signal.empty()) {
    for (const Match& placeholder : Hits(pack_.DetectionIndex(spec.template_signal))) {
      if (NameStandsFor(spec.template_names, placeholder)) kept.push_back(placeholder);
    }
    std::sort(kept.begin(), kept.end(), before);
  }
  for (const Match& match : kept)
    longest_hit_[detection] = std::max(longest_hit_[detection], match.view_end - match.view_begin);
  memo = std::move(kept);
  return *memo;
}

std::span<const Evaluation::Match> Evaluation::HitsNear(int detection, uint32_t paragraph,
                                                        size_t from, size_t to) {
  const std::vector<Match>& hits = Hits(detection);
  const size_t reach = longest_hit_[detection];
  return StartingIn(hits, paragraph, from > reach ? from - reach : 0, to);
}

bool Evaluation::Holds(const Condition& condition, Match& match,
                       const std::vector<Match>& siblings) {
  switch (condition.kind) {
    case Condition::Kind::kValueIn:
      return (condition.captured_only && match.value.empty()) || ValueIn(condition, match);
    case Condition::Kind::kValueNotIn:
      return (condition.captured_only && match.value.empty()) || !ValueIn(condition, match);
    case Condition::Kind::kContext:
      return ContextHolds(condition, match, siblings);
    case Condition::Kind::kAny:
      return std::any_of(condition.any.begin(), condition.any.end(),
                         [&](const Condition& inner) { return Holds(inner, match, siblings); });
    case Condition::Kind::kAll:
      return std::all_of(condition.any.begin(), condition.any.end(),
                         [&](const Condition& inner) { return Holds(inner, match, siblings); });
    case Condition::Kind::kNotAfter:
      return NotAfter(condition, match);
    case Condition::Kind::kNotFollowedBy: {
      const std::string_view view = paragraphs_[match.paragraph].text.view();
      return !pack_.ConditionRegex(condition).Match(view, match.view_end, view.size(),
                                                    RE2::ANCHOR_START, nullptr, 0);
    }
    case Condition::Kind::kNotPrecededBy: {
      const std::string_view prefix =
          paragraphs_[match.paragraph].text.view().substr(0, match.view_begin);
      return !pack_.ConditionRegex(condition).Match(prefix, 0, prefix.size(), RE2::UNANCHORED,
                                                    nullptr, 0);
    }
    case Condition::Kind::kNotOverlapping:
      for (const std::string& rule : condition.rules) {
        const int detection = pack_.DetectionIndex(rule);
        for (const Match& reported :
             HitsNear(detection, match.paragraph, match.view_begin, match.view_end + 1)) {
          if (Overlaps(reported.begin, reported.end, match.begin, match.end)) return false;
        }
      }
      return true;
  }
  return false;
}

// The nearest marker decides: a "fire" marker makes the hit count, a "stop" marker makes it
// someone else's. Markers before the hit come first ("call me on …"), then markers after it
// ("… is my private number"). Another hit of the same kind in between blocks a marker, so
// "my mobile: A, Rita's: B" does not make B the writer's.
bool Evaluation::ContextHolds(const Condition& condition, Match& match,
                              const std::vector<Match>& siblings) {
  const std::string_view view = paragraphs_[match.paragraph].text.view();
  size_t scope_begin = 0;
  size_t scope_end = view.size();
  if (condition.scope == Condition::Scope::kSentence) {
    std::tie(scope_begin, scope_end) = SentencesOf(match.paragraph).Around(match.view_begin);
    scope_end = std::max(scope_end, static_cast<size_t>(match.view_end));
  }
  struct Candidate {
    size_t distance;
    size_t length;
    bool fire;
    uint32_t begin;  // original offset
  };
  uint32_t earliest_fire = UINT32_MAX;
  std::optional<Candidate> best_before;
  std::optional<Candidate> best_after;
  auto better = [](const std::optional<Candidate>& current, const Candidate& candidate) {
    return !current || candidate.distance < current->distance ||
           (candidate.distance == current->distance && candidate.length > current->length);
  };
  auto blocked = [&](size_t from, size_t to) {
    const auto between = StartingIn(siblings, match.paragraph, from, to);
    return std::any_of(between.begin(), between.end(), [&](const Match& other) {
      return !(other.begin == match.begin && other.end == match.end) && other.view_end <= to;
    });
  };
  // Markers further away than `before` / `after` code points (4 bytes at most each) or
  // outside the scope are never considered: only the window between is searched.
  const size_t window_begin =
      condition.before >= 0
          ? std::max(scope_begin, match.view_begin > 4 * static_cast<size_t>(condition.before)
                                      ? match.view_begin - 4 * static_cast<size_t>(condition.before)
                                      : size_t{0})
          : scope_begin;
  const size_t window_end =
      condition.after >= 0
          ? std::min(scope_end, match.view_end + 4 * static_cast<size_t>(condition.after) + 1)
          : scope_end;
  auto consider = [&](const std::vector<std::string>& names, bool fire) {
    for (const std::string& name : names) {
      for (const Match& marker :
           HitsNear(pack_.DetectionIndex(name), match.paragraph, window_begin, window_end)) {
        if (marker.view_end <= scope_begin || marker.view_begin >= scope_end) continue;
        const Candidate base{0, marker.view_end - marker.view_begin, fire, marker.begin};
        if (marker.view_end <= match.view_begin ||
            Overlaps(marker.view_begin, marker.view_end, match.view_begin, match.view_end)) {
          if (marker.view_begin >= match.view_begin) {
            // Overlapping from the inside or after the start: as close as can be.
            if (better(best_before, base)) best_before = base;
            continue;
          }
          const size_t gap = marker.view_end <= match.view_begin
                                 ? CodePointsBetween(view, marker.view_end, match.view_begin)
                                 : 0;
          if (condition.before >= 0 && gap > static_cast<size_t>(condition.before)) continue;
          if (blocked(marker.view_end, match.view_begin)) continue;
          Candidate candidate = base;
          candidate.distance = gap;
          if (fire) earliest_fire = std::min(earliest_fire, marker.begin);
          if (better(best_before, candidate)) best_before = candidate;
        } else {
          const size_t gap = CodePointsBetween(view, match.view_end, marker.view_begin);
          if (condition.after >= 0 && gap > static_cast<size_t>(condition.after)) continue;
          if (blocked(match.view_end, marker.view_begin)) continue;
          Candidate candidate = base;
          candidate.distance = gap;
          if (better(best_after, candidate)) best_after = candidate;
        }
      }
    }
  };
  consider(condition.fire, true);
  consider(condition.stop, false);
  if (best_before) {
    if (best_before->fire) match.lead_in = std::min(match.lead_in, earliest_fire);
    return best_before->fire;
  }
  if (best_after) return best_after->fire;
  return condition.default_fire;
}

bool Evaluation::ValueIn(const Condition& condition, const Match& match) {
  const Paragraph& paragraph = paragraphs_[match.paragraph];
  const std::string raw = match.value.empty()
                              ? std::string(paragraph.text.view().substr(
                                    match.view_begin, match.view_end - match.view_begin))
                              : match.value;
  const std::string value = FoldCase(raw);
  if (!condition.config_list.empty()) {
    if (condition.config_list == "company.phones") {
      std::string e164 = raw;
      if (raw.empty() || raw[0] != '+') {
        e164 = PhoneToE164(
            raw,
            pack_.Regions(paragraph.languages.empty() ? Language::kEn : paragraph.languages.front())
                .front());
      }
      return pack_.company_phones().count(e164) > 0;
    }
    return InList(condition.compare, value, pack_.ConfigValues(condition.config_list));
  }
  for (Language language : paragraph.languages) {
    if (InList(condition.compare, value, pack_.Values(condition.lexicon, language))) return true;
  }
  return false;
}

// "{{successor_name}}" stands for a successor when a word of its name starts with an entry of
// the names lexicon ("successor"); CJK entries may appear anywhere in the name.
bool Evaluation::NameStandsFor(const std::string& lexicon, const Match& placeholder) {
  std::string name = FoldCase(placeholder.value);
  for (char& c : name) {
    if (c == '_' || c == '-' || c == '.' || c == '/') c = ' ';
  }
  const std::string padded = " " + name;
  const Paragraph& paragraph = paragraphs_[placeholder.paragraph];
  for (Language language : paragraph.languages) {
    for (const std::string& entry : pack_.Values(lexicon, language)) {
      const bool ascii = std::all_of(entry.begin(), entry.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii ? padded.find(" " + entry) != std::string::npos
                : name.find(entry) != std::string::npos)
        return true;
    }
  }
  return false;
}

// "Rita takes over: rita@acme.com, mobile 555 0142" gives Rita's number, not the writer's:
// a hit that comes after a successor in its scope is theirs, unless the writer speaks of
// themself in its sentence ("Rita takes over. Until then, call me on 555 0199") and no one
// else is spoken of after that ("call me or her on 555 0142").
bool Evaluation::NotAfter(const Condition& condition, const Match& match) {
  size_t scope_begin = 0;
  if (condition.scope == Condition::Scope::kSentence) {
    scope_begin = SentencesOf(match.paragraph).Around(match.view_begin).first;
  }
  // The writer speaking of themself counts in the hit's own sentence only: "... like me. Her
  // line: 555" is still hers.
  const uint32_t sentence_begin =
      static_cast<uint32_t>(SentencesOf(match.paragraph).Around(match.view_begin).first);
  // The last of the unless-between or reset-by markers in [from, to): is it an unless?
  auto between = [&](uint32_t from, uint32_t to) {
    from = std::max(from, sentence_begin);
    uint32_t last_unless = 0, last_reset = 0;
    bool unless = false;
    auto scan = [&](const std::vector<std::string>& names, uint32_t* last, bool* seen) {
      for (const std::string& name : names) {
        for (const Match& hit : HitsNear(pack_.DetectionIndex(name), match.paragraph, from, to)) {
          if (hit.view_begin >= from && hit.view_end <= to) {
            *last = std::max(*last, hit.view_end);
            if (seen) *seen = true;
          }
        }
      }
    };
    scan(condition.unless_between, &last_unless, &unless);
    scan(condition.reset_by, &last_reset, nullptr);
    return unless && last_unless > last_reset;
  };
  for (const std::string& name : condition.rules) {
    for (const Match& earlier :
         HitsNear(pack_.DetectionIndex(name), match.paragraph, scope_begin, match.view_begin)) {
      if (earlier.view_begin < scope_begin || earlier.view_end > match.view_begin) continue;
      if (!between(earlier.view_end, match.view_begin)) return false;
    }
  }
  return true;
}

const Sentences& Evaluation::SentencesOf(uint32_t paragraph) {
  auto& sentences = sentences_[paragraph];
  if (!sentences) {
    const Paragraph& p = paragraphs_[paragraph];
    sentences = std::make_unique<Sentences>(
        p.text.view(), p.languages.empty() ? Language::kEn : p.languages.front());
  }
  return *sentences;
}

bool Evaluation::RuleEnabled(const Rule& rule, Severity* severity) const {
  const Config& config = pack_.config();
  if (!rule.modes.empty() &&
      std::find(rule.modes.begin(), rule.modes.end(), config.mode) == rule.modes.end()) {
    return false;
  }
  *severity = rule.severity;
  const auto it = rules_.find(rule.id);
  if (it != rules_.end()) {
    if (!it->second.severity) return false;
    *severity = *it->second.severity;
  }
  return true;
}

Finding Evaluation::MakeFinding(const Rule& rule, Severity severity, size_t begin,
                                size_t end) const {
  Finding finding;
  finding.rule = rule.id;
  finding.severity = severity;
  finding.begin = begin;
  finding.end = end;
  finding.text = std::string(document_.bytes().substr(begin, end - begin));
  finding.start = document_.PositionOf(begin);
  finding.stop = document_.PositionOf(end);
  std::string shown = finding.text;
  for (char& c : shown) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  finding.message = rule.message;
  const size_t at = finding.message.find("{text}");
  if (at != std::string::npos) finding.message.replace(at, 6, shown);
  return finding;
}

void Evaluation::SpanFindings(const Rule& rule, Severity severity, std::vector<Finding>* findings) {
  const auto& hits = Hits(pack_.DetectionIndex(rule.id));
  // Overlapping hits are one finding; so are hits of one line that the rule's merge-gap
  // allows to be apart.
  auto joins = [&](const Match& previous, const Match& next) {
    if (next.begin < previous.end) return true;
    if (rule.merge_gap <= 0 || next.paragraph != previous.paragraph ||
        next.view_begin < previous.view_end)
      return false;
    const std::string_view view = paragraphs_[next.paragraph].text.view();
    const std::string_view gap =
        view.substr(previous.view_end, next.view_begin - previous.view_end);
    // Not across a hard line break: two lines of a signature are two findings.
    return gap.find('\n') == std::string_view::npos &&
           CodePointsBetween(view, previous.view_end, next.view_begin) <=
               static_cast<size_t>(rule.merge_gap);
  };
  size_t k = 0;
  while (k < hits.size()) {
    const size_t first = k;
    size_t last = k;
    for (++k; k < hits.size() && joins(hits[last], hits[k]); ++k) {
      if (hits[k].end > hits[last].end) last = k;
    }
    Finding finding = MakeFinding(rule, severity, hits[first].begin, hits[last].end);
    uint32_t lead_in = hits[first].begin;
    for (size_t h = first; h < k; ++h) lead_in = std::min(lead_in, hits[h].lead_in);
    if (rule.fix == Rule::FixKind::kRemove && lead_in == hits[first].begin) {
      // The hit counted without asking its context (a free-mail address): ask it now, for
      // the words that offered it.
      Match probe = hits[first];
      std::function<void(const Condition&)> ask = [&](const Condition& condition) {
        if (condition.kind == Condition::Kind::kContext) ContextHolds(condition, probe, hits);
        for (const Condition& inner : condition.any) ask(inner);
      };
      for (const Condition& condition : rule.detection.conditions) ask(condition);
      lead_in = std::min(lead_in, probe.lead_in);
    }
    AddFix(rule, &hits[first], lead_in, &finding);
    findings->push_back(std::move(finding));
  }
}

std::string Evaluation::MainLanguage() const {
  std::map<Language, size_t> bytes;
  for (const Paragraph& paragraph : paragraphs_) {
    if (!paragraph.languages.empty())
      bytes[paragraph.languages.front()] += paragraph.text.view().size();
  }
  Language main = Language::kEn;
  size_t most = 0;
  for (const auto& [language, count] : bytes) {
    if (count > most) {
      most = count;
      main = language;
    }
  }
  return std::string(LanguageCode(main));
}

// The edit an editor offers for a finding, from the rule's fix.
void Evaluation::AddFix(const Rule& rule, const Match* hit, size_t lead_in,
                        Finding* finding) const {
  const std::string_view bytes = document_.bytes();
  auto text_for = [&](const std::string& language) -> const std::string* {
    auto it = rule.fix_texts.find(language);
    if (it == rule.fix_texts.end()) it = rule.fix_texts.find("en");
    return it == rule.fix_texts.end() ? nullptr : &it->second;
  };
  switch (rule.fix) {
    case Rule::FixKind::kNone:
      return;
    case Rule::FixKind::kRemove: {
      // The span with the words that offered it, and the comma or space that would be left
      // dangling: "Until then, call me on my mobile, 555 0199." becomes "Until then."
      size_t begin = std::min<size_t>(finding->begin, lead_in);
      size_t end = finding->end;
      if (end < bytes.size() && (bytes[end] == ',' || bytes[end] == ';')) {
        ++end;
        if (end < bytes.size() && bytes[end] == ' ') ++end;
      } else if (end < bytes.size() &&
                 std::string_view(".!?)").find(bytes[end]) != std::string_view::npos) {
        while (begin > 0 && (bytes[begin - 1] == ' ' || bytes[begin - 1] == ',')) --begin;
      } else if (begin > 0 && bytes[begin - 1] == ' ' && end < bytes.size() && bytes[end] == ' ') {
        ++end;
      }
      finding->fixes.push_back({rule.fix_title, begin, end, ""});
      return;
    }
    case Rule::FixKind::kReplace: {
      const Paragraph& paragraph = paragraphs_[hit->paragraph];
      const std::string* text = text_for(
          paragraph.languages.empty() ? "en"
                                      : std::string(LanguageCode(paragraph.languages.front())));
      if (text) finding->fixes.push_back({rule.fix_title, finding->begin, finding->end, *text});
      return;
    }
    case Rule::FixKind::kInsert: {
      const std::string* text = text_for(MainLanguage());
      if (!text) return;
      // After the greeting ("Dear Ana," "Kedves Anna!" "您好："), which may follow a title;
      // failing that, after the first paragraph; failing that, at the end.
      size_t after = 0;
      for (size_t i = 0; i < std::min<size_t>(paragraphs_.size(), 3); ++i) {
        if (EndsLikeAGreeting(paragraphs_[i].text.view())) {
          after = i;
          break;
        }
      }
      if (after + 1 < paragraphs_.size()) {
        const size_t at = paragraphs_[after + 1].begin;
        finding->fixes.push_back({rule.fix_title, at, at, *text + "\n\n"});
      } else {
        finding->fixes.push_back(
            {rule.fix_title, bytes.size(), bytes.size(), "\n\n" + *text + "\n"});
      }
      return;
    }
  }
}

void Evaluation::DocumentFinding(const Rule& rule, Severity severity,
                                 std::vector<Finding>* findings) {
  for (const std::string& name : rule.when) {
    if (Hits(pack_.DetectionIndex(name)).empty()) return;
  }
  for (const std::string& name : rule.required) {
    if (!Hits(pack_.DetectionIndex(name)).empty()) return;
  }
  // A document finding spans the first non-empty line, trimmed.
  size_t begin = document_.body_begin();
  size_t end = begin;
  const std::string_view bytes = document_.bytes();
  for (size_t line = 0; line < document_.line_count(); ++line) {
    size_t first = std::max(document_.LineBegin(line), document_.body_begin());
    size_t last = document_.LineEnd(line);
    while (first < last && (bytes[first] == ' ' || bytes[first] == '\t')) ++first;
    while (last > first && (bytes[last - 1] == ' ' || bytes[last - 1] == '\t')) --last;
    if (first < last) {
      begin = first;
      end = last;
      break;
    }
  }
  Finding finding = MakeFinding(rule, severity, begin, end);
  finding.document_scope = true;
  finding.message = rule.message;
  AddFix(rule, nullptr, begin, &finding);
  findings->push_back(std::move(finding));
}

std::vector<Finding> Evaluation::SignalHits() {
  std::vector<Finding> hits;
  for (const Detection& signal : pack_.pack().signals) {
    for (const Match& match : Hits(pack_.DetectionIndex(signal.name))) {
      Finding hit;
      hit.rule = signal.name;
      hit.begin = match.begin;
      hit.end = match.end;
      hit.text = std::string(document_.bytes().substr(match.begin, match.end - match.begin));
      hit.start = document_.PositionOf(match.begin);
      hit.stop = document_.PositionOf(match.end);
      hit.message = match.value;
      hits.push_back(std::move(hit));
    }
  }
  std::sort(hits.begin(), hits.end(), FindingBefore);
  return hits;
}

std::vector<Finding> Evaluation::Run() {
  FindSourceHits();
  std::vector<Finding> findings;
  if (!stages_.rules) return findings;
  std::vector<Language> languages;
  for (const Paragraph& paragraph : paragraphs_) {
    for (Language language : paragraph.languages) {
      if (std::find(languages.begin(), languages.end(), language) == languages.end())
        languages.push_back(language);
    }
  }
  for (const Rule& rule : pack_.pack().rules) {
    Severity severity;
    if (!RuleEnabled(rule, &severity)) continue;
    bool covered_somewhere = false;
    for (Language language : languages) {
      if (pack_.Covers(rule, language)) {
        covered_somewhere = true;
      } else {
        uncovered_.emplace_back(LanguageCode(language), rule.id);
      }
    }
    // A document rule judges the whole draft: with no word lists for any of its languages
    // it would only report what it cannot see.
    if (rule.kind == Rule::Kind::kDocument && !covered_somewhere && !languages.empty()) continue;
    switch (rule.kind) {
      case Rule::Kind::kSpan:
        SpanFindings(rule, severity, &findings);
        break;
      case Rule::Kind::kDocument:
        DocumentFinding(rule, severity, &findings);
        break;
      case Rule::Kind::kMetric: {
        size_t sentences = 0;
        for (uint32_t p = 0; p < paragraphs_.size(); ++p) sentences += SentencesOf(p).count();
        if (sentences > static_cast<size_t>(rule.max)) {
          DocumentFinding(rule, severity, &findings);
          findings.back().message += " (" + std::to_string(sentences) +
                                     " sentences; the limit is " + std::to_string(rule.max) + ")";
        }
        break;
      }
    }
  }
  std::sort(findings.begin(), findings.end(), FindingBefore);
  return findings;
}

}  // namespace draftlint
