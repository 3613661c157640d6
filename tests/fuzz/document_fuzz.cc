// Fuzzes the document and its offset conversions: every code point's offset survives the
// round trip through (line, column) in each encoding, and nothing is ever out of range.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "text/document.h"

using namespace draftlint;

// A broken invariant aborts, naming itself, so that libFuzzer keeps the input.
#define CHECK(condition)                                      \
  do {                                                        \
    if (!(condition)) {                                       \
      std::fprintf(stderr, "check failed: %s\n", #condition); \
      std::abort();                                           \
    }                                                         \
  } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Document document("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  CHECK(document.body_begin() <= size);
  CHECK(document.line_count() >= 1);
  for (size_t line = 0; line < document.line_count(); ++line) {
    CHECK(document.LineBegin(line) <= document.LineEnd(line));
    CHECK(document.LineEnd(line) <= size);
  }
  const auto n = static_cast<int32_t>(size);
  for (int32_t i = static_cast<int32_t>(document.body_begin()); i <= n;) {
    const auto offset = static_cast<size_t>(i);
    const size_t line = document.LineOf(offset);
    CHECK(line < document.line_count());
    CHECK(document.PositionOf(offset).line == line + 1);
    // The "\n" of a "\r\n" is not a place a column can name.
    const bool inside_crlf =
        offset > 0 && offset < size && data[offset] == '\n' && data[offset - 1] == '\r';
    for (Encoding encoding : {Encoding::kUtf8, Encoding::kUtf16, Encoding::kUtf32}) {
      const size_t column = document.ColumnOf(offset, encoding);
      const size_t back = document.OffsetAt(line, column, encoding);
      CHECK(back <= size);
      if (!inside_crlf) CHECK(back == offset);
    }
    if (i == n) break;
    UChar32 c;
    U8_NEXT_OR_FFFD(data, i, n, c);
  }
  // Past the end of a line or of the text, positions clamp.
  CHECK(document.OffsetAt(document.line_count() + 5, 3, Encoding::kUtf16) <= size);
  return 0;
}
