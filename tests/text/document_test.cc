#include "text/document.h"

#include <unicode/utf8.h>

#include <boost/test/unit_test.hpp>

using draftlint::Document;
using draftlint::Encoding;

BOOST_AUTO_TEST_SUITE(document)

BOOST_AUTO_TEST_CASE(lines_and_code_point_columns) {
  const Document doc("a.txt", "ab\ncd\n");
  BOOST_TEST(doc.line_count() == 3u);
  BOOST_TEST(doc.PositionOf(0).line == 1u);
  BOOST_TEST(doc.PositionOf(0).column == 1u);
  BOOST_TEST(doc.PositionOf(4).line == 2u);
  BOOST_TEST(doc.PositionOf(4).column == 2u);
  BOOST_TEST(doc.PositionOf(6).line == 3u);
  BOOST_TEST(doc.PositionOf(6).column == 1u);
}

BOOST_AUTO_TEST_CASE(crlf_does_not_shift_columns) {
  const Document doc("a.txt", "one\r\ntwo\r\nthree");
  BOOST_TEST(doc.line_count() == 3u);
  BOOST_TEST(doc.LineEnd(0) == 3u);  // before "\r\n"
  BOOST_TEST(doc.LineBegin(1) == 5u);
  BOOST_TEST(doc.PositionOf(6).line == 2u);
  BOOST_TEST(doc.PositionOf(6).column == 2u);
  BOOST_TEST(doc.PositionOf(10).line == 3u);
  BOOST_TEST(doc.PositionOf(10).column == 1u);
}

BOOST_AUTO_TEST_CASE(lone_cr_ends_a_line_as_in_lsp) {
  const Document doc("a.txt", "one\rtwo");
  BOOST_TEST(doc.line_count() == 2u);
  BOOST_TEST(doc.PositionOf(4).line == 2u);
}

BOOST_AUTO_TEST_CASE(bom_is_not_a_column) {
  const Document doc("a.txt", "\xEF\xBB\xBFHi\nyo");
  BOOST_TEST(doc.body_begin() == 3u);
  BOOST_TEST(doc.PositionOf(3).column == 1u);  // 'H'
  BOOST_TEST(doc.PositionOf(4).column == 2u);
  BOOST_TEST(doc.ColumnOf(4, Encoding::kUtf16) == 1u);
  BOOST_TEST(doc.OffsetAt(0, 0, Encoding::kUtf16) == 3u);
  BOOST_TEST(doc.PositionOf(6).column == 1u);  // 'y' on line 2
}

BOOST_AUTO_TEST_CASE(emoji_is_one_code_point_and_two_utf16_units) {
  // "a😀b": the emoji is 4 bytes, 1 code point, a surrogate pair in UTF-16.
  const Document doc("a.txt",
                     "a\xF0\x9F\x98\x80"
                     "b");
  BOOST_TEST(doc.PositionOf(5).column == 3u);
  BOOST_TEST(doc.ColumnOf(5, Encoding::kUtf8) == 5u);
  BOOST_TEST(doc.ColumnOf(5, Encoding::kUtf16) == 3u);
  BOOST_TEST(doc.ColumnOf(5, Encoding::kUtf32) == 2u);
  BOOST_TEST(doc.OffsetAt(0, 3, Encoding::kUtf16) == 5u);
  // Inside the surrogate pair: the start of the code point.
  BOOST_TEST(doc.OffsetAt(0, 2, Encoding::kUtf16) == 1u);
  BOOST_TEST(doc.OffsetAt(0, 2, Encoding::kUtf32) == 5u);
}

BOOST_AUTO_TEST_CASE(combining_marks_count_as_code_points) {
  // "e" + U+0301 COMBINING ACUTE + "x".
  const Document doc("a.txt", "e\xCC\x81x");
  BOOST_TEST(doc.PositionOf(3).column == 3u);
}

BOOST_AUTO_TEST_CASE(cjk_columns) {
  const Document doc("a.txt", "我將加入宏達電");
  BOOST_TEST(doc.PositionOf(12).column == 5u);  // 宏
  BOOST_TEST(doc.ColumnOf(12, Encoding::kUtf16) == 4u);
  BOOST_TEST(doc.OffsetAt(0, 4, Encoding::kUtf16) == 12u);
}

BOOST_AUTO_TEST_CASE(offsets_past_the_end_clamp) {
  const Document doc("a.txt", "ab\ncd");
  BOOST_TEST(doc.OffsetAt(0, 99, Encoding::kUtf16) == 2u);
  BOOST_TEST(doc.OffsetAt(7, 0, Encoding::kUtf16) == 5u);
  BOOST_TEST(doc.OffsetAt(0, 99, Encoding::kUtf8) == 2u);
}

BOOST_AUTO_TEST_CASE(utf8_units_never_split_a_code_point) {
  const Document doc("a.txt", "宏x");
  BOOST_TEST(doc.OffsetAt(0, 1, Encoding::kUtf8) == 0u);
  BOOST_TEST(doc.OffsetAt(0, 3, Encoding::kUtf8) == 3u);
  // Found by tools/fuzz: a lone continuation byte is a code point of its own, not the tail
  // of the character before it.
  const Document lone("b.txt", "i\x82\xE6\x9E\x9C!");
  BOOST_TEST(lone.OffsetAt(0, 1, Encoding::kUtf8) == 1u);
  BOOST_TEST(lone.OffsetAt(0, 3, Encoding::kUtf8) == 2u);
  BOOST_TEST(lone.OffsetAt(0, 5, Encoding::kUtf8) == 5u);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_located) {
  const Document doc("a.txt", "ok \xFF here \xC3 end");
  BOOST_TEST(doc.invalid_utf8().size() == 2u);
  BOOST_TEST(doc.invalid_utf8()[0] == 3u);
  BOOST_TEST(doc.invalid_utf8()[1] == 10u);
  BOOST_TEST(!doc.is_binary());
  // An ill-formed byte is one column.
  BOOST_TEST(doc.PositionOf(4).column == 5u);
}

BOOST_AUTO_TEST_CASE(a_nul_byte_makes_it_binary) {
  BOOST_TEST(Document("a.bin", std::string("PK\0\3", 4)).is_binary());
  BOOST_TEST(!Document("a.txt", "plain").is_binary());
}

BOOST_AUTO_TEST_CASE(round_trip_every_code_point_boundary) {
  const std::string text = "Olá 宏達電\r\n😀 e\xCC\x81 end";
  const Document doc("a.txt", text);
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset < text.size() && U8_IS_TRAIL(text[offset])) continue;
    if (offset > 0 && text[offset - 1] == '\r') continue;  // between \r and \n is not a position
    const size_t line = doc.LineOf(offset);
    for (Encoding encoding : {Encoding::kUtf8, Encoding::kUtf16, Encoding::kUtf32}) {
      BOOST_TEST(doc.OffsetAt(line, doc.ColumnOf(offset, encoding), encoding) == offset,
                 "offset " << offset << " encoding " << static_cast<int>(encoding));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
