#include "segment/language.h"

#include <string>

namespace draftlint {

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kEn:
      return "en";
    case Language::kPt:
      return "pt";
    case Language::kHu:
      return "hu";
    case Language::kZhHant:
      return "zh-Hant";
    case Language::kZhHans:
      return "zh-Hans";
    case Language::kEs:
      return "es";
    case Language::kDe:
      return "de";
    case Language::kFr:
      return "fr";
    case Language::kJa:
      return "ja";
  }
  return "en";
}

std::optional<Language> ParseLanguage(std::string_view code) {
  std::string lower(code);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (char& c : lower) c = c == '_' ? '-' : c;
  for (Language language : kAllLanguages) {
    std::string known(LanguageCode(language));
    for (char& c : known) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (lower == known) return language;
  }
  if (lower == "pt-pt" || lower == "pt-br") return Language::kPt;
  if (lower == "zh-tw" || lower == "zh-hk" || lower == "zh-mo") return Language::kZhHant;
  if (lower == "zh-cn" || lower == "zh-sg" || lower == "zh") return Language::kZhHans;
  return std::nullopt;
}

}  // namespace draftlint
