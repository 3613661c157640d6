#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(personal_phone)

const std::string kConfig = "region: US\ncompany:\n  phones: [\"+1 415 555 0100\"]\n";

BOOST_AUTO_TEST_CASE(the_writers_own_number) {
  const std::string text =
      "Rita Gomes takes over on Friday; her mobile is (415) 555-0142.\n"
      "Until then, call me on my mobile, (415) 555-0199.\n";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "(415) 555-0199")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(company_lines_never_count) {
  const std::string text = "Call me on the main line, 415 555 0100, until Friday.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-phone").empty());
}

BOOST_AUTO_TEST_CASE(a_messaging_app_label_makes_it_personal) {
  const std::string text = "WhatsApp: +351 912 345 678";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "+351 912 345 678")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_number_wrapped_across_lines_keeps_its_span) {
  const std::string text =
      "If anything comes up after the handover next week you can always call me\r\n"
      "on my private number +1 415 555 0199 and I will do what I can.\r\n";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "+1 415 555 0199")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
