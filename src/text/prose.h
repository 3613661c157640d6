// Which bytes of a document are prose to be checked. A front-end per format turns a file
// into prose ranges that keep their original offsets; plain text is one range after the BOM.
#pragma once

#include <cstddef>
#include <vector>

#include "text/document.h"

namespace draftlint {

struct ProseRange {
  size_t begin = 0;
  size_t end = 0;
};

std::vector<ProseRange> PlainTextProse(const Document& document);

}  // namespace draftlint
