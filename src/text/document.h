// The text stage owns a draft's bytes exactly as they are on disk. Every later stage speaks
// byte offsets into these bytes; this file converts them to what people and editors count:
// 1-based lines and code-point columns, and LSP's 0-based positions in UTF-8, UTF-16 or
// UTF-32 units. Nothing here rewrites the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

// The unit an editor counts columns in (LSP's positionEncoding).
enum class Encoding { kUtf8, kUtf16, kUtf32 };

// A place in the text as a person reads it.
struct LineColumn {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in code points; a BOM does not count
};

class Document {
 public:
  Document(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view bytes() const { return bytes_; }
  size_t size() const { return bytes_.size(); }

  // Offset of the first byte after a UTF-8 byte order mark (0 or 3).
  size_t body_begin() const { return body_begin_; }

  // A NUL byte makes a file binary: drafts never contain one.
  bool is_binary() const { return is_binary_; }

  // Offsets where ill-formed UTF-8 starts (each maximal ill-formed subpart, as ICU decodes it;
  // such a subpart counts as one code point everywhere). Kept up to a few hundred.
  const std::vector<size_t>& invalid_utf8() const { return invalid_utf8_; }

  // Lines end at "\n", "\r\n" or a lone "\r", as LSP counts them.
  size_t line_count() const { return line_begins_.size(); }
  size_t LineBegin(size_t line0) const;  // offset of the first byte of a 0-based line
  size_t LineEnd(size_t line0) const;    // offset of its line break (or the end of the text)
  size_t LineOf(size_t offset) const;    // 0-based line holding the offset

  LineColumn PositionOf(size_t offset) const;

  // Units from the start of the line to offset, in the given encoding (LSP's "character").
  size_t ColumnOf(size_t offset, Encoding encoding) const;

  // The offset at a 0-based line and a count of units; past the line's end it clamps to the
  // line's end, past the last line to the end of the text.
  size_t OffsetAt(size_t line0, size_t units, Encoding encoding) const;

 private:
  size_t ContentBegin(size_t line0) const;

  std::string path_;
  std::string bytes_;
  size_t body_begin_ = 0;
  bool is_binary_ = false;
  std::vector<size_t> invalid_utf8_;
  std::vector<size_t> line_begins_;
};

}  // namespace draftlint
