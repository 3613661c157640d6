#include "segment/sentences.h"

#include <algorithm>
#include <cctype>

#include "segment/icu_iterators.h"

namespace draftlint {
namespace {

// "ss=standard" turns on ICU's list of abbreviations that do not end a sentence.
const char* SentenceLocale(Language language) {
  switch (language) {
    case Language::kEn:
      return "en@ss=standard";
    case Language::kPt:
      return "pt@ss=standard";
    case Language::kEs:
      return "es@ss=standard";
    case Language::kDe:
      return "de@ss=standard";
    case Language::kFr:
      return "fr@ss=standard";
    case Language::kHu:
      return "hu";
    case Language::kZhHant:
      return "zh_Hant";
    case Language::kZhHans:
      return "zh_Hans";
    case Language::kJa:
      return "ja";
  }
  return "";
}

// "Tel. 555 0100", "Cel. 55 1234 5678", "ext. 12": a short abbreviation before a number does
// not end a sentence, whatever ICU's abbreviation lists hold.
bool AbbreviationBeforeNumber(std::string_view text, size_t end) {
  size_t dot = end;
  while (dot > 0 && text[dot - 1] == ' ') --dot;
  if (dot == 0 || text[dot - 1] != '.' || end >= text.size()) return false;
  const char next = text[end];
  if (!((next >= '0' && next <= '9') || next == '+' || next == '(')) return false;
  size_t start = dot - 1;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  const size_t letters = dot - 1 - start;
  return letters >= 1 && letters <= 4 &&
         (start == 0 || !std::isalnum(static_cast<unsigned char>(text[start - 1])));
}

}  // namespace

Sentences::Sentences(std::string_view text, Language language) {
  icu::BreakIterator& iterator =
      ThreadIterator(BreakKind::kSentence, SentenceLocale(language), text);
  for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
    if (AbbreviationBeforeNumber(text, static_cast<size_t>(end))) continue;
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
