#include "text/html_prose.h"

#include <gumbo.h>

#include <memory>

#include "text/entities.h"

namespace draftlint {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool IsInline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

class Builder {
 public:
  explicit Builder(std::string_view bytes) : bytes_(bytes) {}

  void Visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        VisitChildren(&node->v.document.children);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        if (IsSkipped(element.tag)) return;
        if (element.tag == GUMBO_TAG_BR) {
          if (!block_.lines.empty() && !block_.lines.back().pieces.empty()) {
            block_.lines.back().hard_break_after = true;
            block_.lines.emplace_back();
          }
          return;
        }
        const bool block = !IsInline(element.tag);
        if (block) Close();
        VisitChildren(&element.children);
        if (block) Close();
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        AddText(node->v.text);
        break;
      default:
        break;  // comments
    }
  }

  Prose Finish() {
    Close();
    return std::move(prose_);
  }

 private:
  void VisitChildren(const GumboVector* children) {
    for (unsigned k = 0; k < children->length; ++k)
      Visit(static_cast<const GumboNode*>(children->data[k]));
  }

  // The raw text of a node, cut at its entities so that each entity is a piece of its own
  // with the character it stands for.
  void AddText(const GumboText& text) {
    const size_t begin = text.start_pos.offset;
    const size_t end = std::min(begin + text.original_text.length, bytes_.size());
    if (begin >= end) return;
    if (block_.lines.empty()) block_.lines.emplace_back();
    auto& pieces = block_.lines.back().pieces;
    size_t run = begin;
    for (size_t i = begin; i < end; ++i) {
      if (bytes_[i] != '&') continue;
      const size_t semicolon = bytes_.find(';', i);
      if (semicolon == std::string_view::npos || semicolon >= end || semicolon - i > 32) continue;
      const auto decoded = DecodeEntity(bytes_.substr(i, semicolon + 1 - i));
      if (!decoded) continue;
      if (i > run) pieces.push_back({run, i, ""});
      pieces.push_back({i, semicolon + 1, *decoded});
      i = semicolon;
      run = semicolon + 1;
    }
    if (end > run) pieces.push_back({run, end, ""});
  }

  void Close() {
    while (!block_.lines.empty() && block_.lines.back().pieces.empty()) block_.lines.pop_back();
    if (!block_.lines.empty()) prose_.push_back(std::move(block_));
    block_ = ProseBlock();
  }

  std::string_view bytes_;
  ProseBlock block_;
  Prose prose_;
};

}  // namespace

Prose HtmlProse(const Document& document) {
  const std::string_view bytes = document.bytes();
  // Offsets gumbo reports are into the buffer it is given: the whole file, BOM included.
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()),
      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });
  Builder builder(bytes);
  builder.Visit(output->document);
  return builder.Finish();
}

}  // namespace draftlint
