#include "text/template_syntax.h"

#include <string_view>
#include <vector>

namespace draftlint {
namespace {

struct Range {
  size_t begin, end;
};

// Every logic or comment tag in the text, in order.
std::vector<Range> LogicTags(std::string_view text) {
  std::vector<Range> tags;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '{') continue;
    std::string_view close;
    const char next = text[i + 1];
    if (next == '%') {
      close = "%}";
    } else if (next == '#') {
      close = "#}";
    } else if (next == '{' && i + 2 < text.size()) {
      const size_t inner = text.find_first_not_of(" ~", i + 2);
      if (inner == std::string_view::npos) break;
      const char sigil = text[inner];
      const bool logic = sigil == '!' || sigil == '#' || sigil == '/' || sigil == '^' || sigil == '>' ||
                         text.compare(inner, 4, "else") == 0;
      if (!logic) continue;
      close = text.compare(inner, 3, "!--") == 0 ? "--}}" : "}}";
    } else {
      continue;
    }
    const size_t end = text.find(close, i + 2);
    if (end == std::string_view::npos) continue;
    tags.push_back({i, end + close.size()});
    i = end + close.size() - 1;
  }
  return tags;
}

}  // namespace

void RemoveTemplateLogic(const Document& document, Prose* prose) {
  const std::vector<Range> tags = LogicTags(document.bytes());
  if (tags.empty()) return;
  for (ProseBlock& block : *prose) {
    for (ProseLine& line : block.lines) {
      std::vector<ProsePiece> kept;
      for (const ProsePiece& piece : line.pieces) {
        if (!piece.decoded.empty()) {
          kept.push_back(piece);
          continue;
        }
        size_t from = piece.begin;
        for (const Range& tag : tags) {
          if (tag.end <= from || tag.begin >= piece.end) continue;
          if (tag.begin > from) kept.push_back({from, tag.begin, ""});
          from = std::max(from, tag.end);
        }
        if (from < piece.end) kept.push_back({from, piece.end, ""});
      }
      line.pieces = std::move(kept);
    }
  }
}

}  // namespace draftlint
