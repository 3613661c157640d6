// Whole-word checks by ICU's word break rules, asked only at the two ends of a pattern hit:
// RE2's \b is ASCII-only, and segmenting a whole document into words would cost far more
// than the matching itself.
#pragma once

#include <cstddef>
#include <string_view>

namespace draftlint {

// Whether offset (a byte offset into UTF-8 text) is a word boundary. The ICU iterator is
// reused per thread.
bool IsWordBoundary(std::string_view text, size_t offset);

// The end of the word that starts or continues at offset: the next word boundary.
size_t NextWordBoundary(std::string_view text, size_t offset);

// The start of the word that holds offset: the word boundary before it.
size_t PreviousWordBoundary(std::string_view text, size_t offset);

}  // namespace draftlint
