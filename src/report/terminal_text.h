// Draft text shown on a terminal must never act on it: control characters (an escape
// sequence hidden in a draft) are shown as visible symbols instead.
#pragma once

#include <string>
#include <string_view>

namespace draftlint {

std::string TerminalSafe(std::string_view text);

// Columns text takes on a terminal (East Asian wide characters take two; a tab is one
// column here because TerminalSafe shows it as a space).
size_t TerminalWidth(std::string_view text);

}  // namespace draftlint
