#include "segment/language_detector.h"

#include <boost/test/unit_test.hpp>

#include "text/prose.h"

using namespace draftlint;

namespace {

std::vector<std::string> Languages(const std::string& text, std::vector<Language> allowed = {}) {
  const Document doc("a.txt", text);
  auto paragraphs = SplitParagraphs(doc, PlainTextProse(doc));
  LanguageDetector(std::move(allowed)).Assign(paragraphs);
  std::vector<std::string> codes;
  for (const Paragraph& p : paragraphs) codes.emplace_back(LanguageCode(p.languages.at(0)));
  return codes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(language_detector)

BOOST_AUTO_TEST_CASE(each_paragraph_gets_its_language) {
  const auto codes = Languages(
      "I am writing to let you know that I will be leaving the company at the end of this "
      "month.\n\n"
      "Escrevo para informar que vou deixar a empresa no final deste mês e que a Rita vai "
      "acompanhar a sua conta.\n\n"
      "Szeretném tájékoztatni, hogy a hónap végén távozom a cégtől, és a jövőben Kovács Anna lesz "
      "a kapcsolattartója.\n\n"
      "我想通知您，我將於本月底離開公司，之後您的帳戶將由王小明負責，謝謝您多年來的支持與信任。\n\n"
      "我想通知您，我将于本月底离开公司，之后您的账户将由王小明负责，谢谢您多年来的支持与信任。\n");
  BOOST_TEST(codes == (std::vector<std::string>{"en", "pt", "hu", "zh-Hant", "zh-Hans"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(short_paragraphs_inherit_from_their_neighbours) {
  const auto codes = Languages(
      "Olá Ana,\n\n"
      "Escrevo para informar que vou deixar a empresa no final deste mês e que a Rita vai "
      "acompanhar a sua conta.\n\n"
      "Obrigado,\nJoe\n");
  BOOST_TEST(codes == (std::vector<std::string>{"pt", "pt", "pt"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_single_allowed_language_is_used_everywhere) {
  const auto codes =
      Languages("Escrevo para informar que vou deixar a empresa.\n\nHello\n", {Language::kHu});
  BOOST_TEST(codes == (std::vector<std::string>{"hu", "hu"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
