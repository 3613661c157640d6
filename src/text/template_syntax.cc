#include "text/template_syntax.h"

#include <string_view>
#include <vector>

namespace draftlint {
namespace {

// Every logic or comment tag in the text, in order.
std::vector<ByteRange> LogicTags(std::string_view text) {
  std::vector<ByteRange> tags;
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
      const bool logic = sigil == '!' || sigil == '#' || sigil == '/' || sigil == '^' ||
                         sigil == '>' || text.compare(inner, 4, "else") == 0;
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
  CutRanges(LogicTags(document.bytes()), prose);
}

}  // namespace draftlint
