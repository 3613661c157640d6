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
