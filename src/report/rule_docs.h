// Where a rule's documentation lives: docs/rules/<id>.md in the repository (the same text
// `draftlint explain <id>` prints). SARIF, the language server and the text format link it.
#pragma once

#include <string>
#include <string_view>

namespace draftlint {

std::string RuleDocUrl(std::string_view rule_id);

}  // namespace draftlint
