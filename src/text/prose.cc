#include "text/prose.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace draftlint {
namespace {

bool IsBlank(std::string_view line) {
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (!u_isUWhiteSpace(c)) return false;
  }
  return true;
}

}  // namespace

Prose PlainTextProse(const Document& document) {
  Prose prose;
  ProseBlock block;
  const std::string_view bytes = document.bytes();
  for (size_t line = 0; line < document.line_count(); ++line) {
    const size_t begin = line == 0 ? document.body_begin() : document.LineBegin(line);
    const size_t end = document.LineEnd(line);
    if (IsBlank(bytes.substr(begin, end - begin))) {
      if (!block.lines.empty()) prose.push_back(std::move(block));
      block = ProseBlock();
      continue;
    }
    block.lines.push_back({{{begin, end, ""}}, false});
  }
  if (!block.lines.empty()) prose.push_back(std::move(block));
  return prose;
}

void CutRanges(const std::vector<ByteRange>& ranges, Prose* prose) {
  if (ranges.empty()) return;
  for (ProseBlock& block : *prose) {
    for (ProseLine& line : block.lines) {
      std::vector<ProsePiece> kept;
      for (const ProsePiece& piece : line.pieces) {
        if (!piece.decoded.empty()) {
          kept.push_back(piece);
          continue;
        }
        size_t from = piece.begin;
        for (const ByteRange& range : ranges) {
          if (range.end <= from || range.begin >= piece.end) continue;
          if (range.begin > from) kept.push_back({from, range.begin, ""});
          from = std::max(from, range.end);
        }
        if (from < piece.end) kept.push_back({from, piece.end, ""});
      }
      line.pieces = std::move(kept);
    }
  }
}

}  // namespace draftlint
