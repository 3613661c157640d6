// Template logic is not prose: Jinja/Liquid tags and comments ({% … %}, {# … #}) and
// Handlebars/Mustache comments, sections and partials ({{! … }}, {{# … }}, {{/ … }},
// {{^ … }}, {{> … }}, {{else}}) are cut out of the prose pieces. Output expressions
// ({{ name }}, ${name}) stay: they are the placeholders the rules look for.
#pragma once

#include "text/prose.h"

namespace draftlint {

void RemoveTemplateLogic(const Document& document, Prose* prose);

}  // namespace draftlint
