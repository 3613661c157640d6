#include "rules/stages.h"

#include <stdexcept>
#include <string>

namespace draftlint {

Stages Stages::AllBut(std::string_view off) {
  Stages stages;
  while (!off.empty()) {
    const size_t comma = off.find(',');
    const std::string_view name = off.substr(0, comma);
    off = comma == std::string_view::npos ? std::string_view() : off.substr(comma + 1);
    if (name == "language") {
      stages.language = false;
    } else if (name == "lexicons") {
      stages.lexicons = false;
    } else if (name == "phones") {
      stages.phones = false;
    } else if (name == "rules") {
      stages.rules = false;
    } else if (!name.empty()) {
      throw std::invalid_argument("unknown stage '" + std::string(name) +
                                  "' (known: language, lexicons, phones, rules)");
    }
  }
  return stages;
}

}  // namespace draftlint
