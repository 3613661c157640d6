#include "text/markdown_prose.h"

#include <md4c.h>

#include "text/entities.h"

namespace draftlint {
namespace {

// Where YAML front matter ("---" ... "---" at the very start) ends, or begin.
size_t SkipFrontMatter(const Document& document, size_t begin) {
  const std::string_view bytes = document.bytes();
  if (bytes.substr(begin, 3) != "---" || document.LineEnd(0) != begin + 3) return begin;
  for (size_t line = 1; line < document.line_count(); ++line) {
    const std::string_view text =
        bytes.substr(document.LineBegin(line), document.LineEnd(line) - document.LineBegin(line));
    if (text == "---" || text == "...") return document.LineBegin(line + 1);
  }
  return begin;
}

class Builder {
 public:
  Builder(const char* base, size_t size) : base_(base), size_(size) {}

  Prose Finish() {
    Close();
    return std::move(prose_);
  }

  static int EnterBlock(MD_BLOCKTYPE type, void*, void* self) {
    static_cast<Builder*>(self)->Enter(type);
    return 0;
  }
  static int LeaveBlock(MD_BLOCKTYPE type, void*, void* self) {
    static_cast<Builder*>(self)->Leave(type);
    return 0;
  }
  static int Span(MD_SPANTYPE, void*, void*) { return 0; }
  static int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    static_cast<Builder*>(self)->OnText(type, text, size);
    return 0;
  }

 private:
  void Enter(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        ++verbatim_;
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_H:
        // A list item's paragraphs and a table's rows stay lines of their list or table.
        if (list_depth_ == 0 && table_depth_ == 0) Close();
        NewLine(true);
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (list_depth_++ == 0 && table_depth_ == 0) Close();
        break;
      case MD_BLOCK_TABLE:
        if (table_depth_++ == 0) Close();
        break;
      case MD_BLOCK_LI:
      case MD_BLOCK_TR:
        NewLine(true);
        break;
      default:
        break;
    }
  }

  void Leave(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        --verbatim_;
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (--list_depth_ == 0 && table_depth_ == 0) Close();
        break;
      case MD_BLOCK_TABLE:
        if (--table_depth_ == 0) Close();
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_H:
        if (list_depth_ == 0 && table_depth_ == 0) Close();
        break;
      default:
        break;
    }
  }

  void OnText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    if (verbatim_ > 0) return;
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_ENTITY: {
        // Only text that lies in the buffer has offsets; md4c's own strings (none for these
        // types in practice) are skipped.
        if (text < base_ || text + size > base_ + size_) return;
        const auto begin = static_cast<size_t>(text - base_);
        std::string decoded;
        if (type == MD_TEXT_ENTITY)
          decoded = DecodeEntity(std::string_view(text, size)).value_or("");
        Line().pieces.push_back({begin, begin + size, std::move(decoded)});
        break;
      }
      case MD_TEXT_SOFTBR:
        NewLine(false);
        break;
      case MD_TEXT_BR:
        Line().hard_break_after = true;
        NewLine(false);
        break;
      default:
        break;  // code spans, inline HTML, math: not prose
    }
  }

  ProseLine& Line() {
    if (block_.lines.empty()) block_.lines.emplace_back();
    return block_.lines.back();
  }

  // hard: the previous line ends a paragraph or a list item, never a wrap.
  void NewLine(bool hard) {
    if (block_.lines.empty()) return;
    if (block_.lines.back().pieces.empty()) return;
    if (hard) block_.lines.back().hard_break_after = true;
    block_.lines.emplace_back();
  }

  void Close() {
    while (!block_.lines.empty() && block_.lines.back().pieces.empty()) block_.lines.pop_back();
    if (!block_.lines.empty()) prose_.push_back(std::move(block_));
    block_ = ProseBlock();
  }

  const char* base_;
  size_t size_;
  int verbatim_ = 0;
  int list_depth_ = 0;
  int table_depth_ = 0;
  ProseBlock block_;
  Prose prose_;
};

}  // namespace

Prose MarkdownProse(const Document& document) {
  const size_t begin = SkipFrontMatter(document, document.body_begin());
  const std::string_view bytes = document.bytes();
  Builder builder(bytes.data(), bytes.size());
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = &Builder::EnterBlock;
  parser.leave_block = &Builder::LeaveBlock;
  parser.enter_span = &Builder::Span;
  parser.leave_span = &Builder::Span;
  parser.text = &Builder::Text;
  md_parse(bytes.data() + begin, static_cast<MD_SIZE>(bytes.size() - begin), &parser, &builder);
  return builder.Finish();
}

}  // namespace draftlint
