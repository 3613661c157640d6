#include "text/prose.h"

namespace draftlint {

std::vector<ProseRange> PlainTextProse(const Document& document) {
  return {{document.body_begin(), document.size()}};
}

}  // namespace draftlint
