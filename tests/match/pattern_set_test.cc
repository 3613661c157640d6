#include "match/pattern_set.h"

#include <boost/test/unit_test.hpp>

using namespace draftlint;

namespace {

std::vector<std::string> Find(const std::string& regex, const std::string& text, bool whole_word,
                              const WordAffixes& affixes = {}) {
  PatternSet set({{regex, 0, whole_word, ""}});
  std::vector<RawHit> hits;
  set.FindAll(text, affixes, &hits);
  std::vector<std::string> found;
  for (const RawHit& hit : hits) found.push_back(text.substr(hit.begin, hit.end - hit.begin));
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pattern_set)

BOOST_AUTO_TEST_CASE(whole_words_by_icu_boundaries) {
  BOOST_TEST(Find("(?i)apex", "the apexes of Apex and APEX.", true) ==
                 (std::vector<std::string>{"Apex", "APEX"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find("(?i)nexo", "segue em anexo, e a Nexo também", true) ==
                 (std::vector<std::string>{"Nexo"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find("(?i)café", "um café bom", true) == (std::vector<std::string>{"café"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cjk_matches_as_written) {
  BOOST_TEST(Find("宏達", "我將加入宏達電", true) == (std::vector<std::string>{"宏達"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find("(?i)globex", "我將加入Globex公司", true) == (std::vector<std::string>{"Globex"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(listed_suffixes_keep_a_word_whole) {
  const WordAffixes hungarian = {{}, {"nél", "hez", "et"}};
  BOOST_TEST(Find("(?i)globex", "a Globexnél és a Globexhez, Globexes", true, hungarian) ==
                 (std::vector<std::string>{"Globex", "Globex"}),
             boost::test_tools::per_element());
  // A hyphenated ending is a boundary in any language.
  BOOST_TEST(Find("(?i)datapont", "a DataPont-nál", true) == (std::vector<std::string>{"DataPont"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find("(?i)globex", "Globex's offer", true, {{}, {"'s"}}) ==
                 (std::vector<std::string>{"Globex"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(listed_elisions_keep_a_word_whole) {
  const WordAffixes french = {{"l'", "d'"}, {}};
  BOOST_TEST(Find("(?i)initech", "chez d'Initech et l'Initech, pas xInitech", true, french) ==
                 (std::vector<std::string>{"Initech", "Initech"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(values_are_the_first_capture) {
  PatternSet set({{"[a-z.]+@([a-z.]+)", 7, false, ""}});
  std::vector<RawHit> hits;
  set.FindAll("write to joe@gmail.com now", {}, &hits);
  BOOST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits[0].owner == 7);
  BOOST_TEST(hits[0].begin == 9u);
  BOOST_TEST(hits[0].end == 22u);
  BOOST_TEST(hits[0].value == "gmail.com");
}

BOOST_AUTO_TEST_CASE(a_bad_or_huge_regex_is_an_error_naming_it) {
  auto error = [](const std::string& regex) {
    try {
      PatternSet({{"a", 0, false, "p.yaml:3"}, {regex, 1, false, "p.yaml:9"}});
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  BOOST_TEST(error("(unclosed") == "p.yaml:9: missing ): (unclosed");
  // Linear-time matching holds for any regex; a huge one is refused when compiled.
  BOOST_TEST(error("(?:[a-z\\pL]{30}[0-9]{30}){30}x") ==
             "p.yaml:9: pattern too large - compile failed");
  // A long pattern gets a larger budget, up to a point: 60 KB would be 120 MB, in which this
  // one compiles (4.3 million instructions).
  std::string words;
  for (int k = 0; words.size() < 60000; ++k) words += "|w" + std::to_string(k);
  const std::string block = "(?:[a-z\\pL]{30}[0-9]{30}){30}";
  BOOST_TEST(error(block + block + block + block + words) ==
             "p.yaml:9: pattern too large - compile failed");
}

// A backtracking engine takes 2^n steps for these on n letters without the final "b"; RE2
// takes a pass over the text, so this returns (ctest's timeout would catch a hang).
BOOST_AUTO_TEST_CASE(a_pathological_regex_runs_in_linear_time) {
  const std::string text(1 << 20, 'a');
  for (const char* regex : {"(a+)+b", "(a|aa)+b", "(?:a*)*b", "(a|a)*b"}) {
    std::vector<RawHit> hits;
    PatternSet({{regex, 0, false, "p.yaml:1"}}).FindAll(text, {}, &hits);
    BOOST_TEST(hits.empty(), regex);
  }
}

BOOST_AUTO_TEST_SUITE_END()
