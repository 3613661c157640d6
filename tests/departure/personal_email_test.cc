#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(personal_email)

const std::string kConfig = "company:\n  domains: [acme.com]\n";

BOOST_AUTO_TEST_CASE(free_mail_is_personal_without_a_mark) {
  const std::string text = "Reach Rita at rita@acme.com, or me at joe.smith@gmail.com.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-email") ==
                 (std::vector<Span>{At("personal-email", text, "joe.smith@gmail.com")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_marked_address_at_another_domain) {
  const std::string text = "My personal e-mail is joe@smith-family.net.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-email") ==
                 (std::vector<Span>{At("personal-email", text, "joe@smith-family.net")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(company_domains_and_subdomains_never_count) {
  const std::string text = "Until Friday, email me directly at joe@eu.acme.com.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "personal-email").empty());
}

BOOST_AUTO_TEST_SUITE_END()
