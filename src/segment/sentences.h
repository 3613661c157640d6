// Sentence boundaries of a paragraph's normalized text, by ICU's sentence rules for the
// paragraph's language (with its abbreviation list, so "Mr. Smith" is one sentence). They are
// computed only for paragraphs where a rule needs sentence context.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "segment/language.h"

namespace draftlint {

class Sentences {
 public:
  Sentences(std::string_view text, Language language);

  size_t count() const { return ends_.size(); }

  // The [begin, end) view range of the sentence holding view_offset.
  std::pair<size_t, size_t> Around(size_t view_offset) const;

 private:
  std::vector<size_t> ends_;
};

}  // namespace draftlint
