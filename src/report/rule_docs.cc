#include "report/rule_docs.h"

namespace draftlint {

std::string RuleDocUrl(std::string_view rule_id) {
  return "https://github.com/draftlint/draftlint/blob/main/docs/rules/" + std::string(rule_id) +
         ".md";
}

}  // namespace draftlint
