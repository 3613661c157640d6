#include "match/keyword_index.h"

#include <boost/test/unit_test.hpp>

#include "match/base_fold.h"

using namespace draftlint;

namespace {

std::vector<uint32_t> Find(const KeywordIndex& index, const std::string& text) {
  std::vector<AnchorHit> hits;
  index.Find(text, &hits);
  std::vector<uint32_t> ids;
  for (const AnchorHit& hit : hits) ids.push_back(hit.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// "id@offset" for every anchor found, in the order Find gives them.
std::vector<std::string> Occurrences(const KeywordIndex& index, const std::string& text) {
  std::vector<AnchorHit> hits;
  index.Find(text, &hits);
  std::vector<std::string> out;
  for (const AnchorHit& hit : hits)
    out.push_back(std::to_string(hit.id) + "@" + std::to_string(hit.offset));
  return out;
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

BOOST_AUTO_TEST_CASE(each_occurrence_comes_with_its_byte_offset) {
  KeywordIndex index;
  index.Add({"over"}, 1);
  index.Add({"接手"}, 2);
  index.Add({"nao"}, 3);
  index.Add({"over", "and"}, 0);
  // By id, then offset. "Não" is 4 bytes; the word starts count, not where the anchor ends.
  BOOST_TEST(Occurrences(index, "Não, over and OVERTIME; 由他接手") ==
                 (std::vector<std::string>{"0@6", "0@11", "0@15", "1@6", "1@15", "2@31", "3@0"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(base_fold) {
  BOOST_TEST(BaseFold("Ünited STRASSE straße Ōsaka") == "united strasse strasse osaka");
}

BOOST_AUTO_TEST_SUITE_END()
