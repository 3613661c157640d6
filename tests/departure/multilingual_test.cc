// Text as people really type it, in every language: full-width forms, dropped accents,
// wrapped lines, and drafts that mix languages paragraph by paragraph.
#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(multilingual)

BOOST_AUTO_TEST_CASE(full_width_digits_in_a_chinese_phone_number) {
  const std::string text = "我的私人手機是０９１２－３４５－６７８，歡迎聯絡。";
  BOOST_TEST(SpansOf(Lint(text, "language: [zh-Hant]\n"), "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "０９１２－３４５－６７８")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(portuguese_typed_without_accents) {
  const std::string text = "Pode ligar para o meu telemovel pessoal, 912 345 678, ate sexta.";
  BOOST_TEST(SpansOf(Lint(text, "language: [pt]\nregion: PT\n"), "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "912 345 678")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(french_elision_before_a_competitor) {
  const std::string text = "Je rejoins l’équipe d’Initech le mois prochain.";
  BOOST_TEST(
      SpansOf(Lint(text, "language: [fr]\ncompetitors: [Initech]\n"), "competitor-mention") ==
          (std::vector<Span>{At("competitor-mention", text, "Initech")}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(hungarian_case_endings_on_a_competitor) {
  const std::string text = "Novembertől a Globexnél folytatom, a Globexszel már megegyeztem.";
  BOOST_TEST(SpansOf(Lint(text, "language: [hu]\ncompetitors: [Globex]\n"), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "Globex"),
                                    At("competitor-mention", text, "Globex", 2)}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_phrase_wrapped_across_lines_is_one_span) {
  const std::string text =
      "Thank you for the last six years. After I leave ACME at the end of the month, I will be\n"
      "joining Globex as their new Head of Sales for the whole of the Iberian region.\n";
  const auto spans = SpansOf(Lint(text, "competitors: [Globex]\n"), "new-employer");
  BOOST_REQUIRE(spans.size() == 1u);
  // The span starts on the first line and ends on the second, the line break inside it.
  BOOST_TEST(spans[0].text.find("\njoining Globex") != std::string::npos);
  BOOST_TEST(spans[0].begin < text.find('\n'));
}

BOOST_AUTO_TEST_CASE(each_paragraph_in_its_language_and_document_rules_from_any) {
  const std::string text =
      "Dear Ana, I am leaving ACME on Friday 31 October. Thank you for everything.\n\n"
      "親愛的陳小姐，我將於10月31日離職，之後由王小明接手，他的電話是 (02) 2345-6789。謝謝您。\n";
  const auto report = Lint(text);
  BOOST_TEST(report.languages == (std::vector<std::string>{"zh-Hant", "en"}),
             boost::test_tools::per_element());
  BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(japanese_full_width_and_placeholders) {
  const std::string text = "後任は〇〇が担当いたします。私用携帯：０９０－１２３４－５６７８";
  const auto report = Lint(text, "language: [ja]\nregion: JP\n");
  BOOST_TEST(SpansOf(report, "unfilled-placeholder") ==
                 (std::vector<Span>{At("unfilled-placeholder", text, "〇〇")}),
             boost::test_tools::per_element());
  BOOST_TEST(SpansOf(report, "personal-phone") ==
                 (std::vector<Span>{At("personal-phone", text, "０９０－１２３４－５６７８")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(each_language_says_when_in_its_own_way) {
  const std::vector<std::pair<std::string, std::string>> notes = {
      {"en", "My last day is Friday, 10 October."},
      {"pt", "O meu último dia é a 10 de outubro."},
      {"hu", "Október 10-én távozom a cégtől."},
      {"zh-Hant", "我將於10月10日離職。"},
      {"zh-Hans", "我将于下月初离职。"},
      {"es", "Mi último día será el 10 de octubre."},
      {"de", "Mein letzter Tag ist am 10. Oktober, Ende Jänner bin ich weg."},
      {"fr", "Mon dernier jour sera le 10 octobre."},
      {"ja", "令和7年10月10日付で退職いたします。"},
  };
  for (const auto& [language, text] : notes) {
    BOOST_TEST(!Fires(Lint(text, "language: [" + language + "]\n"), "missing-departure-date"),
               language);
  }
  BOOST_TEST(Fires(Lint("I am leaving soon.", "language: [en]\n"), "missing-departure-date"));
}

BOOST_AUTO_TEST_SUITE_END()
