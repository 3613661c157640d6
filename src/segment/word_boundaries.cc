#include "segment/word_boundaries.h"

#include "segment/icu_iterators.h"

#include <algorithm>

namespace draftlint {

bool IsWordBoundary(std::string_view text, size_t offset) {
  if (offset == 0 || offset >= text.size()) return true;
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
