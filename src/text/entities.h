// The character an HTML entity stands for ("&amp;", "&#233;", "&eacute;"), for the entities
// drafts actually contain. Markdown and HTML front-ends use it so that patterns see "&" and
// "é" while spans stay on the entity's bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace draftlint {

// entity: from '&' to ';' inclusive. nullopt for an entity it does not know.
std::optional<std::string> DecodeEntity(std::string_view entity);

}  // namespace draftlint
