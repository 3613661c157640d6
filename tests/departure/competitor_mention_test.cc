#include <boost/test/unit_test.hpp>

#include "support/lint.h"

using namespace draftlint::testing;

BOOST_AUTO_TEST_SUITE(competitor_mention)

const std::string kConfig =
    "competitors: [Apex, Globex, 宏達電, DataPont, {name: Avenir, match-case: true}]\n";

BOOST_AUTO_TEST_CASE(whole_words_in_any_case) {
  const std::string text = "Unlike Apex, whose apexes and APEX tools you know, we stay.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "Apex"),
                                    At("competitor-mention", text, "APEX")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(match_case_names) {
  const std::string text = "The avenir of Avenir is bright.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "Avenir")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(suffixes_hyphens_and_possessives) {
  const std::string text = "Globex's offer is not for you.\n\nA DataPont-nál dolgozom.";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "Globex"),
                                    At("competitor-mention", text, "DataPont")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cjk_as_written_in_either_script) {
  const std::string text = "我將加入宏達電，也就是宏达电。";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "宏達電"),
                                    At("competitor-mention", text, "宏达电")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(full_width_letters_map_back) {
  const std::string text = "轉到ＧＬＯＢＥＸ工作";
  BOOST_TEST(SpansOf(Lint(text, kConfig), "competitor-mention") ==
                 (std::vector<Span>{At("competitor-mention", text, "ＧＬＯＢＥＸ")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
