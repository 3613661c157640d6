#include "match/keyword_index.h"

#include <boost/test/unit_test.hpp>

#include "match/base_fold.h"

using namespace draftlint;

namespace {

std::vector<uint32_t> Find(const KeywordIndex& index, const std::string& text) {
  std::vector<uint32_t> ids;
  index.Find(text, &ids);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(keyword_index)

BOOST_AUTO_TEST_CASE(words_are_found_at_word_starts_in_any_case_and_accent) {
  KeywordIndex index;
  index.Add({"frustrat"}, 1);
  index.Add({"nao", "sao"}, 2);
  index.Add({"me"}, 3);
  index.Add({"接手"}, 4);
  BOOST_TEST(Find(index, "It was FRUSTRATING.") == (std::vector<uint32_t>{1}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "Não sei") == (std::vector<uint32_t>{2}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "call me") == (std::vector<uint32_t>{3}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "home").empty());  // "me" is not a word start there
  BOOST_TEST(Find(index, "由王小明接手。") == (std::vector<uint32_t>{4}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "加入Me公司") == (std::vector<uint32_t>{3}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(base_fold) {
  BOOST_TEST(BaseFold("Ünited STRASSE straße Ōsaka") == "united strasse strasse osaka");
}

BOOST_AUTO_TEST_SUITE_END()
