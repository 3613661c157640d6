#include "segment/sentences.h"

#include <algorithm>

#include "segment/icu_iterators.h"

namespace draftlint {
namespace {

// "ss=standard" turns on ICU's list of abbreviations that do not end a sentence.
const char* SentenceLocale(Language language) {
  switch (language) {
    case Language::kEn: return "en@ss=standard";
    case Language::kPt: return "pt@ss=standard";
    case Language::kEs: return "es@ss=standard";
    case Language::kDe: return "de@ss=standard";
    case Language::kFr: return "fr@ss=standard";
    case Language::kHu: return "hu";
    case Language::kZhHant: return "zh_Hant";
    case Language::kZhHans: return "zh_Hans";
    case Language::kJa: return "ja";
  }
  return "";
}

}  // namespace

Sentences::Sentences(std::string_view text, Language language) {
  icu::BreakIterator& iterator = ThreadIterator(BreakKind::kSentence, SentenceLocale(language), text);
  for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
    ends_.push_back(static_cast<size_t>(end));
  }
  if (ends_.empty() || ends_.back() != text.size()) ends_.push_back(text.size());
}

std::pair<size_t, size_t> Sentences::Around(size_t view_offset) const {
  auto it = std::upper_bound(ends_.begin(), ends_.end(), view_offset);
  if (it == ends_.end()) --it;
  const size_t begin = it == ends_.begin() ? 0 : *(it - 1);
  return {begin, *it};
}

}  // namespace draftlint
