#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(solicitation)

BOOST_AUTO_TEST_CASE(inviting_clients_to_follow) {
  const std::string text = "I would love for you to follow me to Globex.";
  BOOST_TEST(SpansOf(Lint(text), "solicitation") ==
                 (std::vector<Span>{At("solicitation", text, "follow me")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(contact_after_leaving) {
  const std::string text = "After I leave, you can still reach me on my mobile.";
  BOOST_TEST(SpansOf(Lint(text), "solicitation") ==
                 (std::vector<Span>{At("solicitation", text, "you can still reach me on")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(keeping_in_touch_and_contact_before_leaving_are_fine) {
  const std::string text =
      "Let's keep in touch, and I hope our paths cross again. Until Friday you can reach me at my "
      "desk.";
  BOOST_TEST(SpansOf(Lint(text), "solicitation").empty());
}

BOOST_AUTO_TEST_SUITE_END()
