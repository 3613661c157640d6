// The "base form" keyword lookups compare in: case folded, accents stripped, ß as ss. It is
// defined code point by code point (from ICU's decompositions and case folding), so that a
// keyword and the text around it fold the same way without normalizing whole texts.
#pragma once

#include <unicode/umachine.h>

#include <string>
#include <string_view>

namespace draftlint {

// Appends the base form of one code point to out.
void AppendBaseFold(UChar32 c, std::string* out);

std::string BaseFold(std::string_view text);

}  // namespace draftlint
