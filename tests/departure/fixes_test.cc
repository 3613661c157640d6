// The fixes an editor can offer, computed by the engine from each rule's `fix`.
#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

namespace {

// The text after applying a finding's first fix.
std::string Apply(const std::string& text, const draftlint::Finding& finding) {
  BOOST_REQUIRE(!finding.fixes.empty());
  const auto& fix = finding.fixes.front();
  return text.substr(0, fix.begin) + fix.text + text.substr(fix.end);
}

const draftlint::Finding& Only(const draftlint::FileReport& report, const std::string& rule) {
  for (const auto& finding : report.findings) {
    if (finding.rule == rule) return finding;
  }
  BOOST_FAIL("no " + rule);
  return report.findings.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fixes)

BOOST_AUTO_TEST_CASE(remove_a_number_with_its_lead_in) {
  const std::string text = "Until then, call me on my mobile, +1 415 555 0199.";
  BOOST_TEST(Apply(text, Only(Lint(text), "personal-phone")) == "Until then.");
  const std::string middle = "Write to me at joe@gmail.com, or call the office.";
  BOOST_TEST(Apply(middle, Only(Lint(middle), "personal-email")) == "or call the office.");
}

BOOST_AUTO_TEST_CASE(replace_a_competitor_in_the_paragraphs_language) {
  const std::string text = "Nous avons comparé avec Globex la semaine dernière.";
  BOOST_TEST(Apply(text, Only(Lint(text, "language: [fr]\ncompetitors: [Globex]\n"),
                              "competitor-mention")) ==
             "Nous avons comparé avec une autre entreprise la semaine dernière.");
}

BOOST_AUTO_TEST_CASE(insert_the_missing_sentence_after_the_greeting) {
  const std::string text = "Dear Ana,\n\nI am leaving ACME. Thank you!\n";
  const auto report = Lint(text);
  BOOST_TEST(Apply(text, Only(report, "missing-departure-date")) ==
             "Dear Ana,\n\nMy last day will be [date].\n\nI am leaving ACME. Thank you!\n");
}

BOOST_AUTO_TEST_SUITE_END()
