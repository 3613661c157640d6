// Findings in Markdown, HTML and template files point at the original bytes.
#include <nlohmann/json.hpp>

#include <boost/test/unit_test.hpp>

#include "rules/engine.h"
#include "support/lint.h"
#include "support/process.h"

using namespace draftlint;
using testing::At;
using testing::Span;

namespace {

FileReport LintFile(const std::string& name, const std::string& text,
                    const std::string& config = "") {
  // The file name picks the front-end; the config, if any, sits beside it.
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/" + name, text);
  if (!config.empty()) testing::WriteFile(dir + "/.draftlint.yaml", config);
  const auto result =
      testing::Run({testing::Binary(), "--format", "json", "--fail-on", "never", dir + "/" + name});
  BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  FileReport report;
  const auto json = nlohmann::json::parse(result.out);
  for (const auto& f : json["files"][0]["findings"]) {
    Finding finding;
    finding.rule = f["rule"];
    finding.begin = f["start"]["offset"];
    finding.end = f["end"]["offset"];
    finding.text = f["text"];
    finding.document_scope = f.contains("scope");
    report.findings.push_back(finding);
  }
  return report;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(markup)

BOOST_AUTO_TEST_CASE(html_entities_map_to_their_bytes) {
  const std::string text =
      "<html><head><title>joe@gmail.com</title></head><body>\n<p>Call me on my <b>mobile</b>, "
      "+1&nbsp;415&nbsp;555&nbsp;0199.</p><script>x = 'joe@gmail.com'</script></body></html>\n";
  const auto report = LintFile("note.html", text);
  BOOST_TEST(testing::SpansOf(report, "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "+1&nbsp;415&nbsp;555&nbsp;0199")}),
             boost::test_tools::per_element());
  BOOST_TEST(testing::SpansOf(report, "personal-email").empty());
}

BOOST_AUTO_TEST_CASE(markdown_code_and_link_targets_are_not_prose) {
  const std::string text =
      "---\nauthor: joe@gmail.com\n---\nSee [my page](mailto:joe@gmail.com) or `joe@gmail.com`.\n\n"
      "```\njoe@gmail.com\n```\n\nOr **write to** joe2@gmail.com.\n";
  const auto report = LintFile("note.md", text);
  BOOST_TEST(testing::SpansOf(report, "personal-email") ==
                 (std::vector<Span>{At("personal-email", text, "joe2@gmail.com")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(template_logic_is_skipped_and_placeholders_stand_in_template_mode) {
  const std::string text =
      "{# joe@gmail.com #}Dear {{ client }}, my last day is {{ last_day }}.{% if x %} Thanks!{% "
      "endif %}\n"
      "{{ successor_name }} takes over: {{ successor_email }}.\n";
  const auto draft = LintFile("note.txt.j2", text);
  BOOST_TEST(testing::SpansOf(draft, "personal-email").empty());
  BOOST_TEST(testing::SpansOf(draft, "unfilled-placeholder").size() == 4u);
  const auto templ = LintFile("note.txt.j2", text, "mode: template\n");
  BOOST_TEST(templ.findings.empty());
}

BOOST_AUTO_TEST_SUITE_END()
