#include "segment/paragraphs.h"

#include <boost/test/unit_test.hpp>

#include "text/prose.h"

using namespace draftlint;

namespace {

std::vector<Paragraph> Split(const Document& doc) {
  return SplitParagraphs(doc, PlainTextProse(doc));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(paragraphs)

BOOST_AUTO_TEST_CASE(blank_lines_separate_paragraphs) {
  const Document doc("a.txt", "Dear Ana,\n\nI am leaving.\n  \nBest,\nJoe\n");
  const auto paragraphs = Split(doc);
  BOOST_TEST(paragraphs.size() == 3u);
  BOOST_TEST(paragraphs[0].begin == 0u);
  BOOST_TEST(paragraphs[0].end == 9u);
  BOOST_TEST(std::string(paragraphs[1].text.view()) == "I am leaving.");
  BOOST_TEST(paragraphs[1].begin == 11u);
  // Short signature lines keep their hard break.
  BOOST_TEST(std::string(paragraphs[2].text.view()) == "Best,\nJoe");
}

BOOST_AUTO_TEST_CASE(wrapped_lines_join_into_one_sentence) {
  const std::string text =
      "From next Monday my colleague Rita Gomes will be taking over your\r\n"
      "account, and she will be in touch before the end of the month to\r\n"
      "arrange a call.\r\n";
  const Document doc("a.txt", text);
  const auto paragraphs = Split(doc);
  BOOST_TEST(paragraphs.size() == 1u);
  const std::string view(paragraphs[0].text.view());
  BOOST_TEST(view.find("taking over your account, and") != std::string::npos);
  BOOST_TEST(view.find("month to arrange") != std::string::npos);
  // "your account" spans the CRLF in the original.
  const size_t at = view.find("your account");
  const size_t begin = paragraphs[0].text.OriginalBegin(at);
  const size_t end = paragraphs[0].text.OriginalEnd(at + 12);
  BOOST_TEST(text.substr(begin, end - begin) == "your\r\naccount");
}

BOOST_AUTO_TEST_CASE(wrapped_cjk_lines_join_without_a_space) {
  const std::string line1 =
      "我在公司服務了六年，非常感謝您這段時間以來的支持與信任，下個月起由王小明";
  const std::string line2 = "接手您的帳戶。";
  const Document doc("a.txt", line1 + "\n" + line2 + "\n");
  const auto paragraphs = Split(doc);
  // NFKC turns the full-width comma into ','.
  std::string joined = line1 + line2;
  for (size_t at; (at = joined.find("，")) != std::string::npos;) joined.replace(at, 3, ",");
  BOOST_TEST(std::string(paragraphs[0].text.view()) == joined);
}

BOOST_AUTO_TEST_CASE(list_items_and_short_lines_keep_hard_breaks) {
  const std::vector<std::string_view> lines = {
      "Here is what changes for you from the first of next month on:",
      "- your contact will be Rita Gomes", "- invoices stay the same"};
  const auto soft = SoftBreaks(lines);
  BOOST_TEST(soft.size() == 2u);
  BOOST_TEST(!soft[0]);  // the next line is a list item
  BOOST_TEST(!soft[1]);
  const auto label = SoftBreaks({"Private mobile:", "+1 415 555 0199", "Joe"});
  BOOST_TEST(label[0]);  // a label joins its value
  BOOST_TEST(!label[1]);
  const auto signature = SoftBreaks({"Kind regards,", "Joe Smith", "Account Manager"});
  BOOST_TEST(!signature[0]);
  BOOST_TEST(!signature[1]);
}

BOOST_AUTO_TEST_CASE(a_huge_paragraph_is_split_at_sentence_ends_into_parts) {
  const std::string sentence = "We thank you for the years together and for your trust. ";
  std::string text;
  while (text.size() < 200'000) text += sentence;
  const Document doc("a.txt", text);
  const auto parts = Split(doc);
  BOOST_REQUIRE(parts.size() == 4u);  // at most 64 KiB each
  size_t expected_begin = 0;
  for (const Paragraph& part : parts) {
    BOOST_TEST(part.begin == expected_begin);
    BOOST_TEST(part.text.view().size() <= 65536u);
    // Each part is whole sentences of the original, at the same offsets.
    BOOST_TEST(part.text.view().substr(0, 9) == "We thank ");
    BOOST_TEST(std::string(part.text.view()) == text.substr(part.begin, part.end - part.begin));
    expected_begin = part.end;  // the parts follow one another
  }
  BOOST_TEST(parts.back().end == text.size());
}

BOOST_AUTO_TEST_CASE(parts_end_at_cjk_full_stops_and_never_inside_a_folded_character) {
  std::string cjk;
  while (cjk.size() < 150'000) cjk += "謝謝您多年來的支持。";
  for (const Paragraph& part : Split(Document("a.txt", cjk))) {
    BOOST_TEST(part.text.view().size() <= 65536u);
    BOOST_TEST(std::string(part.text.view()) == cjk.substr(part.begin, part.end - part.begin));
    BOOST_TEST(part.text.view().substr(0, 3) == "謝");
  }
  // No space nor full stop: a ligature "ﬁ" is "fi" in the view and is never cut in two.
  std::string ligatures;
  while (ligatures.size() < 150'000) ligatures += "\xEF\xAC\x81";
  const auto parts = Split(Document("b.txt", ligatures));
  BOOST_REQUIRE(parts.size() == 2u);
  BOOST_TEST(parts[0].begin == 0u);
  BOOST_TEST(parts[0].text.view().size() == 65536u);
  BOOST_TEST(parts[1].begin == parts[0].end);
  BOOST_TEST(parts[0].end == 65536u / 2 * 3);
  BOOST_TEST(parts[1].end == ligatures.size());
}

BOOST_AUTO_TEST_SUITE_END()
