#include "segment/word_boundaries.h"

#include <cctype>

#include "segment/icu_iterators.h"

#include <algorithm>

namespace draftlint {

bool IsWordBoundary(std::string_view text, size_t offset) {
  if (offset == 0 || offset >= text.size()) return true;
  // Most hits sit between an ASCII letter or digit and a space, or inside an ASCII word; UAX
  // #29 settles both without ICU (WB5, WB8-WB10: no break between letters and digits; a
  // space or newline next to a letter or digit: a break).
  const char before = text[offset - 1];
  const char after = text[offset];
  const bool word_before = std::isalnum(static_cast<unsigned char>(before)) != 0;
  const bool word_after = std::isalnum(static_cast<unsigned char>(after)) != 0;
  if (word_before && word_after) return false;
  if ((word_before && (after == ' ' || after == '\n')) ||
      ((before == ' ' || before == '\n') && word_after)) {
    return true;
  }
  return ThreadIterator(BreakKind::kWord, "", text).isBoundary(static_cast<int32_t>(offset));
}

size_t NextWordBoundary(std::string_view text, size_t offset) {
  if (offset >= text.size()) return text.size();
  const int32_t next =
      ThreadIterator(BreakKind::kWord, "", text).following(static_cast<int32_t>(offset));
  return next == icu::BreakIterator::DONE ? text.size() : static_cast<size_t>(next);
}

size_t PreviousWordBoundary(std::string_view text, size_t offset) {
  if (offset == 0) return 0;
  const int32_t previous = ThreadIterator(BreakKind::kWord, "", text)
                               .preceding(static_cast<int32_t>(std::min(offset, text.size())));
  return previous == icu::BreakIterator::DONE ? 0 : static_cast<size_t>(previous);
}

}  // namespace draftlint
