#include "text/front_end.h"

#include <algorithm>
#include <filesystem>

#include "text/html_prose.h"
#include "text/markdown_prose.h"
#include "text/template_syntax.h"

namespace draftlint {
namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

bool IsTemplateExtension(const std::string& extension) {
  for (const char* known : {".j2", ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache",
                            ".liquid", ".tmpl", ".tpl"}) {
    if (extension == known) return true;
  }
  return false;
}

}  // namespace

Prose ProseOf(const Document& document) {
  std::filesystem::path path(document.path());
  std::string extension = Lower(path.extension().string());
  const bool templated = IsTemplateExtension(extension);
  if (templated) extension = Lower(path.stem().extension().string());
  Prose prose;
  if (extension == ".md" || extension == ".markdown") {
    prose = MarkdownProse(document);
  } else if (extension == ".html" || extension == ".htm" || extension == ".xhtml") {
    prose = HtmlProse(document);
  } else {
    prose = PlainTextProse(document);
  }
  if (templated) RemoveTemplateLogic(document, &prose);
  return prose;
}

}  // namespace draftlint
