#include "segment/language_detector.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <cstdio>  // CLD2's header needs it first.

#include <algorithm>
#include <optional>

namespace draftlint {
namespace {

// Below this many letters CLD2's answer is a coin toss; a CJK character carries more.
constexpr int kMinLetters = 24;
constexpr int kCjkLetterWeight = 3;
// A second language gets its own patterns run when it holds this share of the paragraph.
constexpr int kMinSecondShare = 20;

std::optional<Language> FromCld2(CLD2::Language language) {
  switch (language) {
    case CLD2::ENGLISH:
      return Language::kEn;
    case CLD2::PORTUGUESE:
      return Language::kPt;
    case CLD2::GALICIAN:
      return Language::kPt;  // unaccented Portuguese is often read as Galician
    case CLD2::HUNGARIAN:
      return Language::kHu;
    case CLD2::CHINESE_T:
      return Language::kZhHant;
    case CLD2::CHINESE:
      return Language::kZhHans;
    case CLD2::SPANISH:
      return Language::kEs;
    case CLD2::GERMAN:
      return Language::kDe;
    case CLD2::FRENCH:
      return Language::kFr;
    case CLD2::JAPANESE:
      return Language::kJa;
    default:
      return std::nullopt;
  }
}

int LetterWeight(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int weight = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (u_isalpha(c)) weight += c >= 0x2E80 ? kCjkLetterWeight : 1;
  }
  return weight;
}

}  // namespace

LanguageDetector::LanguageDetector(std::vector<Language> allowed) : allowed_(std::move(allowed)) {}

bool LanguageDetector::Allowed(Language language) const {
  return allowed_.empty() ||
         std::find(allowed_.begin(), allowed_.end(), language) != allowed_.end();
}

std::vector<Language> LanguageDetector::Detect(std::string_view text, bool whole_document) const {
  if (!whole_document && LetterWeight(text) < kMinLetters) return {};
  CLD2::Language language3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  double scores[3];
  CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, &hints, 0,
                                 language3, percent3, scores, nullptr, &text_bytes, &reliable);
  std::vector<std::pair<int, Language>> found;
  for (int k = 0; k < 3; ++k) {
    const auto language = FromCld2(language3[k]);
    if (!language || !Allowed(*language)) continue;
    auto same =
        std::find_if(found.begin(), found.end(), [&](auto& f) { return f.second == *language; });
    if (same != found.end()) {
      same->first += percent3[k];
    } else {
      found.emplace_back(percent3[k], *language);
    }
  }
  std::stable_sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.first > b.first; });
  std::vector<Language> languages;
  for (const auto& [share, language] : found) {
    if (languages.empty() || share >= kMinSecondShare) languages.push_back(language);
  }
  if (!whole_document && !languages.empty() && !reliable && found.front().first < 50) return {};
  return languages;
}

void LanguageDetector::Assign(std::vector<Paragraph>& paragraphs) const {
  if (allowed_.size() == 1) {
    for (Paragraph& paragraph : paragraphs) paragraph.languages = allowed_;
    return;
  }
  for (Paragraph& paragraph : paragraphs)
    paragraph.languages = Detect(paragraph.text.view(), false);

  const auto decided = [](const Paragraph& p) { return !p.languages.empty(); };
  if (std::none_of(paragraphs.begin(), paragraphs.end(), decided)) {
    std::string all;
    for (const Paragraph& paragraph : paragraphs) {
      all.append(paragraph.text.view());
      all.push_back('\n');
    }
    std::vector<Language> languages = Detect(all, true);
    if (languages.empty()) languages = {allowed_.empty() ? Language::kEn : allowed_.front()};
    for (Paragraph& paragraph : paragraphs) paragraph.languages = {languages.front()};
    return;
  }
  // Undecided paragraphs inherit from the paragraph before them, the first ones from the
  // first decided paragraph after them.
  const std::vector<Language>* previous = nullptr;
  for (Paragraph& paragraph : paragraphs) {
    if (decided(paragraph)) {
      previous = &paragraph.languages;
    } else if (previous) {
      paragraph.languages = {previous->front()};
    }
  }
  const std::vector<Language>* next = nullptr;
  for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
    if (decided(*it)) {
      next = &it->languages;
    } else if (next) {
      it->languages = {next->front()};
    }
  }
}

}  // namespace draftlint
