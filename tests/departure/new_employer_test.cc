#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(new_employer)

BOOST_AUTO_TEST_CASE(naming_the_next_employer) {
  const std::string text = "I am leaving on Friday. I'm joining Globex next month.";
  BOOST_TEST(SpansOf(Lint(text), "new-employer") ==
                 (std::vector<Span>{At("new-employer", text, "I'm joining Globex")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(own_business_and_industry) {
  const std::string text =
      "I'm starting my own consultancy. Later I may move into the fintech sector.";
  BOOST_TEST(SpansOf(Lint(text), "new-employer") ==
                 (std::vector<Span>{At("new-employer", text, "starting my own consultancy"),
                                    At("new-employer", text, "move into the fintech sector")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_vague_new_chapter_is_fine) {
  const std::string text =
      "After six years I'm leaving to start a new chapter and take on a new challenge. I'm also "
      "moving "
      "to Melbourne to be closer to family, and I'm retiring from sales.";
  BOOST_TEST(SpansOf(Lint(text), "new-employer").empty());
}

BOOST_AUTO_TEST_SUITE_END()
