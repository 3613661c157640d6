#include "rules/suppressions.h"

#include <boost/test/unit_test.hpp>

using namespace draftlint;

namespace {

Finding At(const Document& document, const std::string& rule, size_t line,
           bool document_scope = false) {
  Finding finding;
  finding.rule = rule;
  finding.begin = document.LineBegin(line - 1);
  finding.start = document.PositionOf(finding.begin);
  finding.document_scope = document_scope;
  return finding;
}

bool Known(std::string_view rule) {
  return rule == "personal-phone" || rule == "personal-email" || rule == "too-long";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(suppressions)

BOOST_AUTO_TEST_CASE(disable_enable_ranges_per_rule) {
  const Document document(
      "a.md",
      "1\n<!-- draftlint-disable personal-phone -->\n3\n<!-- draftlint-enable -->\n5\n"
      "{# draftlint-disable #}\n7\n");
  const Suppressions suppressions(document, Known);
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-phone", 1)));
  BOOST_TEST(suppressions.Suppressed(At(document, "personal-phone", 3)));
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-email", 3)));
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-phone", 5)));
  // A disable of every rule with no enable lasts to the end.
  BOOST_TEST(suppressions.Suppressed(At(document, "personal-email", 7)));
  BOOST_TEST(suppressions.invalid().empty());
  BOOST_TEST(suppressions.directives().size() == 3u);
}

BOOST_AUTO_TEST_CASE(next_line_and_allow) {
  const Document document(
      "a.txt",
      "{{!-- draftlint-disable-next-line personal-email --}}\n2\n3\n"
      "call me +1 415 555 0199 draftlint:allow personal-phone\n5 draftlint:allow\n");
  const Suppressions suppressions(document, Known);
  BOOST_TEST(suppressions.Suppressed(At(document, "personal-email", 2)));
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-email", 3)));
  BOOST_TEST(suppressions.Suppressed(At(document, "personal-phone", 4)));
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-email", 4)));
  BOOST_TEST(suppressions.Suppressed(At(document, "too-long", 5)));
}

BOOST_AUTO_TEST_CASE(document_findings_follow_any_disable_of_their_rule) {
  const Document document("a.md", "Hello\n\n<!-- draftlint-disable too-long -->\n");
  const Suppressions suppressions(document, Known);
  BOOST_TEST(suppressions.Suppressed(At(document, "too-long", 1, true)));
  BOOST_TEST(!suppressions.Suppressed(At(document, "personal-phone", 1, true)));
}

BOOST_AUTO_TEST_CASE(unknown_rules_are_reported_at_their_name) {
  const std::string text = "x <!-- draftlint-disable personal-phone, no-such-rule -->\n";
  const Document document("a.md", text);
  const Suppressions suppressions(document, Known);
  BOOST_REQUIRE(suppressions.invalid().size() == 1u);
  const Finding& finding = suppressions.invalid()[0];
  BOOST_TEST(finding.rule == "invalid-suppression");
  BOOST_TEST(finding.begin == text.find("no-such-rule"));
  BOOST_TEST(finding.end == text.find("no-such-rule") + 12);
}

BOOST_AUTO_TEST_SUITE_END()
