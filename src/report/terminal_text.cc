#include "report/terminal_text.h"

#include <unicode/utf8.h>

#include "text/unicode_class.h"

namespace draftlint {

std::string TerminalSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (c == '\t') {
      out.push_back(' ');
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
      out.append("\xEF\xBF\xBD");  // U+FFFD
    } else if (c == 0xFFFD && i - start != 3) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

size_t TerminalWidth(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  size_t width = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    width += static_cast<size_t>(DisplayWidth(c));
  }
  return width;
}

}  // namespace draftlint
