#include "text/normalized_text.h"

#include <boost/test/unit_test.hpp>

using draftlint::NormalizedText;
using draftlint::NormalizedTextBuilder;

namespace {

NormalizedText Normalize(const std::string& text) {
  NormalizedTextBuilder builder;
  builder.Append(text, 0);
  return builder.Finish();
}

// The original bytes a view range maps back to.
std::string Original(const std::string& text, const NormalizedText& view, size_t begin,
                     size_t end) {
  const size_t from = view.OriginalBegin(begin);
  return text.substr(from, view.OriginalEnd(end) - from);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(normalized_text)

BOOST_AUTO_TEST_CASE(ascii_is_copied_and_maps_one_to_one) {
  const std::string text = "Call me today";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == text);
  BOOST_TEST(view.OriginalBegin(5) == 5u);
  BOOST_TEST(view.OriginalEnd(7) == 7u);
}

BOOST_AUTO_TEST_CASE(full_width_digits_and_letters_fold_and_map_back) {
  const std::string text = "手機０９１２－３４５－６７８，ＡＣＭＥ";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "手機0912-345-678,ACME");
  const size_t at = view.view().find("0912");
  BOOST_TEST(Original(text, view, at, at + 12) == "０９１２－３４５－６７８");
  const size_t acme = view.view().find("ACME");
  BOOST_TEST(Original(text, view, acme, acme + 4) == "ＡＣＭＥ");
}

BOOST_AUTO_TEST_CASE(whitespace_runs_become_one_space) {
  const std::string text = "call \t  me\u3000now";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "call me now");
  BOOST_TEST(Original(text, view, 0, 7) == "call \t  me");
  BOOST_TEST(Original(text, view, 8, 11) == "now");
}

BOOST_AUTO_TEST_CASE(curly_quotes_and_dashes_fold_to_ascii) {
  const std::string text = "I\u2019m leaving \u2014 Globex\u2019s";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "I'm leaving - Globex's");
  const size_t at = view.view().find("Globex's");
  BOOST_TEST(Original(text, view, at, at + 8) == "Globex\u2019s");
}

BOOST_AUTO_TEST_CASE(combining_marks_compose) {
  const std::string text = "cafe\xCC\x81 ok";  // e + COMBINING ACUTE
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "café ok");
  BOOST_TEST(Original(text, view, 0, 5) == "cafe\xCC\x81");
  BOOST_TEST(Original(text, view, 3, 5) == "e\xCC\x81");
}

BOOST_AUTO_TEST_CASE(invisible_format_characters_are_dropped) {
  const std::string text = "Glo\u00ADbex\u200B!";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "Globex!");
  BOOST_TEST(Original(text, view, 0, 6) == "Glo\u00ADbex");  // the trailing ZWSP is not in the word
}

BOOST_AUTO_TEST_CASE(invalid_bytes_become_replacement_characters) {
  const std::string text =
      "a\xFF"
      "b";
  const NormalizedText view = Normalize(text);
  BOOST_TEST(std::string(view.view()) == "a\uFFFDb");
  BOOST_TEST(Original(text, view, 1, 4) == "\xFF");
}

BOOST_AUTO_TEST_CASE(separators_stand_for_line_breaks) {
  const std::string text = "first line\r\nsecond";
  NormalizedTextBuilder builder;
  builder.Append(std::string_view(text).substr(0, 10), 0);
  builder.AppendSeparator(" ", 10, 12);
  builder.Append(std::string_view(text).substr(12), 12);
  const NormalizedText view = builder.Finish();
  BOOST_TEST(std::string(view.view()) == "first line second");
  // A phrase across the break maps to both lines, break included.
  BOOST_TEST(Original(text, view, 6, 17) == "line\r\nsecond");
}

BOOST_AUTO_TEST_CASE(offsets_map_back_inside_the_original_for_every_view_offset) {
  const std::string text = "Ｏｌá  宏達電\u2019s ﬁne 😀 e\xCC\x81";
  const NormalizedText view = Normalize(text);
  for (size_t v = 0; v <= view.view().size(); ++v) {
    BOOST_TEST(view.OriginalBegin(v) <= text.size());
    BOOST_TEST(view.OriginalEnd(v) <= text.size());
    if (v > 0) BOOST_TEST(view.OriginalEnd(v) >= view.OriginalEnd(v - 1));
  }
}

BOOST_AUTO_TEST_CASE(a_trailing_space_is_swallowed_by_a_separator) {
  const std::string text = "end of line \nnext";
  NormalizedTextBuilder builder;
  builder.Append(std::string_view(text).substr(0, 12), 0);
  builder.AppendSeparator(" ", 12, 13);
  builder.Append(std::string_view(text).substr(13), 13);
  const NormalizedText view = builder.Finish();
  BOOST_TEST(std::string(view.view()) == "end of line next");
  BOOST_TEST(Original(text, view, 4, 6) == "of");
  BOOST_TEST(Original(text, view, 7, 16) == "line \nnext");
}

BOOST_AUTO_TEST_CASE(a_slice_maps_back_like_the_whole) {
  const std::string text = "Ｏｌá  宏達電 said: call  me ﬁne";
  const NormalizedText view = Normalize(text);
  const std::string whole(view.view());
  // Cuts fall at piece starts or inside verbatim pieces, never inside a folded character
  // ("ﬁ" is "fi" in the view) nor inside a UTF-8 sequence.
  const size_t fi = whole.find("fi");
  BOOST_TEST(view.CanCutAt(fi));
  BOOST_TEST(!view.CanCutAt(fi + 1));
  BOOST_TEST(!view.CanCutAt(whole.find("宏") + 1));
  BOOST_TEST(view.CanCutAt(whole.find("said") + 2));
  for (size_t begin = 0; begin <= whole.size(); ++begin) {
    if (!view.CanCutAt(begin)) continue;
    for (size_t end = begin; end <= whole.size(); ++end) {
      if (!view.CanCutAt(end)) continue;
      const NormalizedText slice = view.Slice(begin, end);
      BOOST_REQUIRE(std::string(slice.view()) == whole.substr(begin, end - begin));
      for (size_t v = 0; v < end - begin; ++v) {
        BOOST_REQUIRE(slice.OriginalBegin(v) == view.OriginalBegin(begin + v));
        BOOST_REQUIRE(slice.OriginalEnd(v + 1) == view.OriginalEnd(begin + v + 1));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
