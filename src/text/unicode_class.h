// Character classes the pipeline asks about, answered by ICU's properties.
#pragma once

#include <unicode/umachine.h>

#include <string_view>

namespace draftlint {

// Han, kana, Hangul, Bopomofo and the wide punctuation around them: text that is written
// without spaces between words, so words are matched as written and wrapped lines join
// without a space.
bool IsCjk(UChar32 c);

// Columns a code point takes in a fixed-width editor: 2 for East Asian wide and full-width,
// 0 for combining marks, else 1.
int DisplayWidth(UChar32 c);

// The first and last code points of UTF-8 text (U+FFFD for ill-formed bytes, -1 when empty).
UChar32 FirstCodePoint(std::string_view text);
UChar32 LastCodePoint(std::string_view text);

}  // namespace draftlint
