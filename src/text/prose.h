// Which bytes of a document are prose to be checked, and how they are laid out: blocks
// (paragraphs, list items, table cells), lines within a block, and pieces within a line.
// A front-end per format builds them (plain text, Markdown, HTML); what lies between pieces
// (markup, template logic) is not prose. Offsets are into the original bytes, always.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/document.h"

namespace draftlint {

struct ProsePiece {
  size_t begin = 0;
  size_t end = 0;
  // When not empty, the text the bytes stand for: "&amp;" stands for "&".
  std::string decoded;
};

struct ProseLine {
  std::vector<ProsePiece> pieces;
  // The break after this line is certainly hard (an HTML <br>, a Markdown hard break);
  // otherwise the segmenter decides whether it was a wrap.
  bool hard_break_after = false;
};

struct ProseBlock {
  std::vector<ProseLine> lines;
};

using Prose = std::vector<ProseBlock>;

// Plain text: a block per run of non-blank lines, a piece per line.
Prose PlainTextProse(const Document& document);

struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

// Cuts sorted, non-overlapping byte ranges (template logic, linter directives) out of the
// prose pieces.
void CutRanges(const std::vector<ByteRange>& ranges, Prose* prose);

}  // namespace draftlint
