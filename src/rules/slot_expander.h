// Slots in pack patterns: "{person}" in a regex stands for the pack's person slot, while
// RE2's own braces ("\d{2,4}", "\{\{") are left alone: a slot name starts with a letter.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace draftlint {

using RegexSlotLookup = std::function<std::optional<std::string>(std::string_view)>;

// The regex with every {name} replaced by "(?:" + lookup(name) + ")". nullopt and error set
// when lookup does not know a name.
std::optional<std::string> ExpandSlots(std::string_view regex, const RegexSlotLookup& lookup,
                                       std::string* error);

}  // namespace draftlint
