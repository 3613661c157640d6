#include "text/document.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace draftlint {
namespace {

constexpr size_t kMaxInvalidOffsets = 256;

bool StartsWithBom(std::string_view bytes) {
  return bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
}

// Counts the units of [begin, end) in the given encoding, decoding as ICU does.
size_t CountUnits(std::string_view bytes, size_t begin, size_t end, Encoding encoding) {
  if (encoding == Encoding::kUtf8) return end - begin;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t units = 0;
  int32_t i = static_cast<int32_t>(begin);
  const auto limit = static_cast<int32_t>(end);
  while (i < limit) {
    if (s[i] < 0x80) {
      ++i;
      ++units;
      continue;
    }
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, limit, c);
    units += (encoding == Encoding::kUtf16 && c > 0xFFFF) ? 2 : 1;
  }
  return units;
}

}  // namespace

Document::Document(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  body_begin_ = StartsWithBom(bytes_) ? 3 : 0;
  is_binary_ = std::memchr(bytes_.data(), '\0', bytes_.size()) != nullptr;

  line_begins_.push_back(0);
  const char* data = bytes_.data();
  const size_t n = bytes_.size();
  const bool has_cr = std::memchr(data, '\r', n) != nullptr;
  if (!has_cr) {
    for (const char* p = data;
         (p = static_cast<const char*>(std::memchr(p, '\n', data + n - p)));) {
      ++p;
      line_begins_.push_back(p - data);
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      if (data[i] == '\n') {
        line_begins_.push_back(i + 1);
      } else if (data[i] == '\r') {
        if (i + 1 < n && data[i + 1] == '\n') ++i;
        line_begins_.push_back(i + 1);
      }
    }
  }

  const auto* s = reinterpret_cast<const uint8_t*>(data);
  int32_t i = static_cast<int32_t>(body_begin_);
  const auto limit = static_cast<int32_t>(n);
  while (i < limit && invalid_utf8_.size() < kMaxInvalidOffsets) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, limit, c);
    if (c < 0) invalid_utf8_.push_back(start);
  }
}

size_t Document::LineBegin(size_t line0) const {
  return line0 < line_begins_.size() ? line_begins_[line0] : bytes_.size();
}

size_t Document::LineEnd(size_t line0) const {
  if (line0 + 1 >= line_begins_.size()) return bytes_.size();
  size_t end = line_begins_[line0 + 1];
  if (end > 0 && bytes_[end - 1] == '\n') --end;
  if (end > line_begins_[line0] && bytes_[end - 1] == '\r') --end;
  return end;
}

size_t Document::LineOf(size_t offset) const {
  auto it = std::upper_bound(line_begins_.begin(), line_begins_.end(), offset);
  return static_cast<size_t>(it - line_begins_.begin()) - 1;
}

size_t Document::ContentBegin(size_t line0) const {
  return line0 == 0 ? body_begin_ : LineBegin(line0);
}

LineColumn Document::PositionOf(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const size_t line0 = LineOf(offset);
  const size_t begin = ContentBegin(line0);
  LineColumn position;
  position.line = static_cast<uint32_t>(line0 + 1);
  position.column =
      offset <= begin
          ? 1
          : static_cast<uint32_t>(1 + CountUnits(bytes_, begin, offset, Encoding::kUtf32));
  return position;
}

size_t Document::ColumnOf(size_t offset, Encoding encoding) const {
  offset = std::min(offset, bytes_.size());
  const size_t begin = ContentBegin(LineOf(offset));
  return offset <= begin ? 0 : CountUnits(bytes_, begin, offset, encoding);
}

size_t Document::OffsetAt(size_t line0, size_t units, Encoding encoding) const {
  if (line0 >= line_begins_.size()) return bytes_.size();
  const size_t begin = ContentBegin(line0);
  const size_t end = LineEnd(line0);
  const auto* s = reinterpret_cast<const uint8_t*>(bytes_.data());
  if (encoding == Encoding::kUtf8) {
    // Never land inside a code point: step back to its lead byte, as ICU decodes it (a lone
    // continuation byte is a code point of its own).
    auto offset = static_cast<int32_t>(std::min(begin + units, end));
    if (static_cast<size_t>(offset) < end) U8_SET_CP_START(s, static_cast<int32_t>(begin), offset);
    return static_cast<size_t>(offset);
  }
  int32_t i = static_cast<int32_t>(begin);
  const auto limit = static_cast<int32_t>(end);
  size_t counted = 0;
  while (i < limit && counted < units) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, limit, c);
    const size_t width = (encoding == Encoding::kUtf16 && c > 0xFFFF) ? 2 : 1;
    // A position inside a surrogate pair means the code point's start.
    if (counted + width > units) return start;
    counted += width;
  }
  return static_cast<size_t>(i);
}

}  // namespace draftlint
