#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(personal_handle)

BOOST_AUTO_TEST_CASE(messaging_ids_and_profiles) {
  const std::string text = "LINE: ming0925\nlinkedin.com/in/joe-smith\n";
  BOOST_TEST(SpansOf(Lint(text), "personal-handle") ==
                 (std::vector<Span>{At("personal-handle", text, "LINE: ming0925"),
                                    At("personal-handle", text, "linkedin.com/in/joe-smith")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_word_line_is_not_an_app) {
  BOOST_TEST(SpansOf(Lint("Subject line: Leaving ACME"), "personal-handle").empty());
}

BOOST_AUTO_TEST_CASE(a_numeric_id_is_a_phone_not_a_handle) {
  const std::string text = "WhatsApp: +351 912 345 678";
  BOOST_TEST(SpansOf(Lint(text), "personal-handle").empty());
}

BOOST_AUTO_TEST_SUITE_END()
