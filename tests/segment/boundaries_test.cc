#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include <boost/test/unit_test.hpp>

#include "segment/sentences.h"
#include "segment/word_boundaries.h"

using namespace draftlint;

BOOST_AUTO_TEST_SUITE(boundaries)

BOOST_AUTO_TEST_CASE(word_boundaries_are_icu_words) {
  const std::string text = "the apexes of Apex, café";
  BOOST_TEST(!IsWordBoundary(text, 8));  // inside "apexes"
  BOOST_TEST(IsWordBoundary(text, 14));  // before "Apex"
  BOOST_TEST(IsWordBoundary(text, 18));  // after "Apex"
  BOOST_TEST(IsWordBoundary(text, text.size()));
  BOOST_TEST(NextWordBoundary(text, 4) == 10u);
}

BOOST_AUTO_TEST_CASE(the_ascii_shortcut_agrees_with_icu_everywhere) {
  // Letters, digits, spaces and newlines next to punctuation, apostrophes, decimals,
  // underscores, accents, combining marks, CJK and emoji: every offset asked both ways.
  const std::string text =
      "Hi Ana,\ncall 555-0142 or 3.5 o'clock; e.g. rita_gomes@acme.com.\n"
      "Müller a\u0301b 宏達電 ok 🙂 x2 2x  end\n";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> icu(
      icu::BreakIterator::createWordInstance(icu::Locale(""), status));
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  icu->setText(&utext, status);
  BOOST_REQUIRE(U_SUCCESS(status));
  for (size_t offset = 1; offset < text.size(); ++offset) {
    if (U8_IS_TRAIL(text[offset])) continue;  // inside a character
    BOOST_TEST(IsWordBoundary(text, offset) == icu->isBoundary(static_cast<int32_t>(offset)),
               "offset " << offset);
  }
  utext_close(&utext);
}

BOOST_AUTO_TEST_CASE(sentences_know_abbreviations) {
  const std::string text = "Mr. Smith will call you. Thanks! 謝謝。再見";
  const Sentences sentences(text, Language::kEn);
  BOOST_TEST(sentences.count() == 4u);
  const auto first = sentences.Around(5);
  BOOST_TEST(text.substr(first.first, first.second - first.first) == "Mr. Smith will call you. ");
}

BOOST_AUTO_TEST_CASE(an_abbreviation_before_a_number_does_not_end_a_sentence) {
  const std::string text = "Mi celular personal, Cel. 55 1234 5678. Gracias.";
  BOOST_TEST(Sentences(text, Language::kEs).count() == 2u);
}

BOOST_AUTO_TEST_CASE(a_line_break_ends_a_sentence) {
  const std::string text = "Best regards,\nJoe Smith";
  const Sentences sentences(text, Language::kEn);
  BOOST_TEST(sentences.count() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
