#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(employer_complaint)

BOOST_AUTO_TEST_CASE(complaints_in_themselves) {
  const std::string text = "Frankly I have been underpaid and the culture is toxic.";
  BOOST_TEST(SpansOf(Lint(text), "employer-complaint") ==
                 (std::vector<Span>{At("employer-complaint", text, "underpaid"),
                                    At("employer-complaint", text, "toxic")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(negative_words_about_the_employer) {
  const std::string text =
      "The workload has been unsustainable. The weather was unsustainable too.";
  BOOST_TEST(SpansOf(Lint(text), "employer-complaint") ==
                 (std::vector<Span>{At("employer-complaint", text, "unsustainable")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sadness_is_not_a_complaint) {
  const std::string text = "It was a difficult decision and I am sad to leave such a great team.";
  BOOST_TEST(SpansOf(Lint(text), "employer-complaint").empty());
}

BOOST_AUTO_TEST_SUITE_END()
