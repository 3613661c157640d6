// The languages draftlint knows, by the BCP 47 codes used in packs, configs and output.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace draftlint {

enum class Language : unsigned char { kEn, kPt, kHu, kZhHant, kZhHans, kEs, kDe, kFr, kJa };

inline constexpr std::array<Language, 9> kAllLanguages = {
    Language::kEn, Language::kPt, Language::kHu, Language::kZhHant, Language::kZhHans,
    Language::kEs, Language::kDe, Language::kFr, Language::kJa};

std::string_view LanguageCode(Language language);

// Accepts the codes above, case-insensitively, and "zh-TW"/"zh-CN"-style aliases.
std::optional<Language> ParseLanguage(std::string_view code);

}  // namespace draftlint
