// The front-end for a file, chosen by its name: Markdown (.md, .markdown), HTML (.html,
// .htm), plain text otherwise; a template extension (.j2, .jinja, .hbs, .mustache, .liquid,
// .tmpl) on top ("welcome.html.j2") also removes template logic.
#pragma once

#include "text/prose.h"

namespace draftlint {

Prose ProseOf(const Document& document);

}  // namespace draftlint
