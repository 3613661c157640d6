// missing-successor, missing-successor-contact, missing-departure-date, missing-thanks, too-long.
#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(document_rules)

const std::string kGood =
    "Dear Ana,\n\nMy last day at ACME is Friday, 10 October. From Monday Rita Gomes will take over "
    "your "
    "account; you can reach her at rita.gomes@acme.com.\n\nThank you for six great years.\nJoe\n";

BOOST_AUTO_TEST_CASE(a_good_note_misses_nothing) {
  const auto report = Lint(kGood);
  for (const char* rule : {"missing-successor", "missing-successor-contact",
                           "missing-departure-date", "missing-thanks", "too-long"}) {
    BOOST_TEST(!Fires(report, rule), rule);
  }
}

BOOST_AUTO_TEST_CASE(a_document_finding_spans_the_first_non_empty_line) {
  const std::string text =
      "\n\n  Hello there,  \nI am leaving soon. Someone from our team will call you.\n";
  const auto report = Lint(text);
  bool seen = false;
  for (const auto& finding : report.findings) {
    if (finding.rule != "missing-successor") continue;
    seen = true;
    BOOST_TEST(finding.document_scope);
    BOOST_TEST(finding.text == "Hello there,");
    BOOST_TEST(finding.start.line == 3u);
    BOOST_TEST(finding.start.column == 3u);
  }
  BOOST_TEST(seen);
  BOOST_TEST(Fires(report, "missing-departure-date"));  // "soon" is not a date
  BOOST_TEST(Fires(report, "missing-thanks"));
}

BOOST_AUTO_TEST_CASE(a_successor_without_contact) {
  const auto report =
      Lint("My last day is 10 October. Rita Gomes will take over your account. Thanks!");
  BOOST_TEST(Fires(report, "missing-successor-contact"));
  BOOST_TEST(!Fires(report, "missing-successor"));
}

BOOST_AUTO_TEST_CASE(the_writers_own_number_is_not_the_successors_contact) {
  const auto report = Lint(
      "My last day is 10 October. Rita Gomes will take over. Call me on my mobile, +1 415 555 "
      "0199.");
  BOOST_TEST(Fires(report, "missing-successor-contact"));
}

BOOST_AUTO_TEST_CASE(our_team_is_not_a_successor_but_a_named_team_is) {
  BOOST_TEST(Fires(Lint("Our team will take over on 1 May. Thanks!"), "missing-successor"));
  BOOST_TEST(!Fires(
      Lint("From 1 May the Key Accounts team will take over (keyaccounts@acme.com). Thanks!"),
      "missing-successor"));
}

BOOST_AUTO_TEST_CASE(too_long) {
  std::string text;
  for (int k = 0; k < 30; ++k) text += "This is sentence number " + std::to_string(k) + ". ";
  BOOST_TEST(Fires(Lint(text), "too-long"));
}

BOOST_AUTO_TEST_SUITE_END()
