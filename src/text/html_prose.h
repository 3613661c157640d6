// An HTML e-mail's prose, by gumbo (an HTML5 parser): the text of the body. Tags,
// attributes, comments, <style>, <script> and <head> are not prose; entities are decoded for
// matching while spans stay on the entity's bytes. Block elements start new blocks; <br>
// ends a line.
#pragma once

#include "text/prose.h"

namespace draftlint {

Prose HtmlProse(const Document& document);

}  // namespace draftlint
