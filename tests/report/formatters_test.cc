#include <nlohmann/json.hpp>

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "report/formatter.h"

using namespace draftlint;

namespace {

FileReport Sample() {
  auto document =
      std::make_shared<const Document>("drafts/a b.txt", "Olá 宏達電,\r\ncall +1 415 555 0199\n");
  FileReport report;
  report.path = "drafts/a b.txt";
  report.document = document;
  report.languages = {"en", "zh-Hant"};
  Finding phone;
  phone.rule = "personal-phone";
  phone.severity = Severity::kError;
  phone.message = "+1 415 555 0199 looks personal";
  phone.begin = 22;
  phone.end = 37;
  phone.text = "+1 415 555 0199";
  phone.start = document->PositionOf(phone.begin);
  phone.stop = document->PositionOf(phone.end);
  Finding name;
  name.rule = "competitor-mention";
  name.severity = Severity::kWarning;
  name.message = "competitor";
  name.begin = 5;
  name.end = 14;
  name.text = "宏達電";
  name.start = document->PositionOf(name.begin);
  name.stop = document->PositionOf(name.end);
  Finding missing;
  missing.rule = "missing-thanks";
  missing.severity = Severity::kInfo;
  missing.message = "Thank the client.";
  missing.begin = 0;
  missing.end = 15;
  missing.text = "Olá 宏達電,";
  missing.start = document->PositionOf(0);
  missing.stop = document->PositionOf(15);
  missing.document_scope = true;
  report.findings = {missing, name, phone};
  return report;
}

std::string Format(const std::string& name, const FileReport& report, FormatOptions options = {}) {
  options.tool_version = "0.1.0";
  auto formatter = MakeFormatter(name, options);
  std::ostringstream out;
  formatter->File(report, out);
  formatter->End(out);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(formatters)

BOOST_AUTO_TEST_CASE(json_is_exactly_as_spec) {
  const auto json = nlohmann::json::parse(Format("json", Sample()));
  BOOST_TEST(json["tool"]["name"] == "draftlint");
  BOOST_TEST(json["tool"]["version"] == "0.1.0");
  const auto& file = json["files"][0];
  BOOST_TEST(file["path"] == "drafts/a b.txt");
  BOOST_TEST(file["languages"] == nlohmann::json({"en", "zh-Hant"}));
  const auto& phone = file["findings"][2];
  BOOST_TEST(phone == nlohmann::json::parse(R"({
      "rule": "personal-phone", "severity": "error", "message": "+1 415 555 0199 looks personal",
      "text": "+1 415 555 0199",
      "start": {"offset": 22, "line": 2, "column": 6},
      "end": {"offset": 37, "line": 2, "column": 21}})"));
  const auto& name = file["findings"][1];
  BOOST_TEST(name["start"] == nlohmann::json::parse(R"({"offset": 5, "line": 1, "column": 5})"));
  BOOST_TEST(name["end"] == nlohmann::json::parse(R"({"offset": 14, "line": 1, "column": 8})"));
  BOOST_TEST(file["findings"][0]["scope"] == "document");
  BOOST_TEST(!name.contains("scope"));
}

BOOST_AUTO_TEST_CASE(line_format_for_quickfix) {
  BOOST_TEST(Format("line", Sample()) ==
             "drafts/a b.txt:1:1: info: Thank the client. [missing-thanks]\n"
             "drafts/a b.txt:1:5: warning: competitor [competitor-mention]\n"
             "drafts/a b.txt:2:6: error: +1 415 555 0199 looks personal [personal-phone]\n");
}

BOOST_AUTO_TEST_CASE(github_annotations_are_escaped) {
  FileReport report = Sample();
  report.path = "a,b:c.txt";
  report.findings.resize(1);
  report.findings[0].message = "50% done\n::error::injected";
  BOOST_TEST(Format("github", report) ==
             "::notice file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=9,title=draftlint "
             "missing-thanks"
             "::50%25 done%0A::error::injected\n");
}

BOOST_AUTO_TEST_CASE(text_underlines_the_span_in_display_columns) {
  const std::string text = Format("text", Sample());
  // 宏達電 starts after "Olá " (4 columns) and takes 6 columns.
  BOOST_TEST(text.find(" 1 | Olá 宏達電,\n   |     ^~~~~~\n") != std::string::npos, text);
  BOOST_TEST(
      text.find("drafts/a b.txt:2:6: error: +1 415 555 0199 looks personal [personal-phone]") !=
      std::string::npos);
  BOOST_TEST(text.find("1 error(s), 1 warning(s), 1 info in 1 file.") != std::string::npos);
  BOOST_TEST(text.find('\x1b') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_never_echoes_control_characters) {
  FileReport report = Sample();
  auto document = std::make_shared<const Document>("x.txt", "evil \x1b]0;pwned\x07 text");
  report.document = document;
  report.findings.resize(1);
  report.findings[0].message = "m \x1b[2J";
  const std::string text = Format("text", report);
  BOOST_TEST(text.find('\x1b') == std::string::npos);
  BOOST_TEST(text.find('\x07') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_colours_on_request) {
  FormatOptions options;
  options.color = true;
  BOOST_TEST(Format("text", Sample(), options).find("\x1b[1;31merror") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sarif_has_rules_results_and_regions) {
  FormatOptions options;
  options.rules = {
      {"personal-phone",
       "departure",
       Severity::kError,
       true,
       "Own number.",
       "Long.",
       "Clients keep calling.",
       {"en"}},
      {"competitor-mention", "departure", Severity::kWarning, true, "Competitor.", "", "", {"en"}}};
  const auto sarif = nlohmann::json::parse(Format("sarif", Sample(), options));
  BOOST_TEST(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  BOOST_TEST(run["columnKind"] == "unicodeCodePoints");
  BOOST_TEST(run["tool"]["driver"]["rules"].size() == 2u);
  BOOST_TEST(run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == "error");
  BOOST_TEST(run["tool"]["driver"]["rules"][0]["helpUri"] ==
             "https://github.com/draftlint/draftlint/blob/main/docs/rules/personal-phone.md");
  BOOST_TEST(run["tool"]["driver"]["rules"][0]["help"]["text"].get<std::string>().find(
                 "Clients keep calling.") != std::string::npos);
  const auto& result = run["results"][2];
  BOOST_TEST(result["ruleId"] == "personal-phone");
  BOOST_TEST(result["ruleIndex"] == 0);
  const auto& location = result["locations"][0]["physicalLocation"];
  BOOST_TEST(location["artifactLocation"]["uri"] == "drafts/a%20b.txt");
  BOOST_TEST(location["region"]["startLine"] == 2);
  BOOST_TEST(location["region"]["startColumn"] == 6);
  BOOST_TEST(location["region"]["byteOffset"] == 22);
  BOOST_TEST(location["region"]["byteLength"] == 15);
}

BOOST_AUTO_TEST_SUITE_END()
