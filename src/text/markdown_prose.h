// Markdown's prose, by md4c: paragraphs, headings, list items and table cells. Code (blocks
// and spans), raw HTML, link destinations and YAML front matter are not prose.
#pragma once

#include "text/prose.h"

namespace draftlint {

Prose MarkdownProse(const Document& document);

}  // namespace draftlint
