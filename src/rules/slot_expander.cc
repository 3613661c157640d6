#include "rules/slot_expander.h"

namespace draftlint {
namespace {

bool IsNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '_'; }

}  // namespace

std::optional<std::string> ExpandSlots(std::string_view regex, const RegexSlotLookup& lookup,
                                       std::string* error) {
  std::string out;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      // A Unicode class (\p{Han}) keeps its braces; an unclosed one ("\p{Han") keeps the
      // rest of the regex, for RE2 to reject.
      size_t end = i + 2;
      if ((regex[i + 1] == 'p' || regex[i + 1] == 'P') && end < regex.size() && regex[end] == '{') {
        const size_t close = regex.find('}', end);
        end = close == std::string_view::npos ? regex.size() : close + 1;
      }
      out.append(regex.substr(i, end - i));
      i = end - 1;
      continue;
    }
    if (c == '{' && i + 1 < regex.size() && IsNameStart(regex[i + 1])) {
      size_t end = i + 1;
      while (end < regex.size() && IsNameChar(regex[end])) ++end;
      if (end < regex.size() && regex[end] == '}') {
        const std::string_view name = regex.substr(i + 1, end - i - 1);
        const auto expansion = lookup(name);
        if (!expansion) {
          *error = "unknown slot {" + std::string(name) + "}";
          return std::nullopt;
        }
        out.append("(?:").append(*expansion).append(")");
        i = end;
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace draftlint
