#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(unfilled_placeholder)

BOOST_AUTO_TEST_CASE(every_placeholder_form) {
  const std::string text =
      "Dear [Client Name], {{successor_name}} takes over on XX/XX/2025 (${date}, {last_day}). "
      "Call <NAME> at %PHONE% - TBD. Fee: [●]. Sign: ____. 日期：〇〇。[姓名]\n";
  const std::vector<std::string> expected = {"[Client Name]", "{{successor_name}}",
                                             "XX/XX/2025",    "${date}",
                                             "{last_day}",    "<NAME>",
                                             "%PHONE%",       "TBD",
                                             "[●]",           "____",
                                             "〇〇",          "[姓名]"};
  std::vector<Span> spans;
  for (const std::string& needle : expected)
    spans.push_back(At("unfilled-placeholder", text, needle));
  BOOST_TEST(SpansOf(Lint(text), "unfilled-placeholder") == spans,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(not_placeholders) {
  const std::string text =
      "See [our portal](https://acme.com) and note [1]. Estimado/a cliente, Sehr geehrte/r, a(z) "
      "ügyfél. "
      "【重要】 The XXL size from the XX century.";
  BOOST_TEST(SpansOf(Lint(text), "unfilled-placeholder").empty());
}

BOOST_AUTO_TEST_CASE(template_mode_expects_placeholders_and_reads_them) {
  const std::string text =
      "I am leaving on {{last_day}}. {{successor_name}} takes over; write to {{successor_email}}. "
      "Thank you!";
  const auto draft = Lint(text);
  BOOST_TEST(SpansOf(draft, "unfilled-placeholder").size() == 3u);
  BOOST_TEST(Fires(draft, "missing-successor"));
  BOOST_TEST(Fires(draft, "missing-departure-date"));
  const auto templ = Lint(text, "mode: template\n");
  BOOST_TEST(!Fires(templ, "unfilled-placeholder"));
  BOOST_TEST(!Fires(templ, "missing-successor"));
  BOOST_TEST(!Fires(templ, "missing-successor-contact"));
  BOOST_TEST(!Fires(templ, "missing-departure-date"));
}

BOOST_AUTO_TEST_SUITE_END()
